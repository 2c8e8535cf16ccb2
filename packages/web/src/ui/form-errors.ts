/**
 * A failed save of a form (practices, measures, …) as field messages and summary lines: each API issue
 * at its field (by the first segment of its path, so `components.3` lands on the components box),
 * labelled in the summary; an issue of no known field, or a refusal, in the summary alone.
 */
import { ApiError } from '../api/client.ts';
import type { Problem } from './error-summary.tsx';
import { problemsOf } from './form-problems.ts';

/** Where each field the API may name is shown: its control's id and its label. */
export type FieldMap = Record<string, { id: string; label: string }>;

export interface FormErrors {
  byField: Record<string, string>;
  problems: Problem[];
}

/** Maps a failed save onto the form's fields (empty when there is no error). */
export function formErrors(error: unknown, fields: FieldMap): FormErrors {
  if (!error) return { byField: {}, problems: [] };
  if (!(error instanceof ApiError) || error.issues.length === 0)
    return { byField: {}, problems: problemsOf(error) };
  const byField: Record<string, string> = {};
  const problems = error.issues.map((issue): Problem => {
    const name = issue.path.split('.')[0] ?? '';
    const field = fields[name];
    if (!field) return { message: issue.message };
    byField[name] ??= issue.message;
    return { fieldId: field.id, message: `${field.label}: ${issue.message}` };
  });
  return { byField, problems };
}

/** The keys of `after` whose values differ from `before`'s: what a PATCH should carry. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[])
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  return changes;
}
