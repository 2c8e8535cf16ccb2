import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { CookieSettings } from './session-cookie.js';
import { DEVICE_LIFETIME_MS } from './devices.queries.js';

export const DEVICE_COOKIE = 'trellis_device';

/** A shared staff-room computer is a known device for several people: one token each, newest first. */
export const MAX_DEVICE_TOKENS = 5;

/** Only the sign-in endpoint reads the cookie, so no other request carries it. */
const DEVICE_COOKIE_PATH = '/api/v1/session';

const TOKEN = /^[\w-]{43}$/;

/** The device tokens this browser sent; anything that is not a token is ignored, not an error. */
export function readDeviceTokens(c: Context): string[] {
  const value = getCookie(c, DEVICE_COOKIE) ?? '';
  const tokens = value.split('.').filter((token) => TOKEN.test(token));
  return [...new Set(tokens)].slice(0, MAX_DEVICE_TOKENS);
}

/** Sets the device cookie with the session cookie's flags (httpOnly, SameSite=Lax, Secure when configured). */
export function setDeviceCookie(c: Context, tokens: string[], settings: CookieSettings) {
  setCookie(c, DEVICE_COOKIE, tokens.slice(0, MAX_DEVICE_TOKENS).join('.'), {
    httpOnly: true,
    sameSite: 'Lax',
    secure: settings.secure,
    path: DEVICE_COOKIE_PATH,
    maxAge: DEVICE_LIFETIME_MS / 1000,
  });
}
