import { createRoute } from '@hono/zod-openapi';
import type { Actor } from '../authz/actor.js';
import { findActorBySession, setAccountLocale } from './sessions.queries.js';
import { readDeviceTokens, setDeviceCookie } from './device-cookie.js';
import { decoyPasswordHash } from './passwords.js';
import { signIn, signOut } from './sign-in.js';
import { hashToken } from './tokens.js';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, ErrorSchema, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { requireActor } from '../routing/app-env.js';
import { clearSessionCookie, setSessionCookie, type CookieSettings } from './session-cookie.js';
import { LocaleBody, SessionSchema, SignInBody, SignOutQuery } from './session.schema.js';
import { ApiError } from '../shared/errors.js';
import { requestLocale } from '../shared/locale.js';

const tags = ['Session'];

const signInRoute = createRoute({
  method: 'post',
  path: '/session',
  tags,
  summary: 'Sign in with email and password; sets the httpOnly session cookie and the known-device cookie',
  request: jsonBody(SignInBody),
  responses: {
    201: jsonResponse(SessionSchema, 'Signed in.'),
    400: commonErrors[400],
    401: jsonResponse(ErrorSchema, 'The email or password is not right.'),
    429: jsonResponse(
      ErrorSchema,
      'Too many failed attempts for this email or from this address; Retry-After says how many seconds to wait. ' +
        'A browser that has signed in with this email before is limited only by its own failures.',
    ),
  },
});

const currentSessionRoute = createRoute({
  method: 'get',
  path: '/session',
  tags,
  summary: 'The signed-in person and the CSRF token for writes',
  responses: { 200: jsonResponse(SessionSchema, 'Signed in.'), 401: commonErrors[401] },
});

const signOutRoute = createRoute({
  method: 'delete',
  path: '/session',
  tags,
  summary: 'Sign out here, or everywhere with ?everywhere=true',
  request: { query: SignOutQuery },
  responses: {
    204: { description: 'Signed out.' },
    400: commonErrors[400],
    401: commonErrors[401],
    403: commonErrors[403],
  },
});

const localeRoute = createRoute({
  method: 'put',
  path: '/session/locale',
  tags,
  summary: 'Remember the signed-in person’s language',
  request: jsonBody(LocaleBody),
  responses: {
    204: { description: 'Saved.' },
    400: commonErrors[400],
    401: commonErrors[401],
    403: commonErrors[403],
  },
});

const toSession = (actor: Actor) => ({
  person: {
    id: actor.personId,
    displayName: actor.displayName,
    email: actor.email,
    isAdmin: actor.isAdmin,
    locale: actor.locale,
  },
  csrfToken: actor.csrfToken,
});

/** Sign-in, the current session, sign-out (here or everywhere) and the language preference. */
export function sessionRoutes(cookies: CookieSettings) {
  // Hash the decoy now, so that the first unknown email is not slower than a wrong password.
  void decoyPasswordHash();
  return createRouter()
    .openapi(signInRoute, async (c) => {
      const { email, password } = c.req.valid('json');
      const { db } = c.var;
      const session = await signIn(db, {
        email,
        password,
        clientAddress: c.var.clientAddress,
        userAgent: c.req.header('user-agent') ?? null,
        deviceTokens: readDeviceTokens(c),
        locale: requestLocale(c),
      });
      const actor = await findActorBySession(db, hashToken(session.token));
      if (!actor) throw new ApiError('INTERNAL', 'The new session could not be read back.');
      setSessionCookie(c, session.token, cookies);
      setDeviceCookie(c, session.deviceTokens, cookies);
      return c.json(toSession(actor), 201);
    })
    .openapi(currentSessionRoute, (c) => c.json(toSession(requireActor(c)), 200))
    .openapi(signOutRoute, async (c) => {
      const actor = requireActor(c);
      await signOut(c.var.db, actor, c.req.valid('query').everywhere === 'true');
      clearSessionCookie(c, cookies);
      return c.body(null, 204);
    })
    .openapi(localeRoute, async (c) => {
      const actor = requireActor(c);
      await setAccountLocale(c.var.db, actor.personId, c.req.valid('json').locale);
      return c.body(null, 204);
    });
}
