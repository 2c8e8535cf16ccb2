/**
 * The fields of an adoption that both recording one and editing one take: where it came from,
 * when, how, the adaptation (only for an adapted one) and what happened.
 */
import type { Adoption } from '../api/types.ts';
import { ADOPTION_MODES, type AdoptionMode } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import type { FieldMap } from '../ui/form-errors.ts';

export interface AdoptionValues {
  fromSchoolId: string;
  startedOn: string;
  mode: AdoptionMode;
  adaptation: string;
  outcome: string;
}

/** A saved adoption as the form holds it. */
export const adoptionValuesOf = (adoption: Adoption): AdoptionValues => ({
  fromSchoolId: adoption.fromSchool.id,
  startedOn: adoption.startedOn,
  mode: adoption.mode,
  adaptation: adoption.adaptation,
  outcome: adoption.outcome,
});

/** The values as the API takes them: the adaptation only for an adapted take-up, which needs it. */
export const adoptionInputOf = (values: AdoptionValues) => ({
  fromSchoolId: values.fromSchoolId,
  startedOn: values.startedOn,
  mode: values.mode,
  ...(values.mode === 'adapted' ? { adaptation: values.adaptation } : {}),
  outcome: values.outcome,
});

/** Where the API's issues go, for a form whose control ids start with `prefix`. */
export function useAdoptionFieldMap(prefix: string): FieldMap {
  const { t } = useI18n();
  const p = t.practices;
  return {
    schoolId: { id: `${prefix}-school`, label: p.school },
    fromSchoolId: { id: `${prefix}-from`, label: p.fromSchool },
    startedOn: { id: `${prefix}-started`, label: p.startedOn },
    mode: { id: `${prefix}-mode`, label: p.mode },
    adaptation: { id: `${prefix}-adaptation`, label: p.adaptation },
    outcome: { id: `${prefix}-outcome`, label: p.outcome },
  };
}

interface Props {
  prefix: string;
  values: AdoptionValues;
  /** The schools it can have come from: the originating one and earlier adopters. */
  sources: { id: string; name: string }[];
  errors: Record<string, string>;
  onChange(values: AdoptionValues): void;
}

/** Where from, when and how (laid out in columns), then the adaptation and the outcome. */
export function AdoptionFields({ prefix, values, sources, errors, onChange }: Props) {
  const { t } = useI18n();
  const p = t.practices;
  const set = <K extends keyof AdoptionValues>(key: K, value: AdoptionValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <>
      <div className="form-columns">
        <Field id={`${prefix}-from`} label={p.fromSchool} error={errors.fromSchoolId}>
          {(control) => (
            <select
              {...control}
              value={values.fromSchoolId}
              onChange={(e) => set('fromSchoolId', e.target.value)}
            >
              {sources.map((school) => (
                <option key={school.id} value={school.id}>
                  {school.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${prefix}-started`} label={p.startedOn} error={errors.startedOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.startedOn}
              onChange={(e) => set('startedOn', e.target.value)}
            />
          )}
        </Field>
        <Field id={`${prefix}-mode`} label={p.mode} error={errors.mode}>
          {(control) => (
            <select
              {...control}
              value={values.mode}
              onChange={(e) => set('mode', e.target.value as AdoptionMode)}
            >
              {ADOPTION_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {p.vocab.mode[mode]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {values.mode === 'adapted' ? (
        <Field id={`${prefix}-adaptation`} label={p.adaptation} error={errors.adaptation}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={values.adaptation}
              onChange={(e) => set('adaptation', e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Field id={`${prefix}-outcome`} label={`${p.outcome} ${t.common.optional}`} error={errors.outcome}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.outcome}
            onChange={(e) => set('outcome', e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
