import type { ZodError } from 'zod';
import type { FieldIssue } from './errors.js';
import { localisedIssueMessage, type Locale } from './locale.js';

/** Turns zod's issues into `path: message` pairs in the caller's language, the form every validation error reads in. */
export function zodIssues(error: ZodError, locale: Locale = 'en'): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: localisedIssueMessage(issue, locale),
  }));
}
