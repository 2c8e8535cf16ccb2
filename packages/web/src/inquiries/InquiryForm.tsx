/**
 * The fields of an inquiry, for opening one and editing one: the title, the three questions, the
 * student outcome, the aim, the model and its phase, status, visibility and language, and (when
 * opening one) the network and team. Validation is the API's: each issue at its field.
 */
import type { FormEvent, ReactNode } from 'react';
import type { InquiryDetail, InquiryInput } from '../api/types.ts';
import {
  CONTENT_LANGUAGES,
  INQUIRY_MODELS,
  INQUIRY_PHASES,
  INQUIRY_STATUSES,
  INQUIRY_VISIBILITIES,
  OUTCOME_AREAS,
  type ContentLanguage,
  type InquiryModel,
  type InquiryPhase,
  type InquiryStatus,
  type InquiryVisibility,
  type OutcomeArea,
} from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { FieldMap } from '../ui/form-errors.ts';
import { Field, Fieldset } from '../ui/fields.tsx';

export interface InquiryFormValues {
  title: string;
  question: string;
  evidence: string;
  rationale: string;
  outcome: OutcomeArea;
  aim: { what: string; howMuch: string; byWhen: string; forWhom: string };
  model: InquiryModel;
  phase: InquiryPhase;
  status: InquiryStatus;
  visibility: InquiryVisibility;
  language: ContentLanguage;
}

export const emptyInquiryValues = (language: ContentLanguage): InquiryFormValues => ({
  title: '',
  question: '',
  evidence: '',
  rationale: '',
  outcome: 'literacy',
  aim: { what: '', howMuch: '', byWhen: '', forWhom: '' },
  model: 'improvement',
  phase: 'aim',
  status: 'active',
  visibility: 'network',
  language,
});

export const inquiryValuesOf = (inquiry: InquiryDetail): InquiryFormValues => ({
  title: inquiry.title,
  question: inquiry.question,
  evidence: inquiry.evidence,
  rationale: inquiry.rationale,
  outcome: inquiry.outcome,
  aim: { ...inquiry.aim, byWhen: inquiry.aim.byWhen ?? '' },
  model: inquiry.model,
  phase: inquiry.phase,
  status: inquiry.status,
  visibility: inquiry.visibility,
  language: inquiry.language,
});

/** The fields both POST and PATCH take; an empty "by when" is no date. */
export const inquiryFieldsOf = (values: InquiryFormValues) => ({
  ...values,
  aim: { ...values.aim, byWhen: values.aim.byWhen === '' ? null : values.aim.byWhen },
});

export type CreateExtras = Pick<InquiryInput, 'networkId' | 'schoolIds' | 'people'>;

export const fieldId = (field: string) => `inquiry-${field}`;

/** Where the API's issues go (the team's fields are named by TeamFields' prefix). */
export function useInquiryFieldMap(): FieldMap {
  const { t } = useI18n();
  const q = t.inquiries;
  const labels: Record<string, string> = {
    networkId: q.fieldNetwork,
    title: q.fieldTitle,
    question: q.fieldQuestion,
    evidence: q.fieldEvidence,
    rationale: q.fieldRationale,
    outcome: q.fieldOutcome,
    aim: q.aimLegend,
    model: q.fieldModel,
    phase: q.fieldPhase,
    status: q.fieldStatus,
    visibility: q.fieldVisibility,
    language: q.fieldLanguage,
    schoolIds: q.fieldSchools,
    people: q.fieldPeople,
  };
  return Object.fromEntries(
    Object.entries(labels).map(([field, label]) => [field, { id: fieldId(field), label }]),
  );
}

interface Props {
  values: InquiryFormValues;
  errors: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  /** The network choice and the team, shown when opening an inquiry. */
  before?: ReactNode;
  after?: ReactNode;
  onChange(values: InquiryFormValues): void;
  onSubmit(): void;
  onCancel(): void;
}

