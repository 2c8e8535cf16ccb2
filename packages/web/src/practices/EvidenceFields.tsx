/**
 * The fields of an evidence item, shared by "Add evidence" and each item's own edit form, with the
 * values as the form holds them (numbers as the text typed) and their translation to the API's.
 */
import type { EvidenceInput, EvidenceItem } from '../api/types.ts';
import {
  EVIDENCE_DIRECTIONS,
  EVIDENCE_KINDS,
  EVIDENCE_LEVELS,
  type EvidenceDirection,
  type EvidenceKind,
} from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/fields.tsx';
import type { FieldMap } from '../ui/form-errors.ts';

export interface EvidenceValues {
  direction: EvidenceDirection;
  kind: EvidenceKind;
  level: number;
  summary: string;
  setting: string;
  participants: string;
  schools: string;
  effect: string;
  url: string;
}

export const EMPTY_EVIDENCE: EvidenceValues = {
  direction: 'supports',
  kind: 'study',
  level: 1,
  summary: '',
  setting: '',
  participants: '',
  schools: '',
  effect: '',
  url: '',
};

/** A saved item as the form holds it. */
export const evidenceValuesOf = (item: EvidenceItem): EvidenceValues => ({
  direction: item.direction,
  kind: item.kind,
  level: item.level,
  summary: item.summary,
  setting: item.setting,
  participants: item.participants === null ? '' : String(item.participants),
  schools: item.schools === null ? '' : String(item.schools),
  effect: item.effect ?? '',
  url: item.url ?? '',
});

// An empty box means "not stated", which the API holds as null.
const countOf = (text: string) => (text.trim() === '' ? null : Number(text));
const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The form's values as the API takes them. */
export const evidenceInputOf = (values: EvidenceValues): EvidenceInput => ({
  direction: values.direction,
  kind: values.kind,
  level: values.level,
  summary: values.summary,
  setting: values.setting,
  participants: countOf(values.participants),
  schools: countOf(values.schools),
  effect: textOrNull(values.effect),
  url: textOrNull(values.url),
});

const FIELDS = [
  'direction',
  'kind',
  'level',
  'summary',
  'setting',
  'participants',
  'schools',
  'effect',
  'url',
] as const;

/** Where the API's issues go, for a form whose control ids start with `prefix`. */
export function useEvidenceFieldMap(prefix: string): FieldMap {
  const { t } = useI18n();
  const p = t.practices;
  const labels: Record<(typeof FIELDS)[number], string> = {
    direction: p.direction,
    kind: p.kind,
    level: p.level,
    summary: p.summary,
    setting: p.setting,
    participants: p.participantsField,
    schools: p.schoolsField,
    effect: p.effectField,
    url: p.url,
  };
  return Object.fromEntries(
    FIELDS.map((field) => [field, { id: `${prefix}-${field}`, label: labels[field] }]),
  );
}

interface Props {
  /** Starts every control's id, so that several forms can be on one page. */
  prefix: string;
  values: EvidenceValues;
  errors: Record<string, string>;
  lang: string;
  onChange(values: EvidenceValues): void;
}

/** The item's fields: direction, kind and level, the summary, and what the source says of itself. */
export function EvidenceFields({ prefix, values, errors, lang, onChange }: Props) {
  const { t } = useI18n();
  const p = t.practices;
  const optional = (label: string) => `${label} ${t.common.optional}`;
  const set = <K extends keyof EvidenceValues>(key: K, value: EvidenceValues[K]) =>
    onChange({ ...values, [key]: value });
  const id = (field: string) => `${prefix}-${field}`;
  return (
    <>
      <div className="form-columns">
        <Field id={id('direction')} label={p.direction} error={errors.direction}>
          {(control) => (
            <select
              {...control}
              value={values.direction}
              onChange={(e) => set('direction', e.target.value as EvidenceDirection)}
            >
              {EVIDENCE_DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {p.vocab.direction[direction]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('kind')} label={p.kind} error={errors.kind}>
          {(control) => (
            <select
              {...control}
              value={values.kind}
              onChange={(e) => set('kind', e.target.value as EvidenceKind)}
            >
              {EVIDENCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {p.vocab.kind[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('level')} label={p.level} hint={p.levelHint} error={errors.level}>
          {(control) => (
            <select {...control} value={values.level} onChange={(e) => set('level', Number(e.target.value))}>
              {EVIDENCE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {p.vocab.level[level]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id={id('summary')} label={p.summary} error={errors.summary}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            lang={lang}
            value={values.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        )}
      </Field>
      <Field id={id('setting')} label={optional(p.setting)} hint={p.settingHint} error={errors.setting}>
        {(control) => (
          <input
            {...control}
            type="text"
            lang={lang}
            value={values.setting}
            onChange={(e) => set('setting', e.target.value)}
          />
        )}
      </Field>
      <div className="form-columns">
        <Field id={id('participants')} label={optional(p.participantsField)} error={errors.participants}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              inputMode="numeric"
              value={values.participants}
              onChange={(e) => set('participants', e.target.value)}
            />
          )}
        </Field>
        <Field id={id('schools')} label={optional(p.schoolsField)} error={errors.schools}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              inputMode="numeric"
              value={values.schools}
              onChange={(e) => set('schools', e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field id={id('effect')} label={optional(p.effectField)} error={errors.effect}>
        {(control) => (
          <input
            {...control}
            type="text"
            lang={lang}
            value={values.effect}
            onChange={(e) => set('effect', e.target.value)}
          />
        )}
      </Field>
      <Field id={id('url')} label={optional(p.url)} error={errors.url}>
        {(control) => (
          <input {...control} type="url" value={values.url} onChange={(e) => set('url', e.target.value)} />
        )}
      </Field>
    </>
  );
}
