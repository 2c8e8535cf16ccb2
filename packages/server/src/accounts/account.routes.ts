import { createRoute, z } from '@hono/zod-openapi';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import { createRouter, requireActor } from '../routing/app-env.js';
import { ApiError } from '../shared/errors.js';
import { requestLocale } from '../shared/locale.js';
import {
  commonErrors,
  conflictError,
  ErrorSchema,
  jsonBody,
  jsonResponse,
} from '../shared/openapi-common.js';
import {
  confirmEmailChange,
  requestEmailChange,
  requestPasswordReset,
  setPasswordWithLink,
} from './account-links.service.js';
import {
  AcceptedSchema,
  ConfirmedEmailSchema,
  ConfirmEmailBody,
  EmailChangeBody,
  InvitationResultSchema,
  InviteBody,
  InviteCsvBody,
  PasswordResetRequestBody,
  SetPasswordBody,
} from './invitations.schema.js';
import { invitePeople, parseInvitationCsv } from './invitations.service.js';
import { setSessionCookie, type CookieSettings } from './session-cookie.js';
import { SessionSchema } from './session.schema.js';
import { findActorBySession } from './sessions.queries.js';
import { hashToken } from './tokens.js';

const tags = ['Accounts'];
const NetworkParams = z.object({ id: NetworkKeyParam });
const linkExpired = { 410: jsonResponse(ErrorSchema, 'The link has expired or was used already.') };

const inviteRoute = createRoute({
  method: 'post',
  path: '/networks/{id}/invitations',
  tags,
  summary: 'Invite someone by email to the network, with a role you may give',
  description:
    'Someone new gets an account without a password and a mailed link (7 days, single use) to set it; ' +
    'someone with an account is added and told by mail.',
  request: { params: NetworkParams, ...jsonBody(InviteBody) },
  responses: {
    201: jsonResponse(InvitationResultSchema, 'Invited.'),
    ...commonErrors,
  },
});

const inviteCsvRoute = createRoute({
  method: 'post',
  path: '/networks/{id}/invitations/csv',
  tags,
  summary:
    'Invite many people from a CSV (columns email and name); bad lines are reported and nothing is written',
  request: { params: NetworkParams, ...jsonBody(InviteCsvBody) },
  responses: {
    201: jsonResponse(InvitationResultSchema, 'Invited.'),
    ...commonErrors,
  },
});

const resetRequestRoute = createRoute({
  method: 'post',
  path: '/account/password-reset',
  tags,
  summary: 'Forgot password: mail a reset link (1 hour, single use) if the email has an account',
  description:
    'The answer is the same whether or not the email has an account. At most 3 links per account per hour.',
  request: jsonBody(PasswordResetRequestBody),
  responses: { 202: jsonResponse(AcceptedSchema, 'Taken.'), 400: commonErrors[400] },
});

const setPasswordRoute = createRoute({
  method: 'post',
  path: '/account/password',
  tags,
  summary: 'Set a password from an invitation or reset link; signs in (and ends other sessions)',
  request: jsonBody(SetPasswordBody),
  responses: {
    201: jsonResponse(SessionSchema, 'Password set; signed in.'),
    400: commonErrors[400],
    ...linkExpired,
  },
});

const emailChangeRoute = createRoute({
  method: 'post',
  path: '/me/email',
  tags,
  summary:
    'Change one’s email: re-enter the password; a link goes to the new address, which takes effect once followed',
  request: jsonBody(EmailChangeBody),
  responses: {
    202: jsonResponse(AcceptedSchema, 'The confirmation link is on its way.'),
    ...commonErrors,
    ...conflictError,
    429: jsonResponse(ErrorSchema, 'Too many wrong passwords; Retry-After says how long to wait.'),
  },
});

const confirmEmailRoute = createRoute({
  method: 'post',
  path: '/account/email-confirmation',
  tags,
  summary: 'Follow the link sent to a new address: the email changes, and the old address is told',
  request: jsonBody(ConfirmEmailBody),
  responses: {
    200: jsonResponse(ConfirmedEmailSchema, 'The email is changed.'),
    400: commonErrors[400],
    ...conflictError,
    ...linkExpired,
  },
});

/** The writes these routes let anonymous callers make (app.ts lists them as open). */
export const ACCOUNT_ANONYMOUS_WRITES = [
  'POST /api/v1/account/password-reset',
  'POST /api/v1/account/password',
  'POST /api/v1/account/email-confirmation',
];

/** Invitations, forgotten passwords, and email changes. */
export function accountRoutes(cookies: CookieSettings) {
  return createRouter()
    .openapi(inviteRoute, async (c) => {
      const actor = requireActor(c);
      const { role, email, displayName } = c.req.valid('json');
      const result = await invitePeople(c.var.db, c.var.principal, c.req.valid('param').id, {
        role,
        invitees: [{ email, displayName }],
        inviterName: actor.displayName,
      });
      return c.json(result, 201);
    })
    .openapi(inviteCsvRoute, async (c) => {
      const actor = requireActor(c);
      const { role, csv } = c.req.valid('json');
      const invitees = parseInvitationCsv(csv);
      const result = await invitePeople(c.var.db, c.var.principal, c.req.valid('param').id, {
        role,
        invitees,
        inviterName: actor.displayName,
      });
      return c.json(result, 201);
    })
    .openapi(resetRequestRoute, async (c) => {
      await requestPasswordReset(c.var.db, c.req.valid('json').email);
      return c.json({ accepted: true as const }, 202);
    })
    .openapi(setPasswordRoute, async (c) => {
      const { token, password } = c.req.valid('json');
      const { sessionToken } = await setPasswordWithLink(c.var.db, {
        token,
        password,
        userAgent: c.req.header('user-agent') ?? null,
        locale: requestLocale(c),
      });
      const actor = await findActorBySession(c.var.db, hashToken(sessionToken));
      if (!actor) throw new ApiError('INTERNAL', 'The new session could not be read back.');
      setSessionCookie(c, sessionToken, cookies);
      return c.json(
        {
          person: {
            id: actor.personId,
            displayName: actor.displayName,
            email: actor.email,
            isAdmin: actor.isAdmin,
            locale: actor.locale,
          },
          csrfToken: actor.csrfToken,
        },
        201,
      );
    })
    .openapi(emailChangeRoute, async (c) => {
      const actor = requireActor(c);
      const { newEmail, password } = c.req.valid('json');
      await requestEmailChange(c.var.db, {
        personId: actor.personId,
        newEmail,
        password,
        clientAddress: c.var.clientAddress,
        locale: requestLocale(c),
      });
      return c.json({ accepted: true as const }, 202);
    })
    .openapi(confirmEmailRoute, async (c) => {
      const result = await confirmEmailChange(c.var.db, c.req.valid('json').token, requestLocale(c));
      return c.json(result, 200);
    });
}
