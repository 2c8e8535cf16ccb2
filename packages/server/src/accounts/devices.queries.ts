import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { signInDevices } from './accounts.table.js';

/** A browser keeps its device trust this long after its last sign-in there. */
export const DEVICE_LIFETIME_MS = 180 * 24 * 60 * 60 * 1000;

/** The unexpired devices among these token hashes, whichever email each belongs to. */
export async function findLiveDevices(db: Executor, tokenHashes: string[]) {
  if (tokenHashes.length === 0) return [];
  return db
    .select({ id: signInDevices.id, email: signInDevices.email, tokenHash: signInDevices.tokenHash })
    .from(signInDevices)
    .where(and(inArray(signInDevices.tokenHash, tokenHashes), gt(signInDevices.expiresAt, sql`now()`)));
}

export async function insertDevice(
  db: Executor,
  device: { tokenHash: string; personId: string; email: string },
) {
  await db.insert(signInDevices).values({ ...device, expiresAt: new Date(Date.now() + DEVICE_LIFETIME_MS) });
}

export async function deleteDevice(db: Executor, id: string) {
  await db.delete(signInDevices).where(eq(signInDevices.id, id));
}

/** Forgets every device of a person; returns how many. */
export async function deleteDevicesOf(db: Executor, personId: string): Promise<number> {
  const removed = await db
    .delete(signInDevices)
    .where(eq(signInDevices.personId, personId))
    .returning({ id: signInDevices.id });
  return removed.length;
}

/** Deletes expired devices (an indexed delete, cheap to run on every sign-in). */
export async function pruneExpiredDevices(db: Executor) {
  await db.delete(signInDevices).where(lt(signInDevices.expiresAt, sql`now()`));
}
