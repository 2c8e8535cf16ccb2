import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { ApiError, validationFailed } from '../shared/errors.js';
import { constraintViolation } from './database-errors.js';
import { EDGE_TEXTS, malformed } from './edge.texts.js';
import { requestLocale, type Locale } from '../shared/locale.js';
import { zodIssues } from '../shared/zod-issues.js';
import { safeErrorReport } from '../shared/safe-error-report.js';

/** The single shape of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Turns anything thrown while handling a request into the error shape; internals never leak. */
export function toApiError(error: unknown, locale: Locale = 'en'): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return validationFailed(zodIssues(error, locale));
  const violation = constraintViolation(error);
  if (violation) return violation;
  if (error instanceof HTTPException) {
    // Hono raises these for malformed bodies (e.g. invalid JSON); they are the client's fault.
    if (error.status === 413) return new ApiError('PAYLOAD_TOO_LARGE', EDGE_TEXTS.tooLarge);
    if (error.status < 500) return new ApiError('BAD_REQUEST', malformed(error.message));
  }
  return new ApiError('INTERNAL', EDGE_TEXTS.internal);
}

/** Hono's onError: logs unexpected failures (never request data: see safeErrorReport) and answers in the error shape. */
export function handleError(error: unknown, c: Context): Response {
  const apiError = toApiError(error, requestLocale(c));
  // The route's pattern, never its path or query: those carry what the caller sent.
  if (apiError.code === 'INTERNAL')
    console.error(`[${c.req.method} ${c.req.routePath}] ${safeErrorReport(error)}`);
  const { message, details } = apiError.inLocale(requestLocale(c));
  const body: ErrorBody = { error: { code: apiError.code, message } };
  if (details !== undefined) body.error.details = details;
  return c.json(body, apiError.status, apiError.headers);
}
