import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ChangeFeed } from '../db/change-feed.js';
import { createRouter, type AppEnv } from '../routing/app-env.js';
import { jsonResponse } from '../shared/openapi-common.js';
import { OIDC_CALLBACK_PATH, OIDC_START_PATH, OidcExchangeError, type OidcClient } from './oidc-client.js';
import {
  insertOidcLogin,
  OIDC_LOGIN_LIFETIME_MS,
  pruneExpiredOidcLogins,
  takeOidcLogin,
} from './oidc.queries.js';
import { signInWithOidc } from './oidc-sign-in.js';
import { SignInProvidersSchema, type OidcRefusal } from './oidc.schema.js';
import { SESSION_COOKIE, setSessionCookie, type CookieSettings } from './session-cookie.js';
import { hashToken, newToken } from './tokens.js';

/** The browser's half of a sign-in in progress: a random token, sent only back to the callback. */
const LOGIN_COOKIE = 'trellis_oidc';
const LOGIN_COOKIE_PATH = '/api/oidc';
const PROVIDER_ID = 'oidc';

/** Only same-site paths, so `?next=` cannot send anyone elsewhere (as on the sign-in page). */
const safeNext = (next: string | undefined) =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next.slice(0, 2000)
    : null;

const providersRoute = createRoute({
  method: 'get',
  path: '/session/providers',
  tags: ['Session'],
  summary: 'The identity providers one may sign in with (OpenID Connect), besides email and password',
  responses: { 200: jsonResponse(SignInProvidersSchema, 'The configured providers; none by default.') },
});

/** The JSON list of providers, under /api/v1 with the rest of the API. */
export function signInProviderRoutes(oidc: OidcClient | undefined) {
  const providers = oidc ? [{ id: PROVIDER_ID, label: oidc.settings.label, startUrl: OIDC_START_PATH }] : [];
  return createRouter().openapi(providersRoute, (c) => c.json({ providers }, 200));
}

export interface OidcRouteOptions {
  oidc: OidcClient;
  cookies: CookieSettings;
  /** Told when a sign-in ended a session or made an account, so cached session lookups empty. */
  changes: ChangeFeed;
}

/**
 * The browser's round trip through the provider (authorization code flow with PKCE, state and
 * nonce). These are page navigations answered by redirects, not JSON operations, so they sit
 * beside /api/health outside the documented /api/v1. Every refusal lands on the sign-in page,
 * which explains it in the reader's language (`?oidc=<reason>`).
 */
export function oidcRoutes({ oidc, cookies, changes }: OidcRouteOptions) {
  const refuse = (c: Context<AppEnv>, reason: OidcRefusal) => c.redirect(`/sign-in?oidc=${reason}`, 302);
  return createRouter()
    .get(OIDC_START_PATH, async (c) => {
      const { db } = c.var;
      let begun;
      try {
        begun = await oidc.begin();
      } catch {
        // The provider cannot be reached or described itself wrongly: nothing to send anyone to.
        return refuse(c, 'failed');
      }
      const token = newToken();
      await pruneExpiredOidcLogins(db);
      await insertOidcLogin(db, {
        tokenHash: hashToken(token),
        provider: PROVIDER_ID,
        ...begun.checks,
        next: safeNext(c.req.query('next')),
      });
      setCookie(c, LOGIN_COOKIE, token, {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level navigation, which carries it.
        sameSite: 'Lax',
        secure: cookies.secure,
        path: LOGIN_COOKIE_PATH,
        maxAge: OIDC_LOGIN_LIFETIME_MS / 1000,
      });
      c.header('Cache-Control', 'no-store');
      return c.redirect(begun.url.href, 302);
    })
    .get(OIDC_CALLBACK_PATH, async (c) => {
      const { db } = c.var;
      c.header('Cache-Control', 'no-store');
      const token = getCookie(c, LOGIN_COOKIE);
      deleteCookie(c, LOGIN_COOKIE, { path: LOGIN_COOKIE_PATH, secure: cookies.secure });
      // Used once: a replayed answer, or one for another browser, finds nothing here.
      const login = token ? await takeOidcLogin(db, hashToken(token)) : undefined;
      if (!login) return refuse(c, 'expired');
      const url = new URL(c.req.url);
      let identity;
      try {
        identity = await oidc.finish(url.search, login);
      } catch (error) {
        if (error instanceof OidcExchangeError) return refuse(c, 'failed');
        throw error;
      }
      const previous = getCookie(c, SESSION_COOKIE);
      const result = await signInWithOidc(db, identity, {
        userAgent: c.req.header('user-agent') ?? null,
        previousSessionHash: previous ? hashToken(previous) : undefined,
      });
      if (result.outcome === 'refused') return refuse(c, result.reason);
      await changes.announce();
      setSessionCookie(c, result.token, cookies);
      return c.redirect(login.next ?? '/', 302);
    });
}
