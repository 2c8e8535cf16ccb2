import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_LIFETIME_MS } from './sessions.queries.js';

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'trellis_session';

export interface CookieSettings {
  /** Mark cookies Secure (HTTPS only). On for any deployment behind TLS. */
  secure: boolean;
}

/** Sets the session cookie: httpOnly (no script reads it) and SameSite=Lax (no cross-site POST carries it). */
export function setSessionCookie(c: Context, token: string, settings: CookieSettings) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: settings.secure,
    path: '/',
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
}

/** Removes the session cookie (signing out). */
export function clearSessionCookie(c: Context, settings: CookieSettings) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: settings.secure });
}
