/**
 * Measures suggested connections at the demo region's full size: `npm run build`, then
 * `node packages/server/dist/bench/explain-suggestions.js` (embedded PGlite in memory) or
 * with `DATABASE_URL=postgres://…` (an empty database it may fill). It builds the demo region
 * and, for the showcase network (a typical size) and for one network of every school (about
 * 20,000 people, the largest map the demo can make), gives the network advice ties (three inside
 * one's school, one in ten across) and needs to a third of its people, runs its people and
 * organisations analyses, then prints EXPLAIN ANALYZE of the suggestion queries and their median
 * times beside the baseline of a node-table page of the same analysis.
 */
import { performance } from 'node:perf_hooks';
import { sql, type SQL } from 'drizzle-orm';
import { queueAnalysis } from '../analytics/analyses.queries.js';
import { runNextAnalysis } from '../analytics/run-analysis.js';
import { queryRows, type Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { buildDemoRegion, isDatabaseEmpty } from '../demo/build-demo-region.js';
import { EXPERTISE_TAGS } from '../demo/people.js';
import { resolveTag } from '../shared/tags.js';
import { Random } from '../demo/random.js';
import { organisationSuggestionQuery, peopleSuggestionQuery } from '../suggestions/suggestions.queries.js';

const RUNS = 15;
const REGION_SLUG = 'bench-suggestions';
/** The demo's showcase network: a typical size (about 1,700 people). */
const TYPICAL_SLUG = 'lectura-compartida';

async function main() {
  const connection = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: 'memory://',
    poolSize: 1,
  });
  const db = connection.db;
  const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  try {
    // The suggestion queries run with JIT off (see readWithoutJit); so are they measured here.
    await db.execute(sql`set jit = off`);
    if (await isDatabaseEmpty(db)) await buildDemoRegion(db);
    const region = await regionNetwork(db);
    const [typical] = await queryRows<{ id: string }>(
      db,
      sql`select id from networks where slug = ${TYPICAL_SLUG}`,
    );
    for (const networkId of [typical!.id, region]) {
      await seedNetwork(db, networkId);
      const analyses = {
        people: await analysisOf(db, networkId, 'people'),
        organisations: await analysisOf(db, networkId, 'organisations'),
      };
      // As autovacuum would after the bulk writes: plans then rest on real row counts.
      await db.execute(sql`analyze`);
      await measure(db, engine, networkId, analyses);
    }
  } finally {
    await connection.close();
  }
}

/** Prints each suggestion query's plan and median time beside the baseline, a node-table page. */
async function measure(
  db: Database,
  engine: string,
  networkId: string,
  analyses: { people: string; organisations: string },
) {
  const { people, organisations } = analyses;
  const [subject] = await queryRows<{ person_id: string; organisation_id: string }>(
    db,
    sql`select n.person_id, a.organisation_id from analysis_nodes n join people p on p.id = n.person_id
      join affiliations a on a.person_id = p.id
      where n.analysis_id = ${people} and n.in_network and cardinality(p.needs) > 0 order by n.person_id limit 1`,
  );
  const [{ nodes } = { nodes: 0 }] = await queryRows<{ nodes: number }>(
    db,
    sql`select count(*)::int as nodes from analysis_nodes where analysis_id = ${people}`,
  );
  const queries: [string, SQL][] = [
    [
      'node-table page (baseline)',
      sql`select * from analysis_nodes where analysis_id = ${people} order by betweenness desc nulls last, index limit 25`,
    ],
    [
      'person, positions shown',
      peopleSuggestionQuery({ networkId, analysisId: people, personId: subject!.person_id, positions: true }),
    ],
    [
      'person, positions private',
      peopleSuggestionQuery({
        networkId,
        analysisId: people,
        personId: subject!.person_id,
        positions: false,
      }),
    ],
    [
      'organisation',
      organisationSuggestionQuery({
        networkId,
        analysisId: organisations,
        organisationId: subject!.organisation_id,
      }),
    ],
  ];
  console.log(`\n# ${engine}: a people analysis of ${nodes} nodes`);
  let baseline = 0;
  for (const [label, query] of queries) {
    const plan = await queryRows<Record<string, string>>(db, sql`explain (analyze, buffers) ${query}`);
    const median = await medianMs(db, query);
    baseline ||= median;
    console.log(
      `\n## ${label}: median ${median.toFixed(1)} ms over ${RUNS} runs, ${(median / baseline).toFixed(1)}× the baseline`,
    );
    console.log(plan.map((row) => Object.values(row)[0]).join('\n'));
  }
}

