import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The error catalogue: every failure the API reports has a stable code here, and one place
 * (error-handler.ts) turns it into `{ "error": { "code", "message", "details" } }`.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  // Answered by Node below the app (http/client-errors.ts), in the same shape.
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

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
    return ERROR_STATUS[this.code];
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
