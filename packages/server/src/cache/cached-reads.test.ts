import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { DatabaseConnection } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { networks } from '../networks/networks.table.js';
import {
  createTestPostgresDatabase,
  describeOnEachEngine,
  describeOnPostgres,
} from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson } from '../test-support/factories.js';
import { freshOpenWave } from '../test-support/world.js';
import { TestClient } from '../test-support/http-client.js';
import { DEFAULT_READ_CACHE } from './cached-reads.js';

const CACHE = DEFAULT_READ_CACHE;

describeOnEachEngine('read cache', (open) => {
  let connection: DatabaseConnection;
  let client: () => TestClient;
  const ids = {} as Record<'open' | 'closed', string>;

  beforeAll(async () => {
    connection = await open();
    const app = createApp({ db: connection.db, changes: connection.changes, cacheReads: CACHE });
    client = () => new TestClient(app);
    const openNetwork = await buildNetwork(connection.db, { slug: 'red-abierta', name: 'Red Abierta' });
    const closed = await buildNetwork(connection.db, {
      slug: 'red-cerrada',
      name: 'Red Cerrada',
      visibility: 'members',
    });
    const coordinator = await buildPerson(connection.db, { email: 'coord@example.org', account: true });
    await buildPerson(connection.db, { email: 'outsider@example.org', account: true });
    await addMember(connection.db, openNetwork.id, { personId: coordinator.id }, 'coordinator');
    await addMember(connection.db, closed.id, { personId: coordinator.id }, 'coordinator');
    Object.assign(ids, { open: openNetwork.id, closed: closed.id });
    // On PostgreSQL the cache serves once its change listener is connected.
    await waitFor(() => connection.changes.reliable);
  });
  afterAll(() => connection?.close());

  it('serves repeated reads from memory until a write through the API', async () => {
    const coordinator = await client().signIn('coord@example.org');
    const path = `/api/v1/networks/${ids.open}`;
    expect((await coordinator.get(path)).body.goal).toBe('');
    // Behind the API's back (as only a test would): the cached answer is still served…
    await connection.db.update(networks).set({ goal: 'unannounced' }).where(eq(networks.id, ids.open));
    expect((await coordinator.get(path)).body.goal).toBe('');
    // …until any write through the API empties the cache.
    expect((await coordinator.patch(path, { purpose: 'Reading together.' })).status).toBe(200);
    const after = await coordinator.get(path);
    expect(after.body).toMatchObject({ goal: 'unannounced', purpose: 'Reading together.' });
  });

  it('keeps each caller’s answer apart: members-only networks stay hidden from others', async () => {
    const coordinator = await client().signIn('coord@example.org');
    const outsider = await client().signIn('outsider@example.org');
    const path = `/api/v1/networks/${ids.closed}`;
    expect((await coordinator.get(path)).status).toBe(200);
    expect((await outsider.get(path)).status).toBe(404);
    expect((await client().get(path)).status).toBe(404);
    const names = async (who: TestClient) =>
      (await who.get('/api/v1/networks')).body.items.map((item: { slug: string }) => item.slug);
    expect(await names(coordinator)).toContain('red-cerrada');
    expect(await names(outsider)).not.toContain('red-cerrada');
  });

  it('keeps network pages and searches through saved answers, and forgets them at a network edit', async () => {
    const network = await buildNetwork(connection.db, { name: 'Red Encuesta' });
    const respondent = await buildPerson(connection.db, {
      email: `resp-${network.slug}@example.org`,
      account: true,
    });
    await addMember(connection.db, network.id, { personId: respondent.id });
    const waveId = await freshOpenWave(connection.db, network.id);
    const member = await client().signIn(respondent.email!);
    const page = `/api/v1/networks/${network.id}`;
    const search = `/api/v1/networks?q=${encodeURIComponent('encuesta')}`;
    const own = `/api/v1/waves/${waveId}/response`;
    expect((await member.get(page)).body.goal).toBe('');
    expect((await member.get(search)).body.items).toHaveLength(1);
    expect((await member.get(own)).body).toBeNull();

    // Behind the API's back, so that a read that reached the database would show it.
    await connection.db.update(networks).set({ goal: 'unannounced' }).where(eq(networks.id, network.id));
    await buildNetwork(connection.db, { name: 'Otra Encuesta' });
    const save = await member.put(own, { nominations: [], submit: false });
    expect(save.status).toBe(200);
    // The answer's own reads are forgotten…
    expect((await member.get(own)).body).not.toBeNull();
    // …the network page and the search are not: they never show answers.
    expect((await member.get(page)).body.goal).toBe('');
    expect((await member.get(search)).body.items).toHaveLength(1);

    // Any other write (here, the network edited) forgets them.
    const coordinator = await client().signIn('coord@example.org');
    await addMember(
      connection.db,
      network.id,
      { personId: (await coordinator.get('/api/v1/session')).body.person.id },
      'coordinator',
    );
    expect((await coordinator.patch(page, { purpose: 'Answering.' })).status).toBe(200);
    expect((await member.get(page)).body).toMatchObject({ goal: 'unannounced', purpose: 'Answering.' });
    expect((await member.get(search)).body.items).toHaveLength(2);
  });

  it('forgets a session as soon as it is signed out', async () => {
    const coordinator = await client().signIn('coord@example.org');
    const path = `/api/v1/networks/${ids.closed}`;
    expect((await coordinator.get(path)).status).toBe(200);
    const cookie = coordinator.cookie;
    expect((await coordinator.delete('/api/v1/session')).status).toBe(204);
    const sameCookie = client();
    sameCookie.cookie = cookie;
    expect((await sameCookie.get(path)).status).toBe(404);
    expect((await sameCookie.get('/api/v1/people?q=a')).status).toBe(401);
  });
});

