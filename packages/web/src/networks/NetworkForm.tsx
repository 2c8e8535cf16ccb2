/**
 * The fields of a network, for editing one and for creating one. Validation is the API's: the
 * browser's own is off (`noValidate`) and each issue in the error's `details.issues` is shown
 * next to its field.
 */
import type { FormEvent, ReactNode } from 'react';
import type { NetworkChanges, NetworkRef } from '../api/types.ts';
import {
  NETWORK_APPROACHES,
  NETWORK_KINDS,
  NETWORK_LEVELS,
  NETWORK_SCOPES,
  NETWORK_STATUSES,
  NETWORK_VISIBILITIES,
  type NetworkScope,
} from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field, Fieldset } from '../ui/fields.tsx';
import { ParentNetworksFieldset } from './ParentNetworksFieldset.tsx';

/** Every editable field, as the form holds it (text inputs hold strings). */
export type NetworkFormValues = Required<Omit<NetworkChanges, 'country' | 'region' | 'municipality'>> & {
  country: string;
  region: string;
  municipality: string;
};

interface Props {
  values: NetworkFormValues;
  errors: Record<string, string>;
  busy: boolean;
  /** The network being edited, which cannot be its own parent; none when creating one. */
  networkId?: string;
  /** The parents as saved, so that any the directory does not list can still be unticked. */
  savedParents?: readonly NetworkRef[];
  /** Fields that only one use of the form has (the new network's slug), shown after the name. */
  afterName?: ReactNode;
  submitLabel?: string;
  busyLabel?: string;
  onChange(values: NetworkFormValues): void;
  onSubmit(): void;
  onCancel(): void;
}

export const fieldId = (field: string) => `network-${field}`;

export function NetworkForm({
  values,
  errors,
  busy,
  networkId,
  savedParents = [],
  afterName,
  submitLabel,
  busyLabel,
  onChange,
  onSubmit,
  onCancel,
}: Props) {
  const { t, fill } = useI18n();
  const set = <K extends keyof NetworkFormValues>(key: K, value: NetworkFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const toggleScope = (scope: NetworkScope, on: boolean) =>
    set(
      'scopes',
      on
        ? NETWORK_SCOPES.filter((s) => s === scope || values.scopes.includes(s))
        : values.scopes.filter((s) => s !== scope),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id={fieldId('name')} label={t.edit.name} error={errors.name}>
        {(control) => (
          <input {...control} type="text" value={values.name} onChange={(e) => set('name', e.target.value)} />
        )}
      </Field>
      {afterName}
      {(['purpose', 'purposeEs'] as const).map((key) => (
        <Field
          key={key}
          id={fieldId(key)}
          label={t.edit[key]}
          hint={t.edit.bilingualHint}
          error={errors[key]}
        >
          {(control) => (
            <textarea
              {...control}
              lang={key === 'purposeEs' ? 'es' : 'en'}
              rows={4}
              value={values[key]}
              onChange={(e) => set(key, e.target.value)}
            />
          )}
        </Field>
      ))}
      {(['goal', 'goalEs'] as const).map((key) => (
        <Field key={key} id={fieldId(key)} label={t.edit[key]} hint={t.edit.goalHint} error={errors[key]}>
          {(control) => (
            <textarea
              {...control}
              lang={key === 'goalEs' ? 'es' : 'en'}
              rows={3}
              value={values[key]}
              onChange={(e) => set(key, e.target.value)}
            />
          )}
        </Field>
      ))}
      <div className="form-columns">
        <Field id={fieldId('kind')} label={t.edit.kind} error={errors.kind}>
          {(control) => (
            <select
              {...control}
              value={values.kind}
              onChange={(e) => set('kind', e.target.value as NetworkFormValues['kind'])}
            >
              {NETWORK_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t.vocab.networkKind[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('level')} label={t.edit.level} error={errors.level}>
          {(control) => (
            <select {...control} value={values.level} onChange={(e) => set('level', Number(e.target.value))}>
              {NETWORK_LEVELS.map((name, index) => (
                <option key={name} value={index + 1}>
                  {fill(t.network.levelValue, { level: index + 1, name: t.vocab.networkLevel[name] })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('status')} label={t.edit.status} error={errors.status}>
          {(control) => (
            <select
              {...control}
              value={values.status}
              onChange={(e) => set('status', e.target.value as NetworkFormValues['status'])}
            >
              {NETWORK_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t.vocab.status[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('visibility')} label={t.edit.visibility} error={errors.visibility}>
          {(control) => (
            <select
              {...control}
              value={values.visibility}
              onChange={(e) => set('visibility', e.target.value as NetworkFormValues['visibility'])}
            >
              {NETWORK_VISIBILITIES.map((visibility) => (
                <option key={visibility} value={visibility}>
                  {t.vocab.visibility[visibility]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Fieldset id={fieldId('scopes')} legend={t.edit.scopes} hint={t.edit.scopesHint} error={errors.scopes}>
        {NETWORK_SCOPES.map((scope) => (
          <label key={scope} className="choice">
            <input
              type="checkbox"
              checked={values.scopes.includes(scope)}
              onChange={(e) => toggleScope(scope, e.target.checked)}
            />
            {t.vocab.scope[scope]}
          </label>
        ))}
      </Fieldset>
      <Fieldset id={fieldId('approach')} legend={t.edit.approach} error={errors.approach}>
        {NETWORK_APPROACHES.map((approach) => (
          <label key={approach} className="choice">
            <input
              type="radio"
              name="approach"
              value={approach}
              checked={values.approach === approach}
              onChange={() => set('approach', approach)}
            />
            {t.vocab.approach[approach]}
          </label>
        ))}
      </Fieldset>
      <ParentNetworksFieldset
        id={fieldId('parentIds')}
        networkId={networkId}
        savedParents={savedParents}
        selected={values.parentIds}
        error={errors.parentIds}
        onChange={(parentIds) => set('parentIds', parentIds)}
      />
      <div className="form-columns">
        {(['municipality', 'region', 'country'] as const).map((key) => (
          <Field key={key} id={fieldId(key)} label={t.edit[key]} error={errors[key]}>
            {(control) => (
              <input
                {...control}
                type="text"
                value={values[key]}
                onChange={(e) => set(key, e.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? (busyLabel ?? t.common.saving) : (submitLabel ?? t.common.save)}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
