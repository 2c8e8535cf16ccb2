import { z } from '@hono/zod-openapi';
import { PageQuery, pageOf } from '../shared/pagination.js';
import { MAIL_CATEGORIES, MAIL_KINDS, MAIL_STATUSES } from '../shared/mail-kinds.js';

export const OutboxQuery = PageQuery;

export const OutboxItemSchema = z
  .object({
    id: z.uuid(),
    to: z.string(),
    kind: z.enum(MAIL_KINDS),
    locale: z.string(),
    status: z.enum(MAIL_STATUSES),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    nextAttemptAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('OutboxItem');

export const OutboxPageSchema = pageOf(OutboxItemSchema, 'OutboxPage');

export const OutboxMailSchema = OutboxItemSchema.extend({
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  headers: z.record(z.string(), z.string()),
}).openapi('OutboxMail');

export const UnsubscribeQuery = z.object({
  token: z.string().min(1).max(300).openapi({ description: 'The token from the mail’s unsubscribe link.' }),
});

export const UnsubscribedSchema = z.object({ category: z.enum(MAIL_CATEGORIES) }).openapi('Unsubscribed');
