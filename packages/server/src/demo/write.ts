/**
 * Writes a generated region in one transaction, table by table in dependency order, in
 * multi-row inserts sized well under PostgreSQL's 65,535-parameter limit.
 */
import type { PgTable } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table.js';
import type { Database, Executor } from '../db/database.js';
import { chunks } from '../import/lookups.js';
import { memberships } from '../memberships/memberships.table.js';
import { networkParents, networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { affiliations, people } from '../people/people.table.js';
import type { DemoRegion } from './region.js';

const ROWS_PER_INSERT = 2_000;

async function insertAll(db: Executor, table: PgTable, rows: readonly Record<string, unknown>[]) {
  for (const slice of chunks(rows, ROWS_PER_INSERT)) await db.insert(table).values(slice as never);
}

/** Writes every row of the region; the accounts get the given password hash. */
export async function writeRegion(db: Database, region: DemoRegion, passwordHash: string): Promise<void> {
  const { rows } = region;
  await db.transaction(async (tx) => {
    await insertAll(tx, organisations, rows.organisations);
    await insertAll(tx, people, rows.people);
    await insertAll(tx, affiliations, rows.affiliations);
    await insertAll(tx, networks, rows.networks);
    await insertAll(tx, networkParents, rows.networkParents);
    await insertAll(tx, memberships, rows.memberships);
    await insertAll(tx, accounts, rows.accounts.map((account) => ({ ...account, passwordHash })));
  });
}
