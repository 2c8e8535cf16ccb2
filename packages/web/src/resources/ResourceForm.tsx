/**
 * The fields of a resource, for writing one, editing one and adapting one. Validation is the
 * API's (the browser's own is off): each issue is shown at its field and in the error summary.
 */
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { getPerson, personKeys } from '../api/people.api.ts';
import type { ResourceDetail } from '../api/types.ts';
import {
  CONTENT_LANGUAGES,
  RESOURCE_LICENCES,
  RESOURCE_STAGES,
  RESOURCE_TYPES,
  RESOURCE_VISIBILITIES,
  type ContentLanguage,
  type ResourceLicence,
  type ResourceStage,
  type ResourceType,
  type ResourceVisibility,
} from '../api/vocabulary.ts';
import type { Catalogue } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import type { Problem } from '../ui/error-summary.tsx';
import { Field, Fieldset } from '../ui/fields.tsx';
import { problemsOf } from '../ui/form-problems.ts';
import { TagListInput } from '../suggestions/TagListInput.tsx';
import { tagLabel } from '../topics/topics.api.ts';
import '../suggestions/suggestions.css';
import { resourceKeys, resourceSuggestions } from './resources.api.ts';

/** Every field as the form holds it: subjects and tags as the comma-separated text typed. */
export interface ResourceFormValues {
  title: string;
  summary: string;
  body: string;
  language: ContentLanguage;
  type: ResourceType;
  stages: ResourceStage[];
  subjects: string;
  tags: string[];
  licence: ResourceLicence;
  networkId: string;
  visibility: ResourceVisibility;
  versionNote: string;
}

export const emptyValues = (language: ContentLanguage): ResourceFormValues => ({
  title: '',
  summary: '',
  body: '',
  language,
  type: 'card',
  stages: [],
  subjects: '',
  tags: [],
  licence: 'CC-BY-4.0',
  networkId: '',
  visibility: 'draft',
  versionNote: '',
});

export const valuesOf = (resource: ResourceDetail): ResourceFormValues => ({
  title: resource.title,
  summary: resource.summary,
  body: resource.body,
  language: resource.language,
  type: resource.type,
  stages: resource.stages,
  subjects: resource.subjects.join(', '),
  tags: resource.tags,
  licence: resource.licence,
  networkId: resource.network?.id ?? '',
  visibility: resource.visibility,
  versionNote: '',
});

const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** The form's values as the API takes them (the version note only when one was written). */
export function inputOf(values: ResourceFormValues) {
  return {
    title: values.title,
    summary: values.summary,
    body: values.body,
    language: values.language,
    type: values.type,
    stages: values.stages,
    subjects: splitList(values.subjects),
    tags: values.tags,
    licence: values.licence,
    networkId: values.networkId || null,
    visibility: values.visibility,
    ...(values.versionNote.trim() ? { versionNote: values.versionNote.trim() } : {}),
  };
}

export const fieldId = (field: string) => `resource-${field}`;

const LABELS = {
  title: 'fieldTitle',
  summary: 'fieldSummary',
  body: 'fieldBody',
  language: 'fieldLanguage',
  type: 'fieldType',
  stages: 'fieldStages',
  subjects: 'fieldSubjects',
  tags: 'fieldTags',
  licence: 'fieldLicence',
  networkId: 'fieldNetwork',
  visibility: 'fieldVisibility',
  versionNote: 'fieldVersionNote',
} as const;
const isLabelled = (field: string): field is keyof typeof LABELS => field in LABELS;

/**
 * A failed save as field messages and summary lines: the API's issues at their fields, or its
 * message alone (a licence refusal, say) in the summary.
 */
export function resourceFormErrors(
  error: unknown,
  t: Catalogue,
): { byField: Record<string, string>; problems: Problem[] } {
  if (!error) return { byField: {}, problems: [] };
  if (!(error instanceof ApiError) || error.issues.length === 0)
    return { byField: {}, problems: problemsOf(error) };
  const byField: Record<string, string> = {};
  const problems = error.issues.map((issue): Problem => {
    const field = issue.path.split('.')[0] ?? '';
    if (!isLabelled(field)) return { message: issue.message };
    byField[field] ??= issue.message;
    return { fieldId: fieldId(field), message: `${t.resources[LABELS[field]]}: ${issue.message}` };
  });
  return { byField, problems };
}

interface Props {
  values: ResourceFormValues;
  errors: Record<string, string>;
  busy: boolean;
  /** Editing asks what changed, for the history. */
  withVersionNote?: boolean;
  /** A network the resource is shared with but the editor is not in, so it stays choosable. */
  savedNetwork?: { id: string; name: string } | null;
  submitLabel: string;
  onChange(values: ResourceFormValues): void;
  onSubmit(): void;
  onCancel(): void;
}

