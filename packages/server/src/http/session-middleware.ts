import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../accounts/session-cookie.js';
import { findActorBySession } from '../accounts/sessions.queries.js';
import { hashToken, sameSecret } from '../accounts/tokens.js';
import { ANONYMOUS } from '../authz/policy.js';
import type { AppEnv } from '../routing/app-env.js';
import type { Text } from '../shared/text.js';
import { EDGE_TEXTS } from './edge.texts.js';
import { clientAddressFrom } from './client-address.js';
import { ApiError } from '../shared/errors.js';
import { isSafeMethod } from '../shared/http-methods.js';

/** Resolves the session cookie to the signed-in actor, or to an anonymous principal. */
export function authenticate(options: {
  /** How many proxies of ours append to X-Forwarded-For in front of this server (0: none). */
  trustProxy: number;
  /** How to find a session's actor; the read cache passes a cached lookup. */
  findActor?: typeof findActorBySession | undefined;
}): MiddlewareHandler<AppEnv> {
  const findActor = options.findActor ?? findActorBySession;
  return async (c, next) => {
    c.set('clientAddress', clientAddress(c, options.trustProxy));
    const token = getCookie(c, SESSION_COOKIE);
    const actor = token ? ((await findActor(c.var.db, hashToken(token))) ?? null) : null;
    c.set('actor', actor);
    c.set(
      'principal',
      actor ? { kind: 'person', personId: actor.personId, isAdmin: actor.isAdmin } : ANONYMOUS,
    );
    await next();
  };
}

/** The client's address (see client-address.ts); in-process requests (tests) have no socket. */
function clientAddress(c: Context, trustedProxyHops: number): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined;
  }
  return clientAddressFrom(c.req.header('x-forwarded-for'), peer, trustedProxyHops);
}

export const CSRF_HEADER = 'x-csrf-token';

const CSRF_MISSING: Text = {
  en: `Missing or wrong ${CSRF_HEADER} header; read it from GET /api/v1/session.`,
  es: `Falta la cabecera ${CSRF_HEADER} o no es correcta; léela de GET /api/v1/session.`,
};

/**
 * CSRF defence for writes. A write from another origin is refused outright (Origin check), and
 * every write made with a session cookie must echo the session's CSRF token in `X-CSRF-Token`,
 * which a cross-site page cannot read.
 */
export function csrfGuard(options: { publicOrigin?: string | undefined }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isSafeMethod(c.req.method)) return next();
    const origin = c.req.header('origin');
    // Behind a proxy the request URL is the internal one; TRELLIS_PUBLIC_URL names the real origin.
    if (origin && origin !== (options.publicOrigin ?? new URL(c.req.url).origin)) {
      throw new ApiError('CSRF_FAILED', EDGE_TEXTS.otherSite);
    }
    const actor = c.var.actor;
    if (actor) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!sameSecret(sent, actor.csrfToken)) {
        throw new ApiError('CSRF_FAILED', CSRF_MISSING);
      }
    }
    await next();
  };
}
