import { createRoute, z } from '@hono/zod-openapi';
import { canReadOutbox } from '../authz/policy.js';
import { createRouter, requireActor } from '../routing/app-env.js';
import { ApiError, forbidden, notFound } from '../shared/errors.js';
import { requestLocale } from '../shared/locale.js';
import { commonErrors, IdParam, jsonResponse } from '../shared/openapi-common.js';
import { toPage } from '../shared/pagination.js';
import { composeMail } from './compose.js';
import { findMail, listMails, signingKey, type MailRow } from './mail.queries.js';
import { unsubscribe } from './mail.service.js';
import {
  OutboxMailSchema,
  OutboxPageSchema,
  OutboxQuery,
  UnsubscribedSchema,
  UnsubscribeQuery,
} from './mail.schema.js';
import { readUnsubscribeToken } from './unsubscribe-links.js';

const tags = ['Mail'];

const outboxRoute = createRoute({
  method: 'get',
  path: '/mail',
  tags,
  summary: 'The outbox: every mail queued, sent or failed, newest first (platform admins)',
  request: { query: OutboxQuery },
  responses: { 200: jsonResponse(OutboxPageSchema, 'A page of mail.'), ...commonErrors },
});

const outboxMailRoute = createRoute({
  method: 'get',
  path: '/mail/{id}',
  tags,
  summary: 'One mail as it is (or was) sent (platform admins)',
  request: { params: z.object({ id: IdParam }) },
  responses: { 200: jsonResponse(OutboxMailSchema, 'The mail.'), ...commonErrors },
});

const unsubscribeRoute = createRoute({
  method: 'post',
  path: '/mail/unsubscribe',
  tags,
  summary: 'One-click unsubscribe (RFC 8058) from a category of mail, by the signed token of its link',
  description:
    'Mail clients POST here with `List-Unsubscribe=One-Click` (the List-Unsubscribe header); the web page does too. ' +
    'Account-security mail (invitations, resets, email changes) has no such link.',
  request: { query: UnsubscribeQuery },
  responses: {
    200: jsonResponse(UnsubscribedSchema, 'Unsubscribed.'),
    400: commonErrors[400],
  },
});

const UNSUBSCRIBE_MESSAGES = {
  en: 'This unsubscribe link is not valid.',
  es: 'Este enlace para darse de baja no es válido.',
};

/** The one write anyone may make here, with or without a session (app.ts lists it as open). */
export const MAIL_ANONYMOUS_WRITES = ['POST /api/v1/mail/unsubscribe'];

const toItem = (mail: MailRow) => ({
  id: mail.id,
  to: mail.toAddress,
  kind: mail.kind,
  locale: mail.locale,
  status: mail.status,
  attempts: mail.attempts,
  lastError: mail.lastError,
  createdAt: mail.createdAt.toISOString(),
  nextAttemptAt: mail.nextAttemptAt.toISOString(),
  sentAt: mail.sentAt?.toISOString() ?? null,
});

/** The admin's outbox and the one-click unsubscribe. */
export function mailRoutes(options: { publicUrl?: string | undefined }) {
  return createRouter()
    .openapi(outboxRoute, async (c) => {
      requireActor(c);
      if (!canReadOutbox(c.var.principal)) throw forbidden('Only platform administrators see the outbox.');
      const query = c.req.valid('query');
      const rows = await listMails(c.var.db, query);
      return c.json(
        toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id], toItem),
        200,
      );
    })
    .openapi(outboxMailRoute, async (c) => {
      requireActor(c);
      if (!canReadOutbox(c.var.principal)) throw forbidden('Only platform administrators see the outbox.');
      const mail = await findMail(c.var.db, c.req.valid('param').id);
      if (!mail) throw notFound('Mail');
      const composed = await composeMail(c.var.db, mail, options.publicUrl ?? new URL(c.req.url).origin);
      return c.json({ ...toItem(mail), ...composed }, 200);
    })
    .openapi(unsubscribeRoute, async (c) => {
      const found = readUnsubscribeToken(await signingKey(c.var.db), c.req.valid('query').token);
      if (!found) {
        const message = UNSUBSCRIBE_MESSAGES[requestLocale(c)];
        throw new ApiError('VALIDATION_FAILED', message, { issues: [{ path: 'token', message }] });
      }
      await unsubscribe(c.var.db, found.personId, found.category);
      return c.json({ category: found.category }, 200);
    });
}
