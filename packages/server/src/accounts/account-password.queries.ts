import { eq } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { accounts } from './accounts.table.js';

/** The person's password hash (null when they have none yet), to check a re-entered password. */
export async function passwordHashOf(db: Executor, personId: string): Promise<string | null> {
  const [row] = await db
    .select({ hash: accounts.passwordHash })
    .from(accounts)
    .where(eq(accounts.personId, personId));
  return row?.hash ?? null;
}
