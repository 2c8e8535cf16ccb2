/**
 * Measures the nomination type-ahead (`GET /waves/{id}/candidates`) on the demo region's regional
 * network, against the people search behind "add a member" (`GET /people?q=`, the same trigram
 * index without the eligibility filter) as the baseline:
 *
 *   DATABASE_URL=postgres://… npx tsx packages/server/src/bench/candidates-measure.ts [network-slug] [--analyze]
 *
 * Without DATABASE_URL it builds the demo region in an in-memory PGlite first. PGlite has no
 * autovacuum, so its tables have no statistics until something runs ANALYZE; `--analyze` does,
 * to compare the plans with and without them. Prints the median
 * of several runs per query, the ratio to the baseline, and one EXPLAIN ANALYZE.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { buildDemoRegion } from '../demo/build-demo-region.js';
import { listPeople } from '../people/people.queries.js';
import { eligibleRespondents } from '../memberships/memberships.queries.js';
import { nominationCandidates } from '../surveys/waves.queries.js';

const QUERIES = ['an', 'mar', 'gonz', 'maría gonzález', 'ceip', 'cervantes', 'zzqx'];
const RUNS = 7;

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await run(); // warm the plan and the cache
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
}

async function main() {
  const args = process.argv.slice(2);
  const slug = args.find((arg) => !arg.startsWith('--')) ?? 'red-regional-valdemar';
  const connection = await openDatabase(
    process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: 'memory://' },
  );
  const db = connection.db;
  if (!process.env.DATABASE_URL) await buildDemoRegion(db);
  if (args.includes('--analyze')) await db.execute(sql`analyze`);
  const [network] = await queryRows<{ id: string }>(db, sql`select id from networks where slug = ${slug}`);
  if (!network) throw new Error(`no network ${slug}`);
  const [respondent] = await queryRows<{ person_id: string; eligible: number }>(
    db,
    sql`select person_id, count(*) over ()::int as eligible from (${eligibleRespondents(network.id)}) e limit 1`,
  );
  if (!respondent) throw new Error('no one answers this network’s survey');
  console.log(
    `${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}${args.includes('--analyze') ? ' (analysed)' : ''}, ${slug}: ${respondent.eligible} people answer the survey`,
  );
  console.log('query            type-ahead ms  baseline /people ms  ratio  found');
  for (const q of QUERIES) {
    const found = await nominationCandidates(
      db,
      eligibleRespondents(network.id),
      respondent.person_id,
      q,
      10,
    );
    const ours = await median(() =>
      nominationCandidates(db, eligibleRespondents(network.id), respondent.person_id, q, 10),
    );
    const baseline = await median(() => listPeople(db, { q, limit: 10 } as never));
    console.log(
      `${q.padEnd(16)} ${ours.toFixed(1).padStart(13)} ${baseline.toFixed(1).padStart(20)} ${(ours / baseline).toFixed(2).padStart(6)}  ${found.length}`,
    );
  }
  // One plan, to see which indexes serve it: the same query, run under EXPLAIN ANALYZE.
  const explaining = { execute: (query: SQL) => db.execute(sql`explain (analyze, costs off) ${query}`) };
  const plan = await nominationCandidates(
    explaining as unknown as Executor,
    eligibleRespondents(network.id),
    respondent.person_id,
    'mar',
    10,
  );
  console.log(plan.map((line) => Object.values(line)[0]).join('\n'));
  await connection.close();
}

void main();
