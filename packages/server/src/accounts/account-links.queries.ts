import { and, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { people } from '../people/people.table.js';
import { accountLinks, type AccountLinkPurpose } from './account-links.table.js';
import { accounts } from './accounts.table.js';
import { hashToken, newToken } from './tokens.js';

/** How long each kind of link works. */
export const LINK_LIFETIME_MS: Record<AccountLinkPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
  email_change: 24 * 60 * 60 * 1000,
};

/** Stores a new one-time link (its token's hash) and returns the token, for the mail only. */
export async function insertAccountLink(
  db: Executor,
  link: { personId: string; purpose: AccountLinkPurpose; newEmail?: string },
): Promise<string> {
  const token = newToken();
  await db.insert(accountLinks).values({
    tokenHash: hashToken(token),
    personId: link.personId,
    purpose: link.purpose,
    newEmail: link.newEmail ?? null,
    expiresAt: new Date(Date.now() + LINK_LIFETIME_MS[link.purpose]),
  });
  return token;
}

/**
 * Uses a link up, if it is one of these purposes, unused and unexpired: one statement, so two
 * clicks at once cannot both succeed. Returns what it was for.
 */
export async function consumeAccountLink(
  db: Executor,
  token: string,
  purposes: readonly AccountLinkPurpose[],
) {
  const [row] = await db
    .update(accountLinks)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(accountLinks.tokenHash, hashToken(token)),
        inArray(accountLinks.purpose, [...purposes]),
        isNull(accountLinks.usedAt),
        gt(accountLinks.expiresAt, sql`now()`),
      ),
    )
    .returning();
  return row;
}

/** How many links of this purpose the person was sent in the last `seconds`. */
export async function recentLinkCount(
  db: Executor,
  personId: string,
  purpose: AccountLinkPurpose,
  seconds: number,
) {
  const [row] = await db
    .select({ n: count() })
    .from(accountLinks)
    .where(
      and(
        eq(accountLinks.personId, personId),
        eq(accountLinks.purpose, purpose),
        gt(accountLinks.createdAt, sql`now() - make_interval(secs => ${seconds})`),
      ),
    );
  return row?.n ?? 0;
}

/** Other live links of these purposes stop working (a new password ends older reset links). */
export async function retireLinksOf(db: Executor, personId: string, purposes: readonly AccountLinkPurpose[]) {
  await db
    .update(accountLinks)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(accountLinks.personId, personId),
        inArray(accountLinks.purpose, [...purposes]),
        isNull(accountLinks.usedAt),
      ),
    );
}

/** The person with this email (lower-cased), their account's state and language. */
export async function findPersonWithAccount(db: Executor, email: string) {
  const [row] = await db
    .select({
      id: people.id,
      displayName: people.displayName,
      email: people.email,
      hasAccount: sql<boolean>`${accounts.personId} is not null`,
      hasPassword: sql<boolean>`${accounts.passwordHash} is not null`,
      locale: accounts.locale,
    })
    .from(people)
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(and(eq(people.email, email), isNull(people.erasedAt)));
  return row;
}

export async function personWithAccountById(db: Executor, personId: string) {
  const [row] = await db
    .select({ id: people.id, displayName: people.displayName, email: people.email, locale: accounts.locale })
    .from(people)
    .innerJoin(accounts, eq(accounts.personId, people.id))
    .where(eq(people.id, personId));
  return row;
}

export async function insertInvitedPerson(db: Executor, person: { displayName: string; email: string }) {
  const [row] = await db.insert(people).values(person).returning({ id: people.id });
  return row!.id;
}

/** An account without a password, for someone invited (does nothing if they have one). */
export async function ensureAccount(db: Executor, personId: string) {
  await db.insert(accounts).values({ personId, passwordHash: null }).onConflictDoNothing();
}

export async function setPasswordHash(db: Executor, personId: string, passwordHash: string) {
  await db.update(accounts).set({ passwordHash }).where(eq(accounts.personId, personId));
}

export async function emailTaken(db: Executor, email: string) {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.email, email));
  return row !== undefined;
}

export async function setPersonEmail(db: Executor, personId: string, email: string) {
  await db.update(people).set({ email, updatedAt: new Date() }).where(eq(people.id, personId));
}
