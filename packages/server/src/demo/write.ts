/**
 * Writes a generated region in one transaction, table by table in dependency order, in
 * multi-row inserts sized well under PostgreSQL's 65,535-parameter limit.
 */
import type { PgTable } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table.js';
import { recordAudit } from '../audit/audit.js';
import type { Database, Executor } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import { networkParents, networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { affiliations, people } from '../people/people.table.js';
import type { DemoRegion } from './region.js';

/**
 * Bind parameters per statement. A quarter of PostgreSQL's limit: big enough that the full
 * region takes a few dozen statements, small enough that no row shape gets near the limit.
 */
const PARAMETERS_PER_INSERT = 16_000;

/** Inserts rows in slices of at most PARAMETERS_PER_INSERT bound values. */
export async function insertAll(db: Executor, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Math.max(1, Object.keys(rows[0]!).length);
  const size = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns));
  for (let start = 0; start < rows.length; start += size) {
    await db.insert(table).values(rows.slice(start, start + size) as never);
  }
}

/** Writes every row of the region and one audit entry; the accounts get the given password hash. */
export async function writeRegion(db: Database, region: DemoRegion, passwordHash: string, details: Record<string, unknown>): Promise<void> {
  const { rows } = region;
  await db.transaction(async (tx) => {
    await insertAll(tx, organisations, rows.organisations);
    await insertAll(tx, people, rows.people);
    await insertAll(tx, affiliations, rows.affiliations);
    await insertAll(tx, networks, rows.networks);
    await insertAll(tx, networkParents, rows.networkParents);
    await insertAll(tx, memberships, rows.memberships);
    await insertAll(tx, accounts, rows.accounts.map((account) => ({ ...account, passwordHash })));
    await recordAudit(tx, { actorId: null, action: 'demo.build', entityType: 'platform', details });
  });
}
