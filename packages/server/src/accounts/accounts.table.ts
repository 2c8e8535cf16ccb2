import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../people/people.table.js';

/**
 * A person who can sign in: an argon2id password hash (none until an invitation is accepted, or for
 * an account that signs in only through an identity provider) and whether they administer the platform.
 */
export const accounts = pgTable('accounts', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  // Null for an account invited but not yet set up, or one that signs in only by OpenID Connect.
  passwordHash: text('password_hash'),
  isAdmin: boolean('is_admin').notNull().default(false),
  locale: text('locale'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Signed-in sessions. Only the SHA-256 of the cookie's token is stored, so a leaked table
 * cannot be replayed; the CSRF token is bound to the session.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_person_idx').on(t.personId)],
);

/**
 * Sign-in attempts, kept for the rate-limit window (then pruned) to throttle guessing; never a
 * password. A row is written before the password is checked, with `succeeded` null, so that
 * parallel attempts see each other (sign-in-limits.ts); `deviceId` is set when the attempt came
 * with a known-device cookie for its email, and such attempts count only against that device.
 * `clientAddress` is the rate-limit key: the IPv4 address, or the IPv6 /64.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    clientAddress: text('client_address').notNull(),
    deviceId: uuid('device_id'),
    succeeded: boolean('succeeded'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sign_in_attempts_email_idx').on(t.email, t.at),
    index('sign_in_attempts_client_idx').on(t.clientAddress, t.at),
    index('sign_in_attempts_device_idx')
      .on(t.deviceId, t.at)
      .where(sql`${t.deviceId} is not null`),
    index('sign_in_attempts_at_idx').on(t.at),
  ],
);

/**
 * Browsers that have signed in with an email (OWASP's "device cookie"): only the SHA-256 of the
 * cookie's token is stored. A device is bound to the email it signed in with, not to the
 * person, so that checking one costs the same whether or not the email has an account.
 */
export const signInDevices = pgTable(
  'sign_in_devices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sign_in_devices_person_idx').on(t.personId),
    index('sign_in_devices_expires_idx').on(t.expiresAt),
  ],
);
