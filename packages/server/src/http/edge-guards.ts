/**
 * Checks every API request passes before any route sees it: text PostgreSQL cannot store is a 400
 * here rather than a 500 deep in a query, anonymous writes are a 401 before a schema describes
 * what it wanted, and no answer is kept by a browser or proxy cache.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../routing/app-env.js';
import { ApiError } from '../shared/errors.js';
import type { Text } from '../shared/text.js';
import { isSafeMethod } from '../shared/http-methods.js';
import { requestLocale, type Locale } from '../shared/locale.js';

/** NUL (PostgreSQL text cannot hold it) and UTF-16 surrogates without their pair (not Unicode text). */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const INVALID_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const INVALID_TEXT_MESSAGE: Record<Locale, (where: string) => string> = {
  en: (where) => `${where} contains a NUL character or an unpaired surrogate, which is not valid text.`,
  es: (where) =>
    `${where} contiene un carácter NUL o un sustituto UTF-16 sin pareja, que no es texto válido.`,
};

const PLACE_NAMES: Record<
  Locale,
  { path: string; query: (name: string) => string; body: (path: string) => string }
> = {
  en: {
    path: 'The address',
    query: (name) => `The query parameter "${name}"`,
    body: (path) => `The field "${path}"`,
  },
  es: {
    path: 'La dirección',
    query: (name) => `El parámetro "${name}"`,
    body: (path) => `El campo "${path}"`,
  },
};

/** Refuses invalid text anywhere in the path, the query string or a JSON body, naming where (never what). */
export function rejectInvalidText(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const locale = requestLocale(c);
    const places = PLACE_NAMES[locale];
    const refuse = (where: string, path: string) =>
      new ApiError('BAD_REQUEST', INVALID_TEXT_MESSAGE[locale](where), {
        issues: [{ path, message: 'invalid text' }],
      });

    if (INVALID_TEXT.test(safelyDecoded(c.req.path))) throw refuse(places.path, '');
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (INVALID_TEXT.test(name) || values.some((value) => INVALID_TEXT.test(value)))
        throw refuse(places.query(name), name);
    }
    if (c.req.header('content-type')?.toLowerCase().includes('json')) {
      // Parsed once: Hono keeps the parsed body for the route's validator. Malformed JSON is the validator's to report.
      const body: unknown = await c.req.json().catch(() => undefined);
      const bad = findInvalidText(body);
      if (bad !== undefined) throw refuse(places.body(bad), bad);
    }
    await next();
  };
}

function safelyDecoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a malformed escape is left to routing, which answers 404
  }
}

/** The dotted path of the first string (or key) holding invalid text, or undefined. */
export function findInvalidText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return INVALID_TEXT.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findInvalidText(item, path ? `${path}.${index}` : String(index));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (INVALID_TEXT.test(key)) return here;
      const found = findInvalidText(item, here);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

const SIGN_IN_FIRST: Record<Locale, string> = {
  en: 'Sign in to do this.',
  es: 'Inicia sesión para hacer esto.',
};

/**
 * Writes need a signed-in person, except the few that exist for those who are not (signing in).
 * Checked before validation, so that an anonymous caller learns nothing from a route's schema errors.
 */
export function requireSignInForWrites(anonymousWrites: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(anonymousWrites);
  return async (c, next) => {
    if (!isSafeMethod(c.req.method) && !c.var.actor && !allowed.has(`${c.req.method} ${c.req.path}`)) {
      throw new ApiError('UNAUTHENTICATED', SIGN_IN_FIRST[requestLocale(c)]);
    }
    await next();
  };
}

/**
 * API answers carry personal data and the session's CSRF token: no browser or shared cache may keep
 * them. (The server's own read cache is in memory and keyed by caller; see cache/.)
 */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // On the answer's own headers, as hono's secureHeaders does: `c.header()` after `next()` copies
    // the whole answer into a new fetch Response, a twelfth of a cached read's CPU.
    c.res.headers.set('Cache-Control', 'no-store');
  };
}

/**
 * Requests with a body over `maxBytes` are a 413, except on the paths `except` matches. GETs carry no body and skip the check: asking a
 * request for its body makes @hono/node-server build a full fetch Request from Node's, which cost
 * a cached network page a tenth of its CPU (`node --cpu-prof` during `npm run bench:api`).
 */
export function limitBodies(
  maxBytes: number,
  tooLarge: Text,
  options: { except?: RegExp } = {},
): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError('PAYLOAD_TOO_LARGE', tooLarge);
    },
  });
  // `except`: paths with a limit of their own (attachment uploads), set by their routes.
  return (c, next) =>
    isSafeMethod(c.req.method) || options.except?.test(c.req.path) ? next() : limit(c, next);
}

/**
 * Files served for download (Content-Disposition: attachment) get a policy under which, should a
 * browser render one after all, it runs nothing and reaches nothing. Registered outside the app's
 * own policy so that it has the last word on these answers.
 */
export function sandboxDownloads(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.headers.get('content-disposition')?.startsWith('attachment'))
      c.res.headers.set('Content-Security-Policy', "default-src 'none'; sandbox");
  };
}
