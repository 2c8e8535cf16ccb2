/**
 * The API's error codes, each with its HTTP status: the catalogue every failure is reported
 * from (`errors.ts`). Dependency-free, so that the web app imports the same list and a
 * misspelt code fails its type check.
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
  // An adaptation the original's licence does not allow (resources/licences.ts).
  LICENCE_NO_DERIVATIVES: 409,
  LICENCE_MUST_SHARE_ALIKE: 409,
  LICENCE_MUST_STAY_NON_COMMERCIAL: 409,
  // A one-time link (invitation, reset, email change) that was used already or has expired.
  LINK_EXPIRED: 410,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  // Answered by Node below the app (http/client-errors.ts), in the same shape.
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
  // A part Trellis depends on (the attachment store) cannot be reached; the request may be retried.
  SERVICE_UNAVAILABLE: 503,
} as const;

/** A stable code the API reports a failure with (`{ "error": { "code", … } }`). */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Every error code, in the catalogue's order (for the OpenAPI document). */
export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];
