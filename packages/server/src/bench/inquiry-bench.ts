/**
 * `npm run bench:inquiry`: the "what works here" roll-up (GET /networks/{id}/what-works) on a
 * synthetic region — one network with 2,000 inquiries, 20,000 measures and 1,000,000 points
 * (TRELLIS_BENCH_INQUIRIES scales it) — beside one measure's chart (GET /measures/{id}/chart) on
 * the same server as the baseline. The data are written with SQL generate_series; measure_series
 * is then filled by refreshMeasureSeries itself, measure by measure, never by hand. Requests go
 * one after the other through the real HTTP API as the network's coordinator (who sees every
 * inquiry). PGlite always; PostgreSQL when TRELLIS_BENCH_DATABASE_URL is set.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { accounts } from '../accounts/accounts.table.js';
import { hashPassword } from '../accounts/passwords.js';
import { queryRows } from '../db/database.js';
import { openDatabase, type OpenOptions } from '../db/open.js';
import { refreshMeasureSeries } from '../inquiry/series.js';
import { memberships } from '../memberships/memberships.table.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';
import { BENCHMARKS_FILE, machine, writeSection } from './sections.js';
import { BENCH_BASE, benchDatabase, startServer, stopServer } from './server-process.js';

const INQUIRIES = Number(process.env.TRELLIS_BENCH_INQUIRIES ?? 2000);
const MEASURES_PER_INQUIRY = 10;
const SCHOOLS_PER_INQUIRY = 2;
const MONTHS = 25; // 10 measures × 2 schools × 25 months = 500 points an inquiry
const SCHOOLS = 20;
const PRACTICES = 40;
const ROLLUP_REQUESTS = Number(process.env.TRELLIS_BENCH_REQUESTS ?? 20);
const CHART_REQUESTS = 100;
const TARGET_MS = 200;
const EMAIL = 'coordinator@bench.example.org';
const PASSWORD = 'bench password for the inquiry bench';

interface Timing {
  median: number;
  p95: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Builds the synthetic region into an empty database; the network's id and a measure's. */
