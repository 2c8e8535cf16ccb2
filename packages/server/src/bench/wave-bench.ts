/**
 * `npm run bench:wave`: from closing a wave of the demo region's full network to stored snapshots,
 * on PGlite and on PostgreSQL (when TRELLIS_BENCH_DATABASE_URL names a server the bench may create
 * a `trellis_wave_bench` database on), beside the engine's own computation on the same graphs: the
 * baseline every job time is a ratio of, so that the table shows what the job adds to it.
 *
 * The wave is the regional network's spring wave (about 11,000 answers from 16,000 people). The
 * demo region is built closed; the bench takes that wave back to open (its ties and analyses
 * removed) and closes it again through `closeWave`, the service call behind the API, so the same
 * answers become the same ties as when it was first closed. The autumn wave's analyses are
 * computed first (untimed), as they would have been months before, so that the spring job
 * includes its change since the previous wave.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeAll, Graph } from '@trellis/sna';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import pg from 'pg';
import { analyses, analysisMaps } from '../analytics/analyses.table.js';
import { graphOfLevel, groupOf } from '../analytics/network-graph.js';
import { runNextAnalysis } from '../analytics/run-analysis.js';
import { queryRows, type Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { buildDemoRegion } from '../demo/build-demo-region.js';
import { ANALYSIS_LEVELS, type AnalysisLevel } from '../shared/vocabulary.js';
import { closeWave } from '../surveys/surveys.service.js';
import { surveyWaves } from '../surveys/surveys.table.js';
import { ties } from '../ties/ties.table.js';
import { BENCHMARKS_FILE, machine, writeSection } from './sections.js';

const NETWORK = 'red-regional-valdemar';

interface LevelResult {
  level: AnalysisLevel;
  nodes: number;
  edges: number;
  /** From the close to this level's snapshot stored (status done), and to its map stored. */
  snapshotS: number;
  mapS: number | null;
  /** The runner's job for this level up to the stored snapshot (the map's layout follows), and computeAll alone on the same graph. */
  jobS: number;
  computeAllS: number;
}

interface EngineResult {
  engine: string;
  buildS: number;
  closeS: number;
  ties: number;
  levels: LevelResult[];
}

const seconds = (from: number) => (performance.now() - from) / 1000;

async function main() {
  const started = new Date();
  const machineAtStart = machine();
  const results: EngineResult[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'trellis-wave-bench-'));
  try {
    results.push(await benchEngine('PGlite', { dataDir }));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const adminUrl = process.env.TRELLIS_BENCH_DATABASE_URL;
  if (adminUrl) {
    const { url, drop } = await benchDatabase(adminUrl);
    try {
      results.push(await benchEngine('PostgreSQL', { databaseUrl: url }));
    } finally {
      await drop();
    }
  } else console.warn('TRELLIS_BENCH_DATABASE_URL is not set: PostgreSQL is left out of this run.');
  const tables = toMarkdown(results);
  console.log(`\n${tables}`);
  if (adminUrl) {
    await writeSection(BENCHMARKS_FILE, 'wave', report(tables, started, machineAtStart));
    console.log(`\nwrote the wave section of ${BENCHMARKS_FILE}`);
  } else console.log('\nPostgreSQL was left out: docs/benchmarks.md is left unchanged.');
}

/** A fresh database for the run on the server, dropped at the end. */
async function benchDatabase(adminUrl: string) {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin('drop database if exists trellis_wave_bench with (force)');
  await admin('create database trellis_wave_bench');
  const url = new URL(adminUrl);
  url.pathname = '/trellis_wave_bench';
  return {
    url: url.toString(),
    drop: () => admin('drop database if exists trellis_wave_bench with (force)'),
  };
}