export function ResourceForm({
  values,
  errors,
  busy,
  withVersionNote = false,
  savedNetwork = null,
  submitLabel,
  onChange,
  onSubmit,
  onCancel,
}: Props) {
  const { t, fill, locale } = useI18n();
  const r = t.resources;
  const { session } = useSession();
  const personId = session?.person.id ?? '';
  const person = useQuery({
    queryKey: personKeys.detail(personId),
    queryFn: ({ signal }) => getPerson(personId, signal),
    enabled: Boolean(personId),
  });
  const subjects = useQuery({
    queryKey: resourceKeys.suggestions('subject'),
    queryFn: ({ signal }) => resourceSuggestions('subject', signal),
    staleTime: 300_000,
  });
  const tags = useQuery({
    queryKey: resourceKeys.suggestions('tag'),
    queryFn: ({ signal }) => resourceSuggestions('tag', signal),
    staleTime: 300_000,
  });
  // The networks the person belongs to, once each, by name.
  const networks = new Map<string, string>();
  for (const { network } of person.data?.networks ?? []) networks.set(network.id, network.name);
  if (savedNetwork && !networks.has(savedNetwork.id)) networks.set(savedNetwork.id, savedNetwork.name);

  const set = <K extends keyof ResourceFormValues>(key: K, value: ResourceFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const toggleStage = (stage: ResourceStage, on: boolean) =>
    set(
      'stages',
      on
        ? RESOURCE_STAGES.filter((s) => s === stage || values.stages.includes(s))
        : values.stages.filter((s) => s !== stage),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const suggested = (items: { value: string }[] | undefined) =>
    items && items.length > 0
      ? fill(r.suggestions, { values: items.map((item) => item.value).join(', ') })
      : null;

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id={fieldId('title')} label={r.fieldTitle} error={errors.title}>
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
      <Field id={fieldId('summary')} label={r.fieldSummary} error={errors.summary}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            lang={values.language}
            value={values.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        )}
      </Field>
      <Field id={fieldId('body')} label={r.fieldBody} hint={r.fieldBodyHint} error={errors.body}>
        {(control) => (
          <textarea
            {...control}
            rows={12}
            lang={values.language}
            className="markdown-input"
            value={values.body}
            onChange={(e) => set('body', e.target.value)}
          />
        )}
      </Field>
      <div className="form-columns">
        <Field id={fieldId('language')} label={r.fieldLanguage} error={errors.language}>
          {(control) => (
            <select
              {...control}
              value={values.language}
              onChange={(e) => set('language', e.target.value as ContentLanguage)}
            >
              {CONTENT_LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {r.vocab.language[language]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('type')} label={r.fieldType} error={errors.type}>
          {(control) => (
            <select
              {...control}
              value={values.type}
              onChange={(e) => set('type', e.target.value as ResourceType)}
            >
              {RESOURCE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {r.vocab.type[type]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Fieldset id={fieldId('stages')} legend={r.fieldStages} error={errors.stages} columns>
        {RESOURCE_STAGES.map((stage) => (
          <label key={stage} className="choice">
            <input
              type="checkbox"
              checked={values.stages.includes(stage)}
              onChange={(e) => toggleStage(stage, e.target.checked)}
            />
            {r.vocab.stage[stage]}
          </label>
        ))}
      </Fieldset>
      <Field
        id={fieldId('subjects')}
        label={r.fieldSubjects}
        hint={[r.fieldSubjectsHint, suggested(subjects.data)].filter(Boolean).join(' ')}
        error={errors.subjects}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.subjects}
            onChange={(e) => set('subjects', e.target.value)}
          />
        )}
      </Field>
      <TagListInput
        id={fieldId('tags')}
        label={r.fieldTags}
        hint={[
          r.fieldTagsHint,
          suggested(tags.data?.map(({ value }) => ({ value: tagLabel(value, locale) }))),
        ]
          .filter(Boolean)
          .join(' ')}
        addLabel={r.addTag}
        tags={values.tags}
        max={30}
        error={errors.tags}
        topics
        onChange={(next) => set('tags', next)}
      />
      <Field id={fieldId('licence')} label={r.fieldLicence} hint={r.fieldLicenceHint} error={errors.licence}>
        {(control) => (
          <select
            {...control}
            value={values.licence}
            onChange={(e) => set('licence', e.target.value as ResourceLicence)}
          >
            {RESOURCE_LICENCES.map((licence) => (
              <option key={licence} value={licence}>
                {r.vocab.licence[licence]} ({licence})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-columns">
        <Field id={fieldId('networkId')} label={r.fieldNetwork} error={errors.networkId}>
          {(control) => (
            <select {...control} value={values.networkId} onChange={(e) => set('networkId', e.target.value)}>
              <option value="">{r.noNetwork}</option>
              {[...networks].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('visibility')} label={r.fieldVisibility} error={errors.visibility}>
          {(control) => (
            <select
              {...control}
              value={values.visibility}
              onChange={(e) => set('visibility', e.target.value as ResourceVisibility)}
            >
              {RESOURCE_VISIBILITIES.map((visibility) => (
                <option key={visibility} value={visibility}>
                  {r.vocab.visibility[visibility]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {withVersionNote ? (
        <Field
          id={fieldId('versionNote')}
          label={r.fieldVersionNote}
          hint={r.fieldVersionNoteHint}
          error={errors.versionNote}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.versionNote}
              onChange={(e) => set('versionNote', e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? r.saving : submitLabel}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
