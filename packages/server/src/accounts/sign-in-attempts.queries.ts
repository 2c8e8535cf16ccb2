import { createHash } from 'node:crypto';
import { eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor, type Transaction } from '../db/database.js';
import { signInAttempts } from './accounts.table.js';

/** Who an attempt counts against: its email, its rate-limit address, and its known device if any. */
export interface AttemptKey {
  email: string;
  address: string;
  deviceId: string | null;
}

/** How full one bucket is: failures in the window, and when it will have room again if it has none. */
export interface BucketState {
  failures: number;
  /** Seconds until the failure that fills the bucket leaves the window; null while there is room. */
  retryAfterSeconds: number | null;
}

/**
 * Takes PostgreSQL advisory locks held until the transaction ends, one per key, always in
 * ascending order so that two transactions never wait on each other in a cycle. Keys are hashed
 * to the lock's 64-bit number; a collision only makes two unrelated attempts take turns.
 */
export async function lockAttemptKeys(tx: Transaction, keys: string[]) {
  const ids = [...new Set(keys.map(lockId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ids) await tx.execute(sql`select pg_advisory_xact_lock(${id.toString()}::bigint)`);
}

function lockId(key: string): bigint {
  return createHash('sha256').update(`trellis sign-in ${key}`).digest().readBigInt64BE(0);
}

const inWindow = (windowSeconds: number) =>
  sql`${signInAttempts.at} > now() - make_interval(secs => ${windowSeconds})`;

/** Failed or still-unsettled attempts count: a password being checked may yet be wrong. */
const notSucceeded = sql`${signInAttempts.succeeded} is not true`;

/** Failures matching `where` in the window; the bucket is full at `limit`. */
export async function failureBucket(
  db: Executor,
  where: SQL,
  limit: number,
  windowSeconds: number,
): Promise<BucketState> {
  const [row] = await queryRows<{ failures: number; retry_after: number | null }>(
    db,
    sql`select count(*)::int as failures,
          ceil(extract(epoch from (array_agg(${signInAttempts.at} order by ${signInAttempts.at} desc))[${limit}::int]
            + make_interval(secs => ${windowSeconds}) - now()))::int as retry_after
        from ${signInAttempts}
        where ${where} and ${notSucceeded} and ${inWindow(windowSeconds)}`,
  );
  return { failures: row?.failures ?? 0, retryAfterSeconds: row?.retry_after ?? null };
}

/** How many different emails failed matching `where` in the window; full at `limit` emails. */
export async function distinctEmailBucket(
  db: Executor,
  where: SQL,
  limit: number,
  windowSeconds: number,
): Promise<BucketState> {
  const [row] = await queryRows<{ failures: number; retry_after: number | null }>(
    db,
    sql`select count(*)::int as failures,
          ceil(extract(epoch from (array_agg(last_failure order by last_failure desc))[${limit}::int]
            + make_interval(secs => ${windowSeconds}) - now()))::int as retry_after
        from (select max(${signInAttempts.at}) as last_failure
              from ${signInAttempts}
              where ${where} and ${notSucceeded} and ${inWindow(windowSeconds)}
              group by ${signInAttempts.email}) as emails`,
  );
  return { failures: row?.failures ?? 0, retryAfterSeconds: row?.retry_after ?? null };
}

/** Attempts made with this known device for its email. */
export const byDevice = (deviceId: string) => sql`${signInAttempts.deviceId} = ${deviceId}`;

/** Attempts without a known device for this email, from this address. */
export const byEmailAndAddress = (email: string, address: string) =>
  sql`${signInAttempts.email} = ${email} and ${signInAttempts.clientAddress} = ${address} and ${signInAttempts.deviceId} is null`;

/** Attempts without a known device for this email, from anywhere. */
export const byEmail = (email: string) =>
  sql`${signInAttempts.email} = ${email} and ${signInAttempts.deviceId} is null`;

/** Attempts without a known device, on any email, from this address. */
export const byAddress = (address: string) =>
  sql`${signInAttempts.clientAddress} = ${address} and ${signInAttempts.deviceId} is null`;

/** Records an attempt before its password is checked (succeeded: null); returns its id. */
export async function insertPendingAttempt(db: Executor, key: AttemptKey): Promise<number> {
  const [row] = await db
    .insert(signInAttempts)
    .values({ email: key.email, clientAddress: key.address, deviceId: key.deviceId, succeeded: null })
    .returning({ id: signInAttempts.id });
  return row!.id;
}

/** Records how a checked attempt ended. */
export async function settleAttempt(db: Executor, id: number, succeeded: boolean) {
  await db.update(signInAttempts).set({ succeeded }).where(eq(signInAttempts.id, id));
}

/**
 * Deletes attempts older than the window: they no longer count, and they name an email and an
 * address. Rows another sign-in is deleting are skipped (SKIP LOCKED), so concurrent prunes never
 * wait on each other.
 */
export async function pruneOldAttempts(db: Executor, windowSeconds: number) {
  await db.execute(
    sql`delete from ${signInAttempts} where ${signInAttempts.id} in (
          select ${signInAttempts.id} from ${signInAttempts}
          where ${signInAttempts.at} < now() - make_interval(secs => ${windowSeconds})
          for update skip locked)`,
  );
}
