import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { introductions } from './introductions.table.js';

export type IntroductionRow = typeof introductions.$inferSelect;

export async function insertIntroduction(
  db: Executor,
  values: { requesterId: string; targetId: string; networkId: string | null },
) {
  const [row] = await db.insert(introductions).values(values).returning();
  return row!;
}

export async function findIntroduction(db: Executor, id: string) {
  const [row] = await db.select().from(introductions).where(eq(introductions.id, id));
  return row;
}

/** How many introductions the person asked for in the last day. */
export async function introductionsAskedToday(db: Executor, requesterId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(introductions)
    .where(
      and(
        eq(introductions.requesterId, requesterId),
        gt(introductions.createdAt, sql`now() - interval '1 day'`),
      ),
    );
  return row?.n ?? 0;
}

/** An unanswered request between the same two people, in this direction. */
export async function pendingIntroduction(db: Executor, requesterId: string, targetId: string) {
  const [row] = await db
    .select({ id: introductions.id })
    .from(introductions)
    .where(
      and(
        eq(introductions.requesterId, requesterId),
        eq(introductions.targetId, targetId),
        isNull(introductions.acceptedAt),
        isNull(introductions.declinedAt),
      ),
    );
  return row;
}

/** Answers a pending request; false when it was answered already. */
export async function answerIntroduction(db: Executor, id: string, accept: boolean) {
  const rows = await db
    .update(introductions)
    .set(accept ? { acceptedAt: sql`now()` } : { declinedAt: sql`now()` })
    .where(and(eq(introductions.id, id), isNull(introductions.acceptedAt), isNull(introductions.declinedAt)))
    .returning({ id: introductions.id });
  return rows.length > 0;
}
