/**
 * Survey and wave refusals: a `Text` (surveys.texts.ts) that the error handler answers in the
 * caller's language, with a stable code beside it (`details.issues[].code`, `details.reason`) so
 * that a client or a test can tell refusals apart without reading their words.
 */
import { ApiError, conflict, validationFailed, type FieldIssue } from '../shared/errors.js';
import type { Text } from '../shared/text.js';

type Area = 'wave' | 'survey' | 'nomination' | 'respondents' | 'reminders';
/** A stable code for one thing surveys refuse, e.g. `nomination.self`. */
export type SurveyCode = `${Area}.${string}`;

/** A problem with one field: its path, its code and its text. */
export interface SurveyIssue extends FieldIssue {
  code: SurveyCode;
}

export const surveyIssue = (path: string, code: SurveyCode, text: Text): SurveyIssue => ({
  path,
  code,
  message: text,
});

/** A 400 listing the fields' problems (nothing was written). */
export const surveyValidation = (issues: SurveyIssue[]) => validationFailed(issues);

/** A 409: the request is fine, the state is not (`details.reason` is the code). */
export const surveyConflict = (code: SurveyCode, text: Text, values: Record<string, string | number> = {}) =>
  conflict(text, { reason: code, ...values });

/** A 403 with the reason's code. */
export const surveyForbidden = (code: SurveyCode, text: Text) =>
  new ApiError('FORBIDDEN', text, { reason: code });
