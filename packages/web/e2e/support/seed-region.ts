/**
 * The region the browser tests run on: the deterministic demo region (what the first screen
 * shows), plus the facts the tests need about it, read back from the database and the API.
 */
import { sql } from 'drizzle-orm';
import type { App } from '../../../server/src/app.js';
import type { Database } from '../../../server/src/db/database.js';
import { queryRows } from '../../../server/src/db/database.js';
import { DEMO_PASSWORD } from '../../../server/src/demo/accounts.js';
import { buildDemoRegion } from '../../../server/src/demo/build-demo-region.js';
import { TestClient } from '../../../server/src/test-support/http-client.js';
import type { Account, SeededRegion } from './region.ts';

/** The demo's showcase network: its coordinator, evaluator and member have demo sign-ins. */
const SHOWCASE = 'lectura-compartida';
/** What the add-member type-ahead asks for (see src/memberships/memberships.api.ts). */
const TYPE_AHEAD_LIMIT = 25;

export async function seedRegion(db: Database, app: App): Promise<SeededRegion> {
  await buildDemoRegion(db);
  const account = async (email: string): Promise<Account> => {
    const [row] = await queryRows<{ name: string }>(
      db,
      sql`select display_name as name from people where email = ${email}`,
    );
    if (!row) throw new Error(`The demo region has no person with the email ${email}.`);
    return { email, password: DEMO_PASSWORD, name: row.name };
  };
  const [network] = await queryRows<{
    id: string;
    name: string;
    kind: string;
    region: string;
    level: number;
  }>(db, sql`select id, name, kind, region, level from networks where slug = ${SHOWCASE}`);
  if (!network) throw new Error(`The demo region has no network ${SHOWCASE}.`);
  const coordinator = await account('coordinator@demo.trellis.test');
  return {
    admin: await account('admin@demo.trellis.test'),
    coordinator,
    evaluator: await account('evaluator@demo.trellis.test'),
    member: await account('member@demo.trellis.test'),
    network: { slug: SHOWCASE, name: network.name },
    candidate: await findableOutsider(db, app, coordinator, network.id),
    search: { text: 'lectura', kind: network.kind, level: String(network.level), region: network.region },
  };
}

/**
 * Someone in no membership of the network whom the type-ahead finds by their full name. The
 * people search returns similar spellings in name order, so with common surnames an exact name
 * can fall outside the first page; the test needs someone it does not (see the report on search
 * ranking), and asks the API rather than guessing.
 */
async function findableOutsider(db: Database, app: App, coordinator: Account, networkId: string) {
  const outsiders = await queryRows<{ name: string }>(
    db,
    sql`select display_name as name from people p where not exists (select 1 from network_memberships m
      where m.network_id = ${networkId} and m.person_id = p.id) order by p.display_name limit 200`,
  );
  const client = await new TestClient(app).signIn(coordinator.email, coordinator.password);
  for (const { name } of outsiders) {
    const query = new URLSearchParams({ q: name, limit: String(TYPE_AHEAD_LIMIT) });
    const found = await client.get<{ items: { displayName: string }[] }>(`/api/v1/people?${query}`);
    if (found.body.items.filter((person) => person.displayName === name).length === 1)
      return { name, search: name };
  }
  throw new Error('No one outside the network can be found by name through the people search.');
}