async function buildRegion(options: OpenOptions) {
  const { db, close } = await openDatabase(options);
  const started = performance.now();
  try {
    const [network] = await db
      .insert(networks)
      .values({
        slug: 'bench-inquiry',
        name: 'Bench inquiry network',
        kind: 'pln',
        level: 2,
        scopes: ['between'],
        approach: 'enabled',
        region: 'Bench',
        visibility: 'members',
      })
      .returning({ id: networks.id });
    const networkId = network!.id;
    const schools = await db
      .insert(organisations)
      .values(
        Array.from({ length: SCHOOLS }, (_, i) => ({
          name: `Bench school ${String(i).padStart(2, '0')}`,
          kind: 'school' as const,
          region: 'Bench',
          municipality: 'Bench',
        })),
      )
      .returning({ id: organisations.id });
    const schoolIds = schools.map((s) => s.id);
    await db.insert(memberships).values(schoolIds.map((organisationId) => ({ networkId, organisationId })));
    const [person] = await db
      .insert(people)
      .values({ displayName: 'Bench coordinator', email: EMAIL, kinds: ['teacher'] })
      .returning({ id: people.id });
    await db.insert(accounts).values({ personId: person!.id, passwordHash: await hashPassword(PASSWORD) });
    await db.insert(memberships).values({ networkId, personId: person!.id, role: 'coordinator' });

    const schoolArray = sql`array[${sql.join(
      schoolIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}]`;
    await db.execute(sql`select setseed(0.2026)`);
    await db.execute(sql`insert into practices (title, claim, components, language, school_id, network_id)
      select 'Practice ' || g, 'A practice of the bench.', '{}'::text[], 'en', (${schoolArray})[1 + g % ${SCHOOLS}], ${networkId}
      from generate_series(0, ${PRACTICES - 1}) g`);
    await db.execute(sql`insert into inquiries (network_id, title, question, outcome, model, phase, visibility, language)
      select ${networkId}, 'Inquiry ' || g, 'Why?', (enum_range(null::outcome_area))[1 + g % 5], 'improvement', 'testing',
        case when g % 5 = 0 then 'team'::inquiry_visibility else 'network' end, 'en'
      from generate_series(0, ${INQUIRIES - 1}) g`);
    // g: the inquiry's number, from its title.
    const numbered = sql`(select id, split_part(title, ' ', 2)::int g from inquiries)`;
    await db.execute(sql`insert into inquiry_schools (inquiry_id, organisation_id)
      select i.id, (${schoolArray})[1 + (i.g + k * 7) % ${SCHOOLS}]
      from ${numbered} i, generate_series(0, ${SCHOOLS_PER_INQUIRY - 1}) k`);
    await db.execute(sql`insert into inquiry_people (inquiry_id, person_id, role)
      select id, ${person!.id}, 'lead' from inquiries where split_part(title, ' ', 2)::int % 50 = 0`);
    await db.execute(sql`insert into change_ideas (inquiry_id, text, position)
      select i.id, 'Idea ' || i.g || '-' || k, k from ${numbered} i, generate_series(0, 1) k`);
    // Most ideas use a practice of the bank; one in four second ideas links to none.
    await db.execute(sql`insert into change_idea_practices (change_idea_id, practice_id)
      select c.id, p.id from change_ideas c
        join ${numbered} i on i.id = c.inquiry_id
        join (select id, split_part(title, ' ', 2)::int n from practices) p on p.n = (i.g * 3 + c.position * 11) % ${PRACTICES}
      where c.position = 0 or i.g % 4 <> 0`);
    await db.execute(sql`insert into pdsa_cycles (change_idea_id, inquiry_id, title, purpose, starts_on, ends_on, decision)
      select c.id, c.inquiry_id, 'Cycle ' || k, 'test', date '2025-01-06' + k * 28, date '2025-01-20' + k * 28,
        (array['adopt','adapt','abandon','scale_up']::pdsa_decision[])[1 + (k + c.position) % 4]
      from change_ideas c, generate_series(0, 1) k`);
    await db.execute(sql`insert into pdsa_cycle_schools (cycle_id, organisation_id)
      select c.id, s.organisation_id from pdsa_cycles c join inquiry_schools s on s.inquiry_id = c.inquiry_id`);
    await db.execute(sql`insert into measures (inquiry_id, change_idea_id, name, kind, type, direction, population, position)
      select i.id, case when p between 1 and 8 then c.id end, 'Measure ' || p,
        case when p = 0 then 'outcome'::measure_kind when p = 9 then 'balancing' else 'process' end,
        'value', 'up', 'pupils', p
      from ${numbered} i, generate_series(0, ${MEASURES_PER_INQUIRY - 1}) p
        join change_ideas c on true
      where c.inquiry_id = i.id and c.position = p % 2`);
    // Noise round 60; a third of the series shift up after month 12, as a change that worked would.
    await db.execute(sql`insert into measure_points (measure_id, school_id, period, value)
      select m.id, s.organisation_id, (date '2024-09-01' + make_interval(months => t))::date,
        round((60 + random() * 10 + case when t >= 12 and (hashtext(m.id::text || s.organisation_id::text) % 3) = 0 then 9 else 0 end)::numeric, 1)
      from measures m join inquiry_schools s on s.inquiry_id = m.inquiry_id, generate_series(0, ${MONTHS - 1}) t`);
    const measureIds = await queryRows<{ id: string }>(db, sql`select id from measures order by id`);
    const counts = await queryRows<{ points: number }>(
      db,
      sql`select count(*)::int points from measure_points`,
    );
    const dataS = (performance.now() - started) / 1000;
    console.log(
      `  ${INQUIRIES} inquiries, ${measureIds.length} measures, ${counts[0]!.points} points in ${dataS.toFixed(0)} s`,
    );
    const seriesStarted = performance.now();
    const lanes = options.databaseUrl ? 4 : 1;
    let next = 0;
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (next < measureIds.length) {
          const { id } = measureIds[next++]!;
          await refreshMeasureSeries(db, id);
          if (next % 2000 === 0) process.stdout.write(`  measure_series: ${next} measures\r`);
        }
      }),
    );
    const seriesS = (performance.now() - seriesStarted) / 1000;
    await db.execute(sql`analyze`);
    console.log(`\n  measure_series filled by refreshMeasureSeries in ${seriesS.toFixed(0)} s`);
    return {
      networkId,
      measureId: measureIds[0]!.id,
      points: counts[0]!.points,
      measures: measureIds.length,
      dataS,
      seriesS,
    };
  } finally {
    await close();
  }
}

async function time(path: string, cookie: string, count: number): Promise<Timing & { bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count + 3; i++) {
    const started = performance.now();
    const response = await fetch(`${BENCH_BASE}${path}`, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
    if (i >= 3) times.push(performance.now() - started); // three warm-up requests
    bytes = body.length;
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), bytes };
}

