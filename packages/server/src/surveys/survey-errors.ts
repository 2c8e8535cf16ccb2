/** Survey and wave refusals from their message codes (survey.messages.ts), in the caller's language. */
import { ApiError, conflict, validationFailed, type FieldIssue } from '../shared/errors.js';
import type { Locale } from '../shared/locale.js';
import { surveyMessage, type SurveyMessageCode } from './survey.messages.js';

type Values = Record<string, string | number>;

/** A problem with one field: its path, its code, and the message in `locale`. */
export interface SurveyIssue extends FieldIssue {
  code: SurveyMessageCode;
}

export const surveyIssue = (
  path: string,
  code: SurveyMessageCode,
  locale: Locale,
  values?: Values,
): SurveyIssue => ({ path, code, message: surveyMessage(code, locale, values) });

/** A 400 listing the fields' problems (nothing was written). */
export const surveyValidation = (issues: SurveyIssue[]) => validationFailed(issues);

/** A 409: the request is fine, the state is not (`details.reason` is the code). */
export const surveyConflict = (code: SurveyMessageCode, locale: Locale, values: Values = {}) =>
  conflict(surveyMessage(code, locale, values), { reason: code, ...values });

/** A 403 with the reason's code. */
export const surveyForbidden = (code: SurveyMessageCode, locale: Locale) =>
  new ApiError('FORBIDDEN', surveyMessage(code, locale), { reason: code });
