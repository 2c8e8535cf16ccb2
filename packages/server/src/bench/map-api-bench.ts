/**
 * `npm run bench:map-api -w @trellis/server` (after a build): the map of the demo region's full
 * network. It builds the demo region, gives its regional network 100,000 generated advice ties
 * (80% between colleagues of one organisation, as survey answers are), runs the analysis as the
 * server's runner does, and times:
 *
 * - the layout against the measures it follows (the baseline: both run in a worker thread, one
 *   after the other, and the layout must not be the slow part);
 * - `GET /analyses/{id}/map` against `GET /analyses/{id}` on the same app (the baseline: a read of
 *   one row under the same authorisation), with the map's size, plain and gzipped;
 * - the same map for a member, anonymised (keyed order, k-anonymous bands), against the named one
 *   an admin gets (the baseline: generalising must not make a member's map much slower).
 *
 * PGlite in memory always; PostgreSQL too when TRELLIS_BENCH_DATABASE_URL names a server on which
 * the bench may create (and afterwards drop) a `trellis_map_bench` database.
 */
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { createApp } from '../app.js';
import { queryRows, type Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { DEMO_ACCOUNTS } from '../demo/accounts.js';
import { buildDemoRegion } from '../demo/build-demo-region.js';
import { Random } from '../demo/random.js';
import { networks } from '../networks/networks.table.js';
import { ties } from '../ties/ties.table.js';
import { queueAnalysis } from '../analytics/analyses.queries.js';
import { runQueuedAnalysis } from '../analytics/run-analysis.js';

const TIES = 100_000;
const WITHIN_ORGANISATION = 0.8;
const REQUESTS = 10;
const ADMIN = DEMO_ACCOUNTS[0]!;
/** A teacher of a network under the regional one: a member there, who sees the map anonymised. */
const MEMBER = DEMO_ACCOUNTS.find((account) => account.email.startsWith('member@'))!;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** 100,000 distinct directed ties among the region's people, most of them inside an organisation. */
async function addTies(db: Database, networkId: string) {
  const staff = await queryRows<{ person_id: string; organisation_id: string }>(
    db,
    sql`select person_id, min(organisation_id::text) as organisation_id from affiliations group by person_id order by person_id`,
  );
  const colleagues = new Map<string, string[]>();
  for (const row of staff)
    colleagues.set(row.organisation_id, [...(colleagues.get(row.organisation_id) ?? []), row.person_id]);
  const random = new Random(2026, 'map-bench');
  const pick = <T>(items: readonly T[]) => items[Math.floor(random.float() * items.length)]!;
  const seen = new Set<string>();
  const values: (typeof ties.$inferInsert)[] = [];
  while (values.length < TIES) {
    const from = pick(staff);
    const to =
      random.float() < WITHIN_ORGANISATION
        ? pick(colleagues.get(from.organisation_id)!)
        : pick(staff).person_id;
    const pair = `${from.person_id}>${to}`;
    if (to === from.person_id || seen.has(pair)) continue;
    seen.add(pair);
    values.push({
      networkId,
      fromPersonId: from.person_id,
      toPersonId: to,
      relation: 'advice',
      source: 'import',
    });
  }
  for (let i = 0; i < values.length; i += 5_000) await db.insert(ties).values(values.slice(i, i + 5_000));
  return staff.length;
}

/** Median time and the body of `REQUESTS` requests after two untimed ones. */
async function timeGet(request: () => Response | Promise<Response>) {
  const times: number[] = [];
  let body = '';
  for (let i = 0; i < REQUESTS + 2; i++) {
    const start = performance.now();
    const response = await request();
    body = await response.text();
    if (response.status !== 200) throw new Error(`${response.status}: ${body.slice(0, 200)}`);
    if (i >= 2) times.push(performance.now() - start);
  }
  return { ms: median(times), body };
}

async function benchEngine(engine: string, db: Database) {
  console.log(`\n== ${engine}: building the demo region ==`);
  await buildDemoRegion(db);
  const [regional] = await db.select().from(networks).where(eq(networks.slug, 'red-regional-valdemar'));
  const people = await addTies(db, regional!.id);
  const analysis = await queueAnalysis(db, {
    networkId: regional!.id,
    level: 'people',
    waveId: null,
    relation: null,
    requestedBy: null,
  });
  const started = performance.now();
  let measuresStored = 0;
  // By id: the demo region's own closed waves are queued ahead of it.
  await runQueuedAnalysis(db, analysis.id, async () => {
    measuresStored = performance.now();
  });
  const finished = performance.now();
  const measures = measuresStored - started;
  const layout = finished - measuresStored;

  const app = createApp({ db });
  const signIn = async (account: { email: string; password: string }) => {
    const session = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    return (path: string) => () => app.request(path, { headers: { cookie } });
  };
  const get = await signIn(ADMIN);
  const map = await timeGet(get(`/api/v1/analyses/${analysis.id}/map`));
  const summary = await timeGet(get(`/api/v1/analyses/${analysis.id}`));
  const anonymised = await timeGet((await signIn(MEMBER))(`/api/v1/analyses/${analysis.id}/map`));
  if ((JSON.parse(anonymised.body) as { showsNames: boolean }).showsNames) {
    throw new Error(`${MEMBER.email} sees names: the anonymised map was not measured`);
  }
  const parsed = JSON.parse(map.body) as {
    status: string;
    nodes: { x: number[] };
    edges: { source: number[] };
  };
  if (parsed.status !== 'ready') throw new Error(`the map is ${parsed.status}`);
  return {
    engine,
    people,
    nodes: parsed.nodes.x.length,
    edges: parsed.edges.source.length,
    measures,
    layout,
    mapMs: map.ms,
    summaryMs: summary.ms,
    anonymisedMs: anonymised.ms,
    bytes: Buffer.byteLength(map.body),
    gzipped: gzipSync(map.body).length,
  };
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function main() {
  const results = [];
  console.log(`Load average (1, 5, 15 min) at the start: ${load()}`);
  const memory = await openDatabase({ dataDir: 'memory://' });
  try {
    results.push(await benchEngine('PGlite', memory.db));
  } finally {
    await memory.close();
  }
  const adminUrl = process.env.TRELLIS_BENCH_DATABASE_URL;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query('drop database if exists trellis_map_bench with (force)');
    await admin.query('create database trellis_map_bench');
    const url = new URL(adminUrl);
    url.pathname = '/trellis_map_bench';
    const postgres = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
    try {
      results.push(await benchEngine('PostgreSQL', postgres.db));
    } finally {
      await postgres.close();
      await admin.query('drop database if exists trellis_map_bench with (force)');
      await admin.end();
    }
  } else console.warn('TRELLIS_BENCH_DATABASE_URL is not set: PostgreSQL is left out of this run.');

  console.log(`Load average at the end: ${load()}`);
  console.log(
    '\n| engine | nodes | ties drawn | measures | layout | layout ÷ measures | GET /map | GET /analyses/{id} (baseline) | ratio | map size | gzipped | GET /map anonymised (member) | ÷ named map |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    console.log(
      `| ${r.engine} | ${r.nodes} | ${r.edges} | ${seconds(r.measures)} | ${seconds(r.layout)} | ${(r.layout / r.measures).toFixed(2)} | ${r.mapMs.toFixed(0)} ms | ${r.summaryMs.toFixed(1)} ms | ${(r.mapMs / r.summaryMs).toFixed(0)}× | ${(r.bytes / 1e6).toFixed(2)} MB | ${(r.gzipped / 1e6).toFixed(2)} MB | ${r.anonymisedMs.toFixed(0)} ms | ${(r.anonymisedMs / r.mapMs).toFixed(2)}× |`,
    );
  }
}

await main();
