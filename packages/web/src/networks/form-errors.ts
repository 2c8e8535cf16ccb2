/** A failed save of the network form, as messages next to the fields and in the error summary. */
import { ApiError, type FieldIssue } from '../api/client.ts';
import type { Catalogue } from '../i18n/en.ts';
import type { Problem } from '../ui/error-summary.tsx';
import { fieldId } from './NetworkForm.tsx';

/** The form's fields that the API may name in an issue; each has its label in `t.edit`. */
const LABELLED_FIELDS = [
  'name',
  'slug',
  'purpose',
  'purposeEs',
  'goal',
  'goalEs',
  'kind',
  'level',
  'scopes',
  'approach',
  'status',
  'visibility',
  'parentIds',
  'municipality',
  'region',
  'country',
] as const;
type LabelledField = (typeof LABELLED_FIELDS)[number];
const isLabelled = (field: string): field is LabelledField =>
  (LABELLED_FIELDS as readonly string[]).includes(field);

export interface NetworkFormErrors {
  /** The first message for each field, keyed by field name. */
  byField: Record<string, string>;
  /** Every problem, for the summary; those about a field link to it. */
  problems: Problem[];
}

/**
 * Splits a failed save into field messages and summary lines. `issues` overrides the API's own
 * (a caller that knows better, e.g. that a 409 means the slug is taken, passes its own words).
 */
export function networkFormErrors(error: unknown, t: Catalogue, issues?: FieldIssue[]): NetworkFormErrors {
  if (!error) return { byField: {}, problems: [] };
  const apiIssues = issues ?? (error instanceof ApiError ? error.issues : []);
  if (apiIssues.length === 0) {
    return { byField: {}, problems: [{ message: error instanceof Error ? error.message : String(error) }] };
  }
  const byField: Record<string, string> = {};
  const problems = apiIssues.map((issue): Problem => {
    const field = issue.path.split('.')[0] ?? '';
    if (!field) return { message: issue.message };
    byField[field] ??= issue.message;
    const label = isLabelled(field) ? t.edit[field] : field;
    return { fieldId: fieldId(field), message: `${label}: ${issue.message}` };
  });
  return { byField, problems };
}
