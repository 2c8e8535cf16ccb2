import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { people } from '../people/people.table.js';
import { accounts, sessions, signInAttempts } from './accounts.table.js';

/** Sessions last 14 days from sign-in. */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** The signed-in person as every authorisation decision sees them. */
export interface Actor {
  personId: string;
  displayName: string;
  email: string | null;
  isAdmin: boolean;
  locale: string | null;
  csrfToken: string;
  tokenHash: string;
  /** When the session ends (a cached actor must not outlive it). */
  expiresAt: Date;
}

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
  const removed = await db.delete(sessions).where(eq(sessions.personId, personId)).returning({ id: sessions.tokenHash });
  return removed.length;
}

export async function recordSignInAttempt(
  db: Executor,
  attempt: { email: string; clientAddress: string; succeeded: boolean },
) {
  await db.insert(signInAttempts).values(attempt);
}

/** Failed attempts since `since`, for one email and for one client address. */
export async function countRecentFailures(db: Executor, email: string, clientAddress: string, since: Date) {
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${signInAttempts.email} = ${email})::int`,
      byClient: sql<number>`count(*) filter (where ${signInAttempts.clientAddress} = ${clientAddress})::int`,
    })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, since),
        sql`(${signInAttempts.email} = ${email} or ${signInAttempts.clientAddress} = ${clientAddress})`,
      ),
    );
  return { byEmail: row?.byEmail ?? 0, byClient: row?.byClient ?? 0 };
}

export async function setAccountLocale(db: Executor, personId: string, locale: string) {
  await db.update(accounts).set({ locale }).where(eq(accounts.personId, personId));
}

/**
 * Housekeeping on each successful sign-in, cheap because both deletes use an index: the person's
 * expired sessions, and this email's attempts older than `before` (past any rate-limit window).
 */
export async function pruneStale(db: Executor, personId: string, email: string, before: Date) {
  await db.delete(sessions).where(and(eq(sessions.personId, personId), lt(sessions.expiresAt, sql`now()`)));
  await db.delete(signInAttempts).where(and(eq(signInAttempts.email, email), lt(signInAttempts.at, before)));
}
