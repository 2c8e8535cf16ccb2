import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_STATUS, type ErrorCode } from '../shared/error-codes.js';
import type { Locale } from './locale.js';
import { inLocale, type Text } from './text.js';

/**
 * The error catalogue: every failure the API reports has a stable code (listed, with its status,
 * in shared/error-codes.ts, which the web app shares), and one place (error-handler.ts) turns it
 * into `{ "error": { "code", "message", "details" } }`.
 */
export { ERROR_STATUS, type ErrorCode };

// Typed so that every status in the catalogue must be one Hono can answer with a body.
const STATUS: Record<ErrorCode, ContentfulStatusCode> = ERROR_STATUS;

/**
 * An expected failure with its catalogue code; anything else thrown becomes a 500 without internals.
 * A message people read is a `Text` (both languages); `message` is its English, for logs and the CLI.
 */
export class ApiError extends Error {
  readonly text: string | Text;

  constructor(
    readonly code: ErrorCode,
    message: string | Text,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(inLocale(message, 'en'));
    this.name = 'ApiError';
    this.text = message;
  }

  /** The message and details as a reader of `locale` gets them. */
  inLocale(locale: Locale): { message: string; details?: unknown } {
    const message = inLocale(this.text, locale);
    if (!hasIssues(this.details)) return { message, details: this.details };
    const issues = this.details.issues.map((issue) => ({
      path: issue.path,
      message: inLocale(issue.message, locale),
    }));
    // A refusal or conflict said at a field keeps its own message; a validation failure sums its issues.
    const summary = this.code === 'VALIDATION_FAILED' ? issuesSummary(issues) : message;
    return { message: summary, details: { ...this.details, issues } };
  }

  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what} not found.`);
export const forbidden = (message = 'You are not allowed to do this.') => new ApiError('FORBIDDEN', message);
export const unauthenticated = () => new ApiError('UNAUTHENTICATED', 'Sign in to do this.');
export const conflict = (message: string, details?: unknown) => new ApiError('CONFLICT', message, details);

/** One problem with one field of a request or a file row. */
export interface FieldIssue {
  path: string;
  message: string | Text;
}

export const validationFailed = (issues: FieldIssue[]) =>
  new ApiError(
    'VALIDATION_FAILED',
    issuesSummary(issues.map((issue) => ({ path: issue.path, message: inLocale(issue.message, 'en') }))),
    { issues },
  );

function issuesSummary(issues: { path: string; message: string }[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

function hasIssues(details: unknown): details is { issues: FieldIssue[] } {
  return (
    typeof details === 'object' && details !== null && Array.isArray((details as { issues?: unknown }).issues)
  );
}
