import { randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { decodeCursor } from '../shared/pagination.js';
import type { MailCategory, MailKind } from '../shared/mail-kinds.js';
import { mails, mailSigningKey, mailUnsubscribes } from './mail.table.js';

export type MailRow = typeof mails.$inferSelect;

export interface NewMail {
  kind: MailKind;
  personId: string | null;
  toAddress: string;
  locale: string;
  params: Record<string, string>;
  /** Not before this time (a wave's opening day); now when left out. */
  notBefore?: Date;
}

/** Queues messages in the caller's transaction; the mail runner sends them. */
export async function insertMails(db: Executor, rows: readonly NewMail[]): Promise<MailRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(mails)
    .values(
      rows.map(({ notBefore, ...row }) => ({
        ...row,
        ...(notBefore ? { nextAttemptAt: notBefore } : {}),
      })),
    )
    .returning();
}

/**
 * Takes the oldest due message, if any, and counts the attempt (another process never takes the
 * same one: FOR UPDATE SKIP LOCKED, as the analysis runner does).
 */
export async function claimNextDueMail(db: Executor): Promise<MailRow | undefined> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`update mails set status = 'sending', attempts = attempts + 1
      where id = (select id from mails where status = 'queued' and next_attempt_at <= now()
        order by next_attempt_at, id limit 1 for update skip locked)
      returning id`,
  );
  if (!row) return undefined;
  return findMail(db, row.id);
}

/** Messages a runner took and never finished (it stopped mid-send) go back to the queue. */
export async function requeueStaleMails(db: Executor): Promise<void> {
  await db.update(mails).set({ status: 'queued' }).where(eq(mails.status, 'sending'));
}

export async function findMail(db: Executor, id: string): Promise<MailRow | undefined> {
  const [row] = await db.select().from(mails).where(eq(mails.id, id));
  return row;
}

/** Marks a message sent; `params` replaced when its one-time link should not outlive the sending. */
export async function markMailSent(db: Executor, id: string, params?: Record<string, string>) {
  await db
    .update(mails)
    .set({ status: 'sent', sentAt: new Date(), lastError: null, ...(params ? { params } : {}) })
    .where(eq(mails.id, id));
}

/** Puts a message back in the queue for a later attempt, or marks it failed for good. */
export async function markMailAttemptFailed(
  db: Executor,
  id: string,
  failure: { error: string; retryAt: Date | null },
) {
  await db
    .update(mails)
    .set(
      failure.retryAt
        ? { status: 'queued', nextAttemptAt: failure.retryAt, lastError: failure.error }
        : { status: 'failed', lastError: failure.error },
    )
    .where(eq(mails.id, id));
}

/** The outbox, newest first, a page at a time. */
export async function listMails(db: Executor, page: { cursor?: string | undefined; limit: number }) {
  const after = page.cursor ? decodeCursor(page.cursor, ['text', 'uuid'] as const) : undefined;
  return db
    .select()
    .from(mails)
    .where(
      after
        ? or(
            lt(mails.createdAt, new Date(after[0])),
            and(eq(mails.createdAt, new Date(after[0])), lt(mails.id, after[1])),
          )
        : undefined,
    )
    .orderBy(desc(mails.createdAt), desc(mails.id))
    .limit(page.limit + 1);
}

/** Of these people, those who have unsubscribed from the category. */
export async function unsubscribedAmong(
  db: Executor,
  personIds: readonly string[],
  category: MailCategory,
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .select({ personId: mailUnsubscribes.personId })
    .from(mailUnsubscribes)
    .where(and(eq(mailUnsubscribes.category, category), inArray(mailUnsubscribes.personId, [...personIds])));
  return new Set(rows.map((row) => row.personId));
}

export async function insertUnsubscribe(db: Executor, personId: string, category: MailCategory) {
  await db.insert(mailUnsubscribes).values({ personId, category }).onConflictDoNothing();
}

/** The key unsubscribe links are signed with, made on first use. */
export async function signingKey(db: Executor): Promise<string> {
  await db
    .insert(mailSigningKey)
    .values({ id: 1, key: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db
    .select({ key: mailSigningKey.key })
    .from(mailSigningKey)
    .where(eq(mailSigningKey.id, 1));
  return row!.key;
}

/** People's language and address, for mail to them: their account's language, else none. */
export async function recipientsOf(db: Executor, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return queryRows<{ id: string; email: string | null; locale: string | null; displayName: string }>(
    db,
    sql`select p.id, p.email, a.locale, p.display_name as "displayName"
      from people p left join accounts a on a.person_id = p.id
      where p.id in (${sql.join(
        personIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) and p.erased_at is null`,
  );
}

/**
 * Erasure: the mail to the person goes with them (its person_id cascades), and so does mail to
 * others that names them (an introduction, an invitation from them): any message whose values
 * about someone else (`otherName`, `otherEmail`, `inviterName`) are theirs.
 */
export async function deleteMailsNaming(db: Executor, values: readonly string[]): Promise<void> {
  const named = values.filter((value) => value.length > 0);
  if (named.length === 0) return;
  await db.execute(
    sql`delete from mails m where exists (select 1 from jsonb_each_text(m.params) p
      where p.key in ('otherName', 'otherEmail', 'inviterName') and p.value in (${sql.join(
        named.map((value) => sql`${value}`),
        sql`, `,
      )}))`,
  );
}
