import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../people/people.table.js';

export const ACCOUNT_LINK_PURPOSES = ['invitation', 'password_reset', 'email_change'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

export const accountLinkPurpose = pgEnum('account_link_purpose', ACCOUNT_LINK_PURPOSES);

/**
 * One-time links sent by email: an invitation (sets the first password), a password reset, an
 * email change (confirmed at the new address). Only the SHA-256 of the link's token is stored;
 * a link works once (`usedAt`) and until `expiresAt`.
 */
export const accountLinks = pgTable(
  'account_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    purpose: accountLinkPurpose('purpose').notNull(),
    /** For an email change: the address it changes to, once confirmed. */
    newEmail: text('new_email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('account_links_person_idx').on(t.personId, t.purpose, t.createdAt)],
);