async function benchEngine(
  engine: string,
  options: { dataDir?: string; databaseUrl?: string },
): Promise<EngineResult> {
  console.log(`\n== ${engine}: building the demo region ==`);
  const connection = await openDatabase(options);
  try {
    const db = connection.db;
    const buildStart = performance.now();
    await buildDemoRegion(db);
    const buildS = seconds(buildStart);
    console.log(`built in ${buildS.toFixed(1)} s`);
    const { autumn, spring, closer } = await regionalWaves(db);
    await computeOnly(db, autumn);
    await reopen(db, spring);

    console.log(`closing the spring wave of ${NETWORK}`);
    const closeStart = performance.now();
    // The stored timestamps (finished_at, the map's computed_at) say when each part landed, so the
    // clock for them is the wall clock.
    const closeStartedAt = Date.now();
    const closed = await closeWave(db, { kind: 'person', personId: closer, isAdmin: false }, spring);
    const closeS = seconds(closeStart);
    const afterClose = (at: Date) => (at.getTime() - closeStartedAt) / 1000;
    const jobs: Omit<LevelResult, 'nodes' | 'edges' | 'computeAllS'>[] = [];
    while (await runNextAnalysis(db)) {
      const [done] = await db
        .select({
          id: analyses.id,
          level: analyses.level,
          status: analyses.status,
          startedAt: analyses.startedAt,
          finishedAt: analyses.finishedAt,
          mapAt: analysisMaps.computedAt,
        })
        .from(analyses)
        .leftJoin(analysisMaps, eq(analysisMaps.analysisId, analyses.id))
        .where(and(eq(analyses.waveId, spring), ne(analyses.status, 'queued'), sql`finished_at is not null`))
        .orderBy(sql`finished_at desc`)
        .limit(1);
      if (done?.status !== 'done' || !done.startedAt || !done.finishedAt)
        throw new Error(`the ${done?.level} analysis did not finish: ${done?.status}`);
      const job = {
        level: done.level,
        jobS: (done.finishedAt.getTime() - done.startedAt.getTime()) / 1000,
        snapshotS: afterClose(done.finishedAt),
        mapS: done.mapAt ? afterClose(done.mapAt) : null,
      };
      jobs.push(job);
      console.log(
        `${done.level}: snapshot stored ${format(job.snapshotS)} s after the close (job ${format(job.jobS)} s), map ${job.mapS === null ? 'not stored' : `${format(job.mapS)} s`}`,
      );
    }
    // The baselines run after the jobs, so that no job waits for them.
    const levels: LevelResult[] = [];
    for (const job of jobs) levels.push({ ...job, ...(await baseline(db, job.level, spring)) });
    const order = (level: AnalysisLevel) => ANALYSIS_LEVELS.indexOf(level);
    return {
      engine,
      buildS,
      closeS,
      ties: closed.ties,
      levels: levels.sort((a, b) => order(a.level) - order(b.level)),
    };
  } finally {
    await connection.close();
  }
}

/** The regional survey's autumn and spring waves, and who may close them (its evaluator). */
async function regionalWaves(db: Database) {
  const rows = await queryRows<{ id: string; number: number; closed_by: string }>(
    db,
    sql`select w.id, w.number, w.closed_by from survey_waves w join surveys s on s.id = w.survey_id
      join networks n on n.id = s.network_id where n.slug = ${NETWORK} order by w.number`,
  );
  const [autumn, spring] = rows;
  if (!autumn || !spring) throw new Error(`${NETWORK} has no two waves: is this the demo region?`);
  return { autumn: autumn.id, spring: spring.id, closer: spring.closed_by };
}

/** Leaves only the autumn wave's analyses in the queue and runs them (untimed). */
async function computeOnly(db: Database, autumn: string) {
  await db.delete(analyses).where(ne(analyses.waveId, autumn));
  console.log('computing the autumn wave’s analyses first (untimed)');
  while (await runNextAnalysis(db));
}

/** Takes the spring wave back to open: its ties and analyses go, its answers stay. */
async function reopen(db: Database, spring: string) {
  await db.transaction(async (tx) => {
    await tx.delete(ties).where(eq(ties.waveId, spring));
    await tx.delete(analyses).where(inArray(analyses.waveId, [spring]));
    await tx
      .update(surveyWaves)
      .set({ status: 'open', closedAt: null, closedBy: null })
      .where(eq(surveyWaves.id, spring));
  });
}