export function InquiryForm({
  values,
  errors,
  busy,
  submitLabel,
  before,
  after,
  onChange,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useI18n();
  const q = t.inquiries;
  const set = <K extends keyof InquiryFormValues>(key: K, value: InquiryFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const setAim = (key: keyof InquiryFormValues['aim'], value: string) =>
    onChange({ ...values, aim: { ...values.aim, [key]: value } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const text = (
    field: 'title' | 'question' | 'evidence' | 'rationale',
    label: string,
    rows = 0,
    optional = false,
  ) => (
    <Field
      id={fieldId(field)}
      label={optional ? `${label} ${t.common.optional}` : label}
      error={errors[field]}
    >
      {(control) =>
        rows === 0 ? (
          <input
            {...control}
            type="text"
            lang={values.language}
            value={values[field]}
            onChange={(e) => set(field, e.target.value)}
          />
        ) : (
          <textarea
            {...control}
            rows={rows}
            lang={values.language}
            value={values[field]}
            onChange={(e) => set(field, e.target.value)}
          />
        )
      }
    </Field>
  );
  return (
    <form className="form" onSubmit={submit} noValidate>
      {before}
      {text('title', q.fieldTitle)}
      {text('question', q.fieldQuestion, 3)}
      {text('evidence', q.fieldEvidence, 3, true)}
      {text('rationale', q.fieldRationale, 3, true)}
      <Field id={fieldId('outcome')} label={q.fieldOutcome} error={errors.outcome}>
        {(control) => (
          <select
            {...control}
            value={values.outcome}
            onChange={(e) => set('outcome', e.target.value as OutcomeArea)}
          >
            {OUTCOME_AREAS.map((outcome) => (
              <option key={outcome} value={outcome}>
                {q.vocab.outcome[outcome]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="field" aria-describedby="inquiry-aim-hint">
        <legend>{q.aimLegend}</legend>
        <p id="inquiry-aim-hint" className="hint">
          {q.aimHint}
        </p>
        {errors.aim ? (
          <p id={fieldId('aim')} className="field-error" tabIndex={-1}>
            {errors.aim}
          </p>
        ) : null}
        <Field id={fieldId('aim-what')} label={q.fieldAimWhat}>
          {(control) => (
            <input
              {...control}
              type="text"
              lang={values.language}
              value={values.aim.what}
              onChange={(e) => setAim('what', e.target.value)}
            />
          )}
        </Field>
        <Field id={fieldId('aim-howMuch')} label={q.fieldAimHowMuch} hint={q.fieldAimHowMuchHint}>
          {(control) => (
            <input
              {...control}
              type="text"
              lang={values.language}
              value={values.aim.howMuch}
              onChange={(e) => setAim('howMuch', e.target.value)}
            />
          )}
        </Field>
        <Field id={fieldId('aim-byWhen')} label={`${q.fieldAimByWhen} ${t.common.optional}`}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.aim.byWhen}
              onChange={(e) => setAim('byWhen', e.target.value)}
            />
          )}
        </Field>
        <Field id={fieldId('aim-forWhom')} label={q.fieldAimForWhom}>
          {(control) => (
            <input
              {...control}
              type="text"
              lang={values.language}
              value={values.aim.forWhom}
              onChange={(e) => setAim('forWhom', e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <Fieldset id={fieldId('model')} legend={q.fieldModel} error={errors.model}>
        {INQUIRY_MODELS.map((model) => (
          <div className="radio" key={model}>
            <input
              id={fieldId(`model-${model}`)}
              type="radio"
              name="inquiry-model"
              checked={values.model === model}
              aria-describedby={fieldId(`model-${model}-hint`)}
              onChange={() => onChange({ ...values, model, phase: INQUIRY_PHASES[model][0] })}
            />
            <label htmlFor={fieldId(`model-${model}`)}>{q.vocab.model[model]}</label>
            <p id={fieldId(`model-${model}-hint`)} className="hint">
              {q.modelHint[model]}
            </p>
          </div>
        ))}
      </Fieldset>
      <Field id={fieldId('phase')} label={q.fieldPhase} error={errors.phase}>
        {(control) => (
          <select
            {...control}
            value={values.phase}
            onChange={(e) => set('phase', e.target.value as InquiryPhase)}
          >
            {INQUIRY_PHASES[values.model].map((phase) => (
              <option key={phase} value={phase}>
                {q.vocab.phase[phase]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('status')} label={q.fieldStatus} error={errors.status}>
        {(control) => (
          <select
            {...control}
            value={values.status}
            onChange={(e) => set('status', e.target.value as InquiryStatus)}
          >
            {INQUIRY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {q.vocab.status[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Fieldset id={fieldId('visibility')} legend={q.fieldVisibility} error={errors.visibility}>
        {INQUIRY_VISIBILITIES.map((visibility) => (
          <p className="radio" key={visibility}>
            <input
              id={fieldId(`visibility-${visibility}`)}
              type="radio"
              name="inquiry-visibility"
              checked={values.visibility === visibility}
              onChange={() => set('visibility', visibility)}
            />
            <label htmlFor={fieldId(`visibility-${visibility}`)}>{q.visibility[visibility]}</label>
          </p>
        ))}
      </Fieldset>
      <Field id={fieldId('language')} label={q.fieldLanguage} error={errors.language}>
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
      {after}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? q.saving : submitLabel}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
