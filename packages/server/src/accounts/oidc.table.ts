import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../people/people.table.js';

/**
 * Who a person is at an identity provider: the (issuer, subject) pair OpenID Connect promises is
 * stable for them. The first sign-in matches by verified email and records the pair, so that a
 * later one finds the person even after the provider's email for them changes.
 */
export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('oidc_identities_person_idx').on(t.personId)],
);

/**
 * Sign-ins sent to a provider and not yet back: the state, nonce and PKCE verifier that the
 * answer must match. The browser holds only a random token whose SHA-256 is the key (an httpOnly
 * cookie), so the answer is bound to the browser that left, and the row is deleted when it comes
 * back (each is used once) or expires after ten minutes.
 */
export const oidcLogins = pgTable(
  'oidc_logins',
  {
    tokenHash: text('token_hash').primaryKey(),
    provider: text('provider').notNull(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    /** The page to return to afterwards (a same-site path). */
    next: text('next'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('oidc_logins_expires_idx').on(t.expiresAt)],
);
