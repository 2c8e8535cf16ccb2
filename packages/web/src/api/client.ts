/**
 * The one fetch client: JSON in and out under /api/v1, the CSRF header on every write, and error
 * bodies (`{ error: { code, message, details: { issues } } }`) turned into typed `ApiError`s.
 */
import { ERROR_STATUS, type ErrorCode } from '../../../server/src/shared/error-codes.js';

export type { ErrorCode };

/**
 * The code of a failed request: one of the API's (the server's catalogue), `NETWORK` when the
 * server could not be reached, or `HTTP_<status>` when the answer carried no known code.
 */
export type ApiErrorCode = ErrorCode | 'NETWORK' | `HTTP_${number}`;

/** One problem with one field, as the API reports it (`path` is dotted, e.g. `scopes.0`). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A failed request, carrying the API's stable error code and any per-field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The error's other details as the API sent them (an import's problems by row, say). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Issues keyed by the top-level field they concern (the first message wins). */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const issue of this.issues) {
      const field = issue.path.split('.')[0] ?? '';
      byField[field] ??= issue.message;
    }
    return byField;
  }
}

const BASE = '/api/v1';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The CSRF token comes with the session (sign-in or GET /session) and is kept in memory only.
let csrfToken: string | null = null;

/** Remembers the session's CSRF token for later writes (null after signing out). */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

// The app's language, sent as Accept-Language so that the API's validation messages match it.
let language = 'en';

/** Sets the language the API should answer in. */
export function setApiLanguage(locale: string) {
  language = locale;
}

// What the client itself says when the server gave no message: no answer, or one without a body.
const OWN_MESSAGES = {
  en: {
    unreachable: 'The server could not be reached.',
    answered: (status: number) => `The server answered ${status}.`,
  },
  es: {
    unreachable: 'No se ha podido contactar con el servidor.',
    answered: (status: number) => `El servidor respondió ${status}.`,
  },
};
const ownMessages = () => (language === 'es' ? OWN_MESSAGES.es : OWN_MESSAGES.en);

let onSessionLost: () => void = () => {};

/**
 * Called when the server says the session is gone (401) or its CSRF token is stale (e.g. after
 * "sign out everywhere" on another device), so the app can refresh who is signed in.
 */
export function setSessionLostHandler(handler: () => void) {
  onSessionLost = handler;
}

type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?query`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A file sent as its raw bytes (uploads), instead of a JSON body. */
  file?: Blob;
  /** The file's media type when the API asks for one (a CSV import: `text/csv`). */
  contentType?: string;
  signal?: AbortSignal | undefined;
}

/** Calls the API; resolves with the parsed JSON (undefined for 204) or rejects with an ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  if (options.file) headers['Content-Type'] = options.contentType ?? 'application/octet-stream';
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (WRITE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      body: options.file ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', ownMessages().unreachable);
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = toApiError(response.status, body);
    const sessionLost = error.code === 'UNAUTHENTICATED' || error.code === 'CSRF_FAILED';
    if (sessionLost && !(path === '/session' && method === 'GET')) onSessionLost();
    throw error;
  }
  return body as T;
}

function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const code: ApiErrorCode = isErrorCode(error.code) ? error.code : `HTTP_${status}`;
  const message = typeof error.message === 'string' ? error.message : ownMessages().answered(status);
  const details = isRecord(error.details) ? error.details : {};
  const issues = Array.isArray(details.issues)
    ? details.issues
        .filter(isRecord)
        .map((issue) => ({ path: String(issue.path ?? ''), message: String(issue.message ?? '') }))
    : [];
  return new ApiError(status, code, message, issues, details);
}

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
