/**
 * A failed submit as the error summary's problems, said once for every form that has no
 * field-by-field mapping of its own (networks/form-errors.ts has one for the network form).
 */
import { ApiError } from '../api/client.ts';
import type { Problem } from './error-summary.tsx';

/** What went wrong, as the API (in the reader's language) or the browser said it. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The API's field issues, each at `fieldId`; otherwise the failure's message there. */
export function problemsOf(error: unknown, fieldId?: string): Problem[] {
  const at = fieldId ? { fieldId } : {};
  if (error instanceof ApiError && error.issues.length > 0)
    return error.issues.map((issue) => ({ ...at, message: issue.message }));
  return [{ ...at, message: messageOf(error) }];
}
