/**
 * The demo region (`trellis demo`, and the first start): the same data on every build, from a
 * seed. Generation is pure (no database) and runs as steps that each add to the region; a later
 * capability adds its data (ties, outcomes, resources, events) as one more step. See docs/demo-region.md.
 */
import { sql } from 'drizzle-orm';
import { hashPassword } from '../accounts/passwords.js';
import { queryRows, type Database } from '../db/database.js';
import { addDemoAccounts, DEMO_PASSWORD, reserveDemoEmails } from './accounts.js';
import { EmailBook } from './names.js';
import { addNetworks } from './networks.js';
import { addOtherOrganisations, addSchools } from './organisations.js';
import { addPeople } from './people.js';
import { emptyRegion, type DemoRegion } from './region.js';
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
  if (!(scale > 0 && scale <= 1)) throw new Error(`The demo scale must be in (0, 1], not ${scale}.`);
  const region = emptyRegion(options.seed ?? DEFAULT_DEMO_SEED, scale);
  const emails = new EmailBook();
  reserveDemoEmails(emails);
  addSchools(region);
  addOtherOrganisations(region);
  addPeople(region, emails);
  addNetworks(region);
  addDemoAccounts(region);
  return region;
}

/** Builds the demo region into an empty database and returns what it wrote. */
export async function buildDemoRegion(db: Database, options: DemoOptions = {}) {
  const region = generateDemoRegion(options);
  await writeRegion(db, region, await hashPassword(DEMO_PASSWORD));
  const { rows } = region;
  return {
    counts: {
      organisations: rows.organisations.length,
      people: rows.people.length,
      affiliations: rows.affiliations.length,
      networks: rows.networks.length,
      memberships: rows.memberships.length,
    },
  };
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

/** Removes every domain row (for `trellis demo --force`); the audit log keeps a record that it happened. */
export async function clearAllData(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`truncate network_memberships, network_parents, networks, affiliations, accounts, sessions,
      sign_in_attempts, people, organisations`);
    await tx.execute(sql`insert into audit_log (action, entity_type) values ('data.clear_all', 'platform')`);
  });
}
