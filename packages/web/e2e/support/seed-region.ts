/**
 * The region the browser tests run on: the deterministic demo region (what the first screen
 * shows), plus the facts the tests need about it, read back from the database.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../../server/src/db/database.js';
import { queryRows } from '../../../server/src/db/database.js';
import { DEMO_PASSWORD } from '../../../server/src/demo/accounts.js';
import { buildDemoRegion } from '../../../server/src/demo/build-demo-region.js';
import type { Account, SeededRegion } from './region.ts';

/** The demo's showcase network: its coordinator, evaluator and member have demo sign-ins. */
const SHOWCASE = 'lectura-compartida';

export async function seedRegion(db: Database): Promise<SeededRegion> {
  await buildDemoRegion(db);
  const account = async (email: string): Promise<Account> => {
    const [row] = await queryRows<{ name: string }>(
      db,
      sql`select display_name as name from people where email = ${email}`,
    );
    if (!row) throw new Error(`The demo region has no person with the email ${email}.`);
    return { email, password: DEMO_PASSWORD, name: row.name };
  };
  const [network] = await queryRows<{ name: string; kind: string; region: string; level: number }>(
    db,
    sql`select name, kind, region, level from networks where slug = ${SHOWCASE}`,
  );
  if (!network) throw new Error(`The demo region has no network ${SHOWCASE}.`);
  // A teacher at a school in no network: certainly not yet a member.
  const candidate = await account('teacher@demo.trellis.test');
  return {
    coordinator: await account('coordinator@demo.trellis.test'),
    evaluator: await account('evaluator@demo.trellis.test'),
    member: await account('member@demo.trellis.test'),
    network: { slug: SHOWCASE, name: network.name },
    candidate: { name: candidate.name, search: candidate.name },
    search: { text: 'lectura', kind: network.kind, level: String(network.level), region: network.region },
  };
}
