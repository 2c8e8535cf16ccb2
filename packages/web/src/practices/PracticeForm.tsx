/**
 * The fields of a practice, for recording one and editing one. Validation is the API's (the
 * browser's own is off): each issue is shown at its field and in the error summary, in the
 * reader's language. A practice is written in one language (the schema has no translations), so
 * its texts carry `lang` and the reader says which.
 */
import type { FormEvent } from 'react';
import type { PracticeDetail, PracticeInput } from '../api/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import type { FieldMap } from '../ui/form-errors.ts';
import { ResourcePicker, SchoolCombobox, type Picked } from './PracticePickers.tsx';

/** Every field as the form holds it: the components as the lines typed. */
export interface PracticeFormValues {
  title: string;
  claim: string;
  components: string;
  language: ContentLanguage;
  networkId: string;
  school: Picked | null;
  resources: Picked[];
}

export const emptyPracticeValues = (
  language: ContentLanguage,
  networkId: string,
  school: Picked | null,
): PracticeFormValues => ({
  title: '',
  claim: '',
  components: '',
  language,
  networkId,
  school,
  resources: [],
});

/** A saved practice as the form holds it. */
export const practiceValuesOf = (practice: PracticeDetail): PracticeFormValues => ({
  title: practice.title,
  claim: practice.claim,
  components: practice.components.join('\n'),
  language: practice.language,
  networkId: practice.network.id,
  school: { id: practice.school.id, name: practice.school.name },
  resources: practice.resources.map((resource) => ({ id: resource.id, name: resource.title })),
});

/** The fields both POST and PATCH take (the network is chosen once, at creation). */
export const practiceFieldsOf = (values: PracticeFormValues) => ({
  title: values.title,
  claim: values.claim,
  components: values.components
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
  language: values.language,
  // No school chosen is sent as such, so the API says so at the field, in the reader's language.
  schoolId: values.school?.id ?? '',
  resourceIds: values.resources.map((resource) => resource.id),
});

export const createInputOf = (values: PracticeFormValues): PracticeInput => ({
  ...practiceFieldsOf(values),
  networkId: values.networkId,
});

export const fieldId = (field: string) => `practice-${field}`;

/** Where the API's issues go. */
export function usePracticeFieldMap(): FieldMap {
  const { t } = useI18n();
  const p = t.practices;
  const labels = {
    title: p.fieldTitle,
    claim: p.fieldClaim,
    components: p.fieldComponents,
    language: p.fieldLanguage,
    networkId: p.fieldNetwork,
    schoolId: p.fieldSchool,
    resourceIds: p.fieldResources,
  };
  return Object.fromEntries(
    Object.entries(labels).map(([field, label]) => [field, { id: fieldId(field), label }]),
  );
}

/** The most resources a practice lists (the schema's limit). */
const MAX_RESOURCES = 10;

interface Props {
  values: PracticeFormValues;
  errors: Record<string, string>;
  busy: boolean;
  /** The networks one may record it in; `null` when editing, where the network is fixed. */
  networks: { id: string; name: string }[] | null;
  /** The network's name, said when it cannot be changed. */
  networkName?: string;
  submitLabel: string;
  onChange(values: PracticeFormValues): void;
  onSubmit(): void;
  onCancel(): void;
}

export function PracticeForm({
  values,
  errors,
  busy,
  networks,
  networkName = '',
  submitLabel,
  onChange,
  onSubmit,
  onCancel,
}: Props) {
  const { t, fill } = useI18n();
  const p = t.practices;
  const set = <K extends keyof PracticeFormValues>(key: K, value: PracticeFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id={fieldId('title')} label={p.fieldTitle} error={errors.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            lang={values.language}
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field id={fieldId('claim')} label={p.fieldClaim} hint={p.fieldClaimHint} error={errors.claim}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            lang={values.language}
            value={values.claim}
            onChange={(e) => set('claim', e.target.value)}
          />
        )}
      </Field>
      <Field
        id={fieldId('components')}
        label={`${p.fieldComponents} ${t.common.optional}`}
        hint={p.fieldComponentsHint}
        error={errors.components}
      >
        {(control) => (
          <textarea
            {...control}
            rows={5}
            lang={values.language}
            value={values.components}
            onChange={(e) => set('components', e.target.value)}
          />
        )}
      </Field>
      {networks ? (
        <Field
          id={fieldId('networkId')}
          label={p.fieldNetwork}
          hint={p.fieldNetworkHint}
          error={errors.networkId}
        >
          {(control) => (
            <select {...control} value={values.networkId} onChange={(e) => set('networkId', e.target.value)}>
              <option value="">{p.chooseNetwork}</option>
              {networks.map((network) => (
                <option key={network.id} value={network.id}>
                  {network.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <p className="hint">{fill(p.networkFixed, { network: networkName })}</p>
      )}
      <Field id={fieldId('language')} label={p.fieldLanguage} error={errors.language}>
        {(control) => (
          <select
            {...control}
            value={values.language}
            onChange={(e) => set('language', e.target.value as ContentLanguage)}
          >
            {CONTENT_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t.resources.vocab.language[language]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('schoolId')} label={p.fieldSchool} hint={p.fieldSchoolHint} error={errors.schoolId}>
        {(control) => (
          <SchoolCombobox
            control={control}
            school={values.school}
            onChange={(school) => set('school', school)}
          />
        )}
      </Field>
      <Field
        id={fieldId('resourceIds')}
        label={`${p.fieldResources} ${t.common.optional}`}
        hint={p.fieldResourcesHint}
        error={errors.resourceIds}
      >
        {(control) => (
          <ResourcePicker
            control={control}
            resources={values.resources}
            max={MAX_RESOURCES}
            onChange={(resources) => set('resources', resources)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? p.saving : submitLabel}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
