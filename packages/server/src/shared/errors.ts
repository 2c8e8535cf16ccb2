import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_STATUS, type ErrorCode } from '../shared/error-codes.js';

/**
 * The error catalogue: every failure the API reports has a stable code (listed, with its status,
 * in shared/error-codes.ts, which the web app shares), and one place (error-handler.ts) turns it
 * into `{ "error": { "code", "message", "details" } }`.
 */
export { ERROR_STATUS, type ErrorCode };

// Typed so that every status in the catalogue must be one Hono can answer with a body.
const STATUS: Record<ErrorCode, ContentfulStatusCode> = ERROR_STATUS;

/** An expected failure with its catalogue code; anything else thrown becomes a 500 without internals. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
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
  message: string;
}

export const validationFailed = (issues: FieldIssue[]) =>
  new ApiError(
    'VALIDATION_FAILED',
    issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; '),
    { issues },
  );
