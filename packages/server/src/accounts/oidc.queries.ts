import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { people } from '../people/people.table.js';
import { accounts } from './accounts.table.js';
import { oidcIdentities, oidcLogins } from './oidc.table.js';

/** How long a browser may take at the provider before its sign-in must start again. */
export const OIDC_LOGIN_LIFETIME_MS = 10 * 60 * 1000;

export async function insertOidcLogin(
  db: Executor,
  login: {
    tokenHash: string;
    provider: string;
    state: string;
    nonce: string;
    codeVerifier: string;
    next: string | null;
  },
) {
  await db.insert(oidcLogins).values({ ...login, expiresAt: new Date(Date.now() + OIDC_LOGIN_LIFETIME_MS) });
}

/** Deletes and returns the pending sign-in under this token hash, if it has not expired: each is used once. */
export async function takeOidcLogin(db: Executor, tokenHash: string) {
  const [row] = await db.delete(oidcLogins).where(eq(oidcLogins.tokenHash, tokenHash)).returning();
  return row && row.expiresAt.getTime() > Date.now() ? row : undefined;
}

export async function pruneExpiredOidcLogins(db: Executor) {
  await db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, sql`now()`));
}

/** The person an (issuer, subject) pair was recorded for. */
export async function findOidcIdentity(db: Executor, issuer: string, subject: string) {
  const [row] = await db
    .select({ personId: oidcIdentities.personId })
    .from(oidcIdentities)
    .where(and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject)));
  return row;
}

/** Records the pair, or notes the sign-in on it. */
export async function rememberOidcIdentity(db: Executor, issuer: string, subject: string, personId: string) {
  await db
    .insert(oidcIdentities)
    .values({ issuer, subject, personId })
    .onConflictDoUpdate({
      target: [oidcIdentities.issuer, oidcIdentities.subject],
      set: { lastSignInAt: sql`now()` },
    });
}

/** The person (not a tombstone) with this email (lower-cased), and whether they have an account. */
export async function findPersonByEmail(db: Executor, email: string) {
  const [row] = await db
    .select({ personId: people.id, accountId: accounts.personId })
    .from(people)
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(eq(people.email, email));
  return row;
}

/** Whether the person has an account (they may have been erased since the pair was recorded). */
export async function hasAccount(db: Executor, personId: string) {
  const [row] = await db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.personId, personId));
  return row !== undefined;
}

/** An account without a password: it signs in through an identity provider (or a reset link later). */
export async function insertPasswordlessAccount(db: Executor, personId: string) {
  await db.insert(accounts).values({ personId, passwordHash: null }).onConflictDoNothing();
}