/**
 * The baseline: the engine's `computeAll` alone, in this thread, on the graph the job analysed,
 * set up as the analysis worker sets it up (analytics/analysis.worker.ts).
 */
async function baseline(db: Database, level: AnalysisLevel, waveId: string) {
  const networkGraph = await graphOfLevel(level)(db, {
    networkId: await networkId(db),
    waveId,
    relation: null,
  });
  const keys = networkGraph.nodes.map((node) => node.key);
  const graph = Graph.fromEdges(networkGraph.edges, {
    directed: true,
    weighted: true,
    multiEdges: 'sum',
    nodes: keys,
  });
  graph.setNodeAttribute('group', new Map(networkGraph.nodes.map((node) => [node.key, groupOf(node)])));
  const start = performance.now();
  await computeAll(graph, { attribute: 'group', seed: 1, workers: 1 });
  return { nodes: keys.length, edges: networkGraph.edges.length, computeAllS: seconds(start) };
}

async function networkId(db: Database): Promise<string> {
  const [row] = await queryRows<{ id: string }>(db, sql`select id from networks where slug = ${NETWORK}`);
  return row!.id;
}

const format = (value: number) => value.toFixed(1);

function toMarkdown(results: EngineResult[]): string {
  const timeline = [
    '| engine | demo build | close → ties written | → people snapshot stored | → organisations snapshot stored | → map stored |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...results.map((result) => {
      const at = (level: AnalysisLevel) => result.levels.find((l) => l.level === level);
      const maps = result.levels.map((l) => l.mapS);
      const map = maps.every((s) => s === null)
        ? 'not yet measured'
        : maps.map((s) => (s === null ? '–' : `${format(s)} s`)).join(' / ');
      return `| ${result.engine} | ${format(result.buildS)} s | ${format(result.closeS)} s (${result.ties.toLocaleString('en')} ties) | ${format(at('people')?.snapshotS ?? NaN)} s | ${format(at('organisations')?.snapshotS ?? NaN)} s | ${map} |`;
    }),
  ];
  const jobs = [
    '| engine | level | nodes | edges | computeAll alone (baseline) | the job | job ÷ baseline |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((result) =>
      result.levels.map(
        (l) =>
          `| ${result.engine} | ${l.level} | ${l.nodes.toLocaleString('en')} | ${l.edges.toLocaleString('en')} | ${format(l.computeAllS)} s | ${format(l.jobS)} s | ${(l.jobS / l.computeAllS).toFixed(2)}× |`,
      ),
    ),
  ];
  return `${timeline.join('\n')}\n\n${jobs.join('\n')}`;
}

function report(tables: string, started: Date, machineAtStart: string): string {
  return `## Closing a wave of the demo region

Generated by \`TRELLIS_BENCH_DATABASE_URL=postgres://… npm run bench:wave\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC
(${machineAtStart}).

- The wave is the spring wave of \`${NETWORK}\`, the demo region's full network. The demo region
  is built with it closed; the bench takes it back to open (its ties and analyses deleted, its
  answers kept) and closes it with \`closeWave\`, the call behind \`POST /waves/{id}/close\`, so the
  same answers become the same ties. The autumn wave's analyses are computed first, untimed, so
  that the spring job also computes the change since the previous wave.
- Times are from the start of the close. The close writes the ties and queues one analysis per
  level in one transaction; the analyses then run one after the other (in id order, so either
  level may come first) through \`runNextAnalysis\`,
  the server's runner, with the engine in a worker thread, as \`trellis serve\` runs them;
  "→ … stored" are the analyses' \`finished_at\` and their maps' \`computed_at\`, people / organisations.
- Baseline: \`computeAll\` alone on the same graph, in the benchmark's thread, with the options the
  worker uses. "The job" is the runner's job for that level up to its stored snapshot (from
  \`started_at\` to \`finished_at\`): reading the ties and members, the worker, the change since the
  previous wave and storing every node's measures. The map's layout follows in its own worker.
- PGlite runs in the benchmark's process with its data on disk, as \`trellis serve\` does by default.
  "demo build" is \`buildDemoRegion\` into the empty database (what \`trellis demo\` does).

${tables}`;
}

await main();