async function benchEngine(engine: string, options: OpenOptions, env: Record<string, string>) {
  console.log(`\n== ${engine}: building the synthetic region ==`);
  const region = await buildRegion(options);
  const server = await startServer({ ...env, TRELLIS_CACHE_READS: 'false' }, ['--no-demo']);
  try {
    const session = await fetch(`${BENCH_BASE}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    if (session.status !== 201) throw new Error(`sign-in failed: ${session.status} ${await session.text()}`);
    const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
    const rollup = await time(`/api/v1/networks/${region.networkId}/what-works`, cookie, ROLLUP_REQUESTS);
    const chart = await time(`/api/v1/measures/${region.measureId}/chart`, cookie, CHART_REQUESTS);
    console.log(
      `  roll-up median ${rollup.median.toFixed(1)} ms, p95 ${rollup.p95.toFixed(1)}, p99 ${rollup.p99.toFixed(1)}`,
    );
    console.log(
      `  chart   median ${chart.median.toFixed(1)} ms, p95 ${chart.p95.toFixed(1)}, p99 ${chart.p99.toFixed(1)}`,
    );
    return { engine, region, rollup, chart };
  } finally {
    await stopServer(server);
  }
}

const ms = (value: number) => value.toFixed(1);

function report(started: Date, results: Awaited<ReturnType<typeof benchEngine>>[]) {
  const rows = results.flatMap(({ engine, rollup, chart }) => [
    `| ${engine} | roll-up | ${ms(rollup.median)} | ${ms(rollup.p95)} | ${ms(rollup.p99)} | ${(rollup.bytes / 1024).toFixed(0)} KiB | ${(rollup.median / chart.median).toFixed(1)}× |`,
    `| ${engine} | one chart | ${ms(chart.median)} | ${ms(chart.p95)} | ${ms(chart.p99)} | ${(chart.bytes / 1024).toFixed(0)} KiB | 1× |`,
  ]);
  const builds = results.map(
    ({ engine, region }) =>
      `- ${engine}: ${region.measures} measures and ${region.points.toLocaleString('en')} points written in ${region.dataS.toFixed(0)} s; measure_series filled by \`refreshMeasureSeries\` in ${region.seriesS.toFixed(0)} s.`,
  );
  const postgres = results.find((r) => r.engine === 'PostgreSQL');
  const verdict = postgres
    ? `- Target (roll-up under ${TARGET_MS} ms at this size on PostgreSQL): median ${ms(postgres.rollup.median)} ms, p95 ${ms(postgres.rollup.p95)} ms — ${postgres.rollup.p95 < TARGET_MS ? 'met' : 'not met'}.`
    : '- PostgreSQL was left out of this run: the target is not judged.';
  return `## Collaborative inquiry: "what works here" at scale

Generated by \`TRELLIS_BENCH_DATABASE_URL=postgres://… npm run bench:inquiry\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC
(${machine()}).

- Synthetic region only: one members-only network, ${INQUIRIES.toLocaleString('en')} inquiries (one in five team-only), ${SCHOOLS} schools, two
  per inquiry; two change ideas an inquiry, most linked to one of ${PRACTICES} practices; two cycles an idea; ${MEASURES_PER_INQUIRY} measures an
  inquiry (one outcome, eight process, one balancing), ${MONTHS} monthly points per school, a third of the series shifting up after month 12.
  The demo region (about 30 inquiries in 12 networks) is not measured here: the synthetic network is far larger.
- The server runs as its own process (\`trellis serve --no-demo\`, read cache off); requests one after the other as the network's
  coordinator, who sees every inquiry: ${ROLLUP_REQUESTS} roll-ups and ${CHART_REQUESTS} charts after three warm-ups each. Baseline: \`GET /api/v1/measures/{id}/chart\`
  of one measure (two schools, ${MONTHS * 2} points), which runs the rules over raw points; the roll-up reads measure_series only.

| engine | request | median ms | p95 ms | p99 ms | answer | × chart |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

${builds.join('\n')}

${verdict}`;
}

async function freshDatabase(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query('drop database if exists trellis_inquiry with (force)');
  await client.end();
  return benchDatabase(adminUrl, 'trellis_inquiry');
}

async function main() {
  const started = new Date();
  const results = [];
  const adminUrl = process.env.TRELLIS_BENCH_DATABASE_URL;
  if (adminUrl) {
    const url = await freshDatabase(adminUrl);
    results.push(await benchEngine('PostgreSQL', { databaseUrl: url }, { DATABASE_URL: url }));
  } else console.warn('TRELLIS_BENCH_DATABASE_URL is not set: PostgreSQL is left out of this run.');
  if (process.env.TRELLIS_BENCH_SKIP_PGLITE !== 'true') {
    const dataDir = await mkdtemp(join(tmpdir(), 'trellis-inquiry-'));
    try {
      results.push(await benchEngine('PGlite', { dataDir }, { TRELLIS_DATA_DIR: dataDir }));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  const section = report(started, results);
  console.log(`\n${section}`);
  await writeSection(BENCHMARKS_FILE, 'inquiry', section);
  console.log(`\nwrote the inquiry section of ${BENCHMARKS_FILE}`);
}

await main();
