/**
 * The fields of a collection (title and description, each in English or the only language
 * written, and in Spanish), for creating one and editing one. Validation is the API's (the
 * browser's own is off), in the reader's language: each issue at its field and in the summary.
 */
import type { FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { CollectionChanges, CollectionDetail, CollectionInput } from '../api/types.ts';
import type { Catalogue } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Problem } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { problemsOf } from '../ui/form-problems.ts';

export interface CollectionFormValues {
  title: string;
  titleEs: string;
  description: string;
  descriptionEs: string;
}

export const EMPTY_COLLECTION: CollectionFormValues = {
  title: '',
  titleEs: '',
  description: '',
  descriptionEs: '',
};

/** The saved collection as the form holds it: a Spanish text not written is ''. */
export const valuesOf = (collection: CollectionDetail): CollectionFormValues => ({
  title: collection.title,
  titleEs: collection.titleEs ?? '',
  description: collection.description,
  descriptionEs: collection.descriptionEs ?? '',
});

/** The form's values as the API takes them: a Spanish text left empty is null (not written). */
export const inputOf = (values: CollectionFormValues): CollectionInput => ({
  title: values.title,
  titleEs: values.titleEs.trim() ? values.titleEs : null,
  description: values.description,
  descriptionEs: values.descriptionEs.trim() ? values.descriptionEs : null,
});

/** Only the fields that differ from the saved collection, so a PATCH never rewrites the others. */
export function changesBetween(saved: CollectionFormValues, edited: CollectionFormValues): CollectionChanges {
  const before = inputOf(saved);
  const after = inputOf(edited);
  const changes: CollectionChanges = {};
  if (after.title.trim() !== before.title.trim()) changes.title = after.title;
  if (after.titleEs?.trim() !== before.titleEs?.trim()) changes.titleEs = after.titleEs ?? null;
  if (after.description?.trim() !== before.description?.trim()) changes.description = after.description;
  if (after.descriptionEs?.trim() !== before.descriptionEs?.trim())
    changes.descriptionEs = after.descriptionEs ?? null;
  return changes;
}

export const fieldId = (field: keyof CollectionFormValues) => `collection-${field}`;

const LABELS = {
  title: 'fieldTitle',
  titleEs: 'fieldTitleEs',
  description: 'fieldDescription',
  descriptionEs: 'fieldDescriptionEs',
} as const;
const isField = (field: string): field is keyof CollectionFormValues => field in LABELS;

/** A failed save as field messages and summary lines (a refusal without a field goes to the summary). */
export function collectionFormErrors(
  error: unknown,
  t: Catalogue,
): { byField: Partial<Record<keyof CollectionFormValues, string>>; problems: Problem[] } {
  if (!error) return { byField: {}, problems: [] };
  if (!(error instanceof ApiError) || error.issues.length === 0)
    return { byField: {}, problems: problemsOf(error) };
  const byField: Partial<Record<keyof CollectionFormValues, string>> = {};
  const problems = error.issues.map((issue): Problem => {
    const field = issue.path.split('.')[0] ?? '';
    if (!isField(field)) return { message: issue.message };
    byField[field] ??= issue.message;
    return { fieldId: fieldId(field), message: `${t.collections[LABELS[field]]}: ${issue.message}` };
  });
  return { byField, problems };
}

interface Props {
  values: CollectionFormValues;
  errors: Partial<Record<keyof CollectionFormValues, string>>;
  busy: boolean;
  submitLabel: string;
  onChange(values: CollectionFormValues): void;
  onSubmit(): void;
  onCancel(): void;
}

export function CollectionForm({ values, errors, busy, submitLabel, onChange, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const c = t.collections;
  const set = (key: keyof CollectionFormValues, value: string) => onChange({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id={fieldId('title')} label={c.fieldTitle} hint={c.fieldTitleHint} error={errors.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field id={fieldId('titleEs')} label={c.fieldTitleEs} hint={c.fieldTitleEsHint} error={errors.titleEs}>
        {(control) => (
          <input
            {...control}
            type="text"
            lang="es"
            value={values.titleEs}
            onChange={(e) => set('titleEs', e.target.value)}
          />
        )}
      </Field>
      <Field
        id={fieldId('description')}
        label={c.fieldDescription}
        hint={c.fieldDescriptionHint}
        error={errors.description}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      <Field id={fieldId('descriptionEs')} label={c.fieldDescriptionEs} error={errors.descriptionEs}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            lang="es"
            value={values.descriptionEs}
            onChange={(e) => set('descriptionEs', e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t.common.saving : submitLabel}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
