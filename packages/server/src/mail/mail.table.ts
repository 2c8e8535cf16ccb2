import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.js';
import { people } from '../people/people.table.js';
import { MAIL_CATEGORIES, MAIL_KINDS, MAIL_STATUSES } from '../shared/mail-kinds.js';

export const mailKind = pgEnum('mail_kind', MAIL_KINDS);
export const mailStatus = pgEnum('mail_status', MAIL_STATUSES);
export const mailCategory = pgEnum('mail_category', MAIL_CATEGORIES);

/**
 * The mail queue and outbox: every message Trellis sends, queued in the transaction that caused
 * it and sent by the background mail runner (mail-runner.ts), never in a request. A message is
 * its kind, its language and the values its template needs (`params`); it is rendered when it is
 * sent and when the outbox shows it. `params` may hold a one-time link's token until the message
 * is sent over SMTP, when it is removed (the recipient's copy is then the only one).
 */
export const mails = pgTable(
  'mails',
  {
    id: idColumn(),
    kind: mailKind('kind').notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    toAddress: text('to_address').notNull(),
    locale: text('locale').notNull(),
    params: jsonb('params').$type<Record<string, string>>().notNull(),
    status: mailStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** When the runner may (next) try it: now, a wave's opening day, or after a backoff. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** Why the last attempt failed, by kind only (never the server's answer, which may quote the message). */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mails_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'queued'`),
    index('mails_outbox_idx').on(t.createdAt, t.id),
    index('mails_person_idx').on(t.personId),
  ],
);

/** Who has unsubscribed from which category of mail (one click on the link in any of them). */
export const mailUnsubscribes = pgTable(
  'mail_unsubscribes',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    category: mailCategory('category').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.category] })],
);

/**
 * The key that signs unsubscribe links (HMAC-SHA-256), made at random the first time it is
 * needed and shared by every server on the database. One row.
 */
export const mailSigningKey = pgTable('mail_signing_key', {
  id: integer('id').primaryKey(),
  key: text('key').notNull(),
});