describeOnPostgres('read cache across processes on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof createTestPostgresDatabase>>;
  const connections: DatabaseConnection[] = [];

  beforeAll(async () => {
    database = await createTestPostgresDatabase();
    for (let i = 0; i < 2; i++)
      connections.push(await openDatabase({ databaseUrl: database.url, poolSize: 2 }));
  });
  afterAll(async () => {
    for (const connection of connections) await connection.close();
    await database?.drop();
  });

  it('empties one server’s cache when another server, or a command, writes', async () => {
    const [first, second] = connections as [DatabaseConnection, DatabaseConnection];
    const network = await buildNetwork(first.db, { slug: 'red-compartida', name: 'Red Compartida' });
    const coordinator = await buildPerson(first.db, { email: 'coord@example.org', account: true });
    await addMember(first.db, network.id, { personId: coordinator.id }, 'coordinator');
    const reader = new TestClient(createApp({ db: first.db, changes: first.changes, cacheReads: CACHE }));
    const writer = await new TestClient(createApp({ db: second.db, changes: second.changes })).signIn(
      'coord@example.org',
    );
    await waitFor(() => first.changes.reliable);

    const path = `/api/v1/networks/${network.id}`;
    expect((await reader.get(path)).body.purpose).toBe('');
    expect((await writer.patch(path, { purpose: 'Written by the other server.' })).status).toBe(200);
    await waitFor(async () => (await reader.get(path)).body.purpose === 'Written by the other server.');

    await second.db.update(networks).set({ purpose: 'Imported.' }).where(eq(networks.id, network.id));
    await second.changes.announce();
    await waitFor(async () => (await reader.get(path)).body.purpose === 'Imported.');
  });

  it('carries what a write touched to the other server: a saved answer leaves its network page cached', async () => {
    const [first, second] = connections as [DatabaseConnection, DatabaseConnection];
    const network = await buildNetwork(first.db, { slug: 'red-respuestas', name: 'Red Respuestas' });
    const member = await buildPerson(first.db, { email: 'member@example.org', account: true });
    await addMember(first.db, network.id, { personId: member.id });
    const waveId = await freshOpenWave(first.db, network.id);
    const reader = await new TestClient(
      createApp({ db: first.db, changes: first.changes, cacheReads: CACHE }),
    ).signIn('member@example.org');
    const writer = await new TestClient(createApp({ db: second.db, changes: second.changes })).signIn(
      'member@example.org',
    );
    await waitFor(() => first.changes.reliable);
    const page = `/api/v1/networks/${network.id}`;
    const own = `/api/v1/waves/${waveId}/response`;
    expect((await reader.get(page)).body.goal).toBe('');
    expect((await reader.get(own)).body).toBeNull();
    await first.db.update(networks).set({ goal: 'unannounced' }).where(eq(networks.id, network.id));
    expect((await writer.put(own, { nominations: [], submit: false })).status).toBe(200);
    await waitFor(async () => (await reader.get(own)).body !== null);
    expect((await reader.get(page)).body.goal).toBe('');
  });
});

/** Polls `condition` (a notification takes a moment to cross between connections). */
async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the change to arrive');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