/** A network of every school in the region: the largest map the demo can make. */
async function regionNetwork(db: Database): Promise<string> {
  const [existing] = await queryRows<{ id: string }>(
    db,
    sql`select id from networks where slug = ${REGION_SLUG}`,
  );
  if (existing) return existing.id;
  const [network] = await queryRows<{ id: string }>(
    db,
    sql`insert into networks (slug, name, kind, level, scopes, approach, region)
      values (${REGION_SLUG}, 'Bench: every school', 'school_to_school', 2, '{between}', 'enabled', 'Valdemar') returning id`,
  );
  await db.execute(sql`insert into network_memberships (network_id, organisation_id, role)
    select ${network!.id}, id, 'member' from organisations where kind = 'school'`);
  return network!.id;
}

/**
 * Seeded advice ties among the staff of the network's member organisations (three inside one's
 * own, one in ten across), and two needs for a third of them; once per network.
 */
async function seedNetwork(db: Database, networkId: string): Promise<void> {
  const [tied] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from ties where network_id = ${networkId}) as found`,
  );
  if (tied?.found) return;
  const staff = await queryRows<{ person_id: string; organisation_id: string }>(
    db,
    sql`select a.person_id, a.organisation_id from network_memberships m join affiliations a on a.organisation_id = m.organisation_id
      where m.network_id = ${networkId} and m.end_date is null and a.end_date is null order by a.person_id, a.organisation_id`,
  );
  const random = new Random(42, `suggestions-bench ${networkId}`);
  const bySchool = new Map<string, typeof staff>();
  for (const row of staff)
    bySchool.set(row.organisation_id, [...(bySchool.get(row.organisation_id) ?? []), row]);
  const ties: SQL[] = [];
  for (const row of staff) {
    const colleagues = bySchool.get(row.organisation_id)!;
    for (let i = 0; i < 3; i += 1) {
      const to = random.pick(colleagues).person_id;
      if (to !== row.person_id) ties.push(sql`(${networkId}, ${row.person_id}, ${to}, 'advice', 'import')`);
    }
    if (random.chance(0.1))
      ties.push(sql`(${networkId}, ${row.person_id}, ${random.pick(staff).person_id}, 'advice', 'import')`);
  }
  for (let i = 0; i < ties.length; i += 1000) {
    await db.execute(
      sql`insert into ties (network_id, from_person_id, to_person_id, relation, source) values ${sql.join(ties.slice(i, i + 1000), sql`, `)}`,
    );
  }
  const needs = staff
    .filter(() => random.chance(1 / 3))
    .map(
      (row) =>
        sql`(${row.person_id}::uuid, array[${resolveTag(random.pick(EXPERTISE_TAGS))}, ${resolveTag(random.pick(EXPERTISE_TAGS))}])`,
    );
  for (let i = 0; i < needs.length; i += 1000) {
    await db.execute(
      sql`update people p set needs = v.needs from (values ${sql.join(needs.slice(i, i + 1000), sql`, `)}) v(id, needs) where p.id = v.id`,
    );
  }
}

/** The network's finished analysis at a level, computed now if there is none. */
async function analysisOf(
  db: Database,
  networkId: string,
  level: 'people' | 'organisations',
): Promise<string> {
  const done = async () =>
    (
      await queryRows<{ id: string }>(
        db,
        sql`select id from analyses where network_id = ${networkId} and level = ${level} and status = 'done'`,
      )
    )[0];
  const found = await done();
  if (found) return found.id;
  await queueAnalysis(db, { networkId, level, waveId: null, relation: null, requestedBy: null });
  const started = performance.now();
  while (!(await done()) && (await runNextAnalysis(db))) {
    // runs the queue in order, ours included
  }
  console.log(`${level} analysis computed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return (await done())!.id;
}

async function medianMs(db: Database, query: SQL): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await db.execute(query);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

await main();
