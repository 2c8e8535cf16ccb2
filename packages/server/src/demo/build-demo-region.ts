/**
 * The demo region (`trellis demo`, and the first start): the same data on every build, from a
 * seed. Generation is pure (no database) and runs as steps that each add to the region; a later
 * capability adds its data (ties, outcomes, resources, events) as one more step. See docs/demo-region.md.
 */
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { hashPassword } from '../accounts/passwords.js';
import { recordAudit } from '../audit/audit.js';
import { auditLog } from '../audit/audit.table.js';
import { queryRows, type Database } from '../db/database.js';
import * as schema from '../schema.js';
import { addDemoAccounts, DEMO_PASSWORD, reserveDemoEmails } from './accounts.js';
import { EmailBook } from './names.js';
import { addNeeds } from './needs.js';
import { addNetworks } from './networks.js';
import { addOtherOrganisations, addSchools } from './organisations.js';
import { addPeople } from './people.js';
import { emptyRegion, type DemoRegion } from './region.js';
import { generateInquiries, writeInquiries } from './inquiries.js';
import { addPractices } from './practices.js';
import { addCollections, addResources } from './resources.js';
import { addSurveys } from './surveys.js';
import { writeRegion } from './write.js';

export const DEFAULT_DEMO_SEED = 2026;

export interface DemoOptions {
  seed?: number;
  /** Shrinks every count (fixed organisations excepted), e.g. 0.05 for fast tests. */
  scale?: number;
}

/** Generates the region in memory, without touching a database. */
export function generateDemoRegion(options: DemoOptions = {}): DemoRegion {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(seed)) throw new Error(`The demo seed must be an integer, not ${seed}.`);
  if (!(scale > 0 && scale <= 1)) throw new Error(`The demo scale must be in (0, 1], not ${scale}.`);
  const region = emptyRegion(seed, scale);
  const emails = new EmailBook();
  reserveDemoEmails(emails);
  addSchools(region);
  addOtherOrganisations(region);
  addPeople(region, emails);
  addNetworks(region);
  addDemoAccounts(region);
  addNeeds(region);
  addSurveys(region);
  const bank = addResources(region);
  addPractices(region, bank);
  addCollections(region, bank);
  return region;
}

/** Builds the demo region into an empty database and returns what it wrote. */
export async function buildDemoRegion(db: Database, options: DemoOptions = {}) {
  if (!(await isDatabaseEmpty(db))) {
    throw new Error(
      'The database already holds organisations, people or networks; the demo region goes into an empty one (trellis demo --force clears it first).',
    );
  }
  const region = generateDemoRegion(options);
  const inquiries = generateInquiries(region);
  const counts = {
    ...countRows(region),
    inquiries: inquiries.inquiries.length,
    'measure points': inquiries.measurePoints.length,
  };
  // argon2 is slow on purpose: hash the shared demo password once for every demo account.
  await writeRegion(db, region, await hashPassword(DEMO_PASSWORD), {
    seed: region.seed,
    scale: region.scale,
    counts,
  });
  // Collaborative inquiry (issue 13): its own step, after the bank its change ideas link to.
  await db.transaction((tx) => writeInquiries(tx, inquiries));
  return { counts };
}

/** How many rows of each kind a region has: what `trellis demo` reports. */
function countRows({ rows }: DemoRegion) {
  return {
    organisations: rows.organisations.length,
    people: rows.people.length,
    affiliations: rows.affiliations.length,
    networks: rows.networks.length,
    memberships: rows.memberships.length,
    accounts: rows.accounts.length,
    surveys: rows.surveys.length,
    'survey waves': rows.surveyWaves.length,
    'survey responses': rows.surveyResponses.length,
    nominations: rows.surveyNominations.length,
    ties: expectedTies(rows),
    resources: rows.resources.length,
    practices: rows.practices.length,
    'evidence items': rows.evidenceItems.length,
    adoptions: rows.adoptions.length,
    collections: rows.collections.length,
  };
}

/** The ties closing the region's waves makes: one per nomination in a submitted response to a closed wave. */
function expectedTies(rows: DemoRegion['rows']): number {
  const closed = new Set(rows.surveyWaves.filter((wave) => wave.status === 'closed').map((wave) => wave.id));
  const answered = new Set(
    rows.surveyResponses
      .filter((response) => response.status === 'submitted' && closed.has(response.waveId))
      .map((response) => response.id),
  );
  return rows.surveyNominations.filter((nomination) => answered.has(nomination.responseId)).length;
}

/** True when there are no organisations, people or networks: the first start, or after `clearAllData`. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await queryRows<{ empty: boolean }>(
    db,
    sql`select not exists (select 1 from organisations) and not exists (select 1 from people)
      and not exists (select 1 from networks) as empty`,
  );
  return row?.empty ?? true;
}

/** Every table of the schema but the audit log: what `clearAllData` empties. Derived, so new tables are never forgotten. */
export const CLEARED_TABLES: readonly string[] = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableName(table))
  .filter((name) => name !== getTableName(auditLog))
  .sort();

/** Removes every domain row (for `trellis demo --force`); the audit log keeps a record that it happened. */
export async function clearAllData(db: Database): Promise<void> {
  const tables = sql.join(
    CLEARED_TABLES.map((name) => sql.identifier(name)),
    sql`, `,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`truncate ${tables} restart identity`);
    await recordAudit(tx, {
      actorId: null,
      action: 'data.clear_all',
      entityType: 'platform',
      details: { tables: CLEARED_TABLES },
    });
  });
}
