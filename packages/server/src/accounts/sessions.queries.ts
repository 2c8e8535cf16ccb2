import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Actor } from '../authz/actor.js';
import type { Executor } from '../db/database.js';
import { people } from '../people/people.table.js';
import { accounts, sessions } from './accounts.table.js';

/** Sessions last 14 days from sign-in. */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** Finds the account that may sign in with this email (lower-cased). */
export async function findAccountByEmail(db: Executor, email: string) {
  const [row] = await db
    .select({ personId: accounts.personId, passwordHash: accounts.passwordHash })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(people.email, email));
  return row;
}

export async function insertSession(
  db: Executor,
  session: { tokenHash: string; personId: string; csrfToken: string; userAgent: string | null },
) {
  await db.insert(sessions).values({ ...session, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) });
}

/** The actor behind a session token hash, if the session exists and has not expired. */
export async function findActorBySession(db: Executor, tokenHash: string): Promise<Actor | undefined> {
  const [row] = await db
    .select({
      personId: people.id,
      displayName: people.displayName,
      email: people.email,
      isAdmin: accounts.isAdmin,
      locale: accounts.locale,
      csrfToken: sessions.csrfToken,
      tokenHash: sessions.tokenHash,
      signedInAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .innerJoin(accounts, eq(accounts.personId, sessions.personId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`)));
  return row;
}

export async function deleteSession(db: Executor, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Signs a person out everywhere; returns how many sessions ended. */
export async function deleteSessionsOf(db: Executor, personId: string): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(eq(sessions.personId, personId))
    .returning({ id: sessions.tokenHash });
  return removed.length;
}

export async function setAccountLocale(db: Executor, personId: string, locale: string) {
  await db.update(accounts).set({ locale }).where(eq(accounts.personId, personId));
}

/** Deletes the person's expired sessions (indexed by person: cheap on each sign-in). */
export async function pruneExpiredSessions(db: Executor, personId: string) {
  await db.delete(sessions).where(and(eq(sessions.personId, personId), lt(sessions.expiresAt, sql`now()`)));
}
