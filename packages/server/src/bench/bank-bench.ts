/**
 * `npm run bench:bank`: the knowledge bank's search at scale. It builds a bank of 100,000
 * resources (half Spanish, half English, fixed seed) through `trellis import resources`' own code,
 * timing the first 10,000, then loads `GET /api/v1/resources?q=` with queries people type (accents
 * left out, a typo, either language) at 1 and 16 connections beside `GET /api/v1/resources/{id}`
 * on the same server: a plain indexed lookup, the ceiling. The read cache is off, so every request
 * reaches the database. PGlite always; PostgreSQL when TRELLIS_BENCH_DATABASE_URL names a server
 * the bench may create a `trellis_bank` database on (dropped and made again each run).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BANK_TOPICS, SUMMARY_LEADS, TITLE_PATTERNS } from '../demo/bank-phrases.js';
import { Random } from '../demo/random.js';
import { openDatabase, type OpenOptions } from '../db/open.js';
import { importCsv } from '../import/import.js';
import { RESOURCE_CSV_COLUMNS } from '../resources/resources.export.js';
import { writeCsvTable } from '../shared/csv-table.js';
import { RESOURCE_LICENCES, RESOURCE_TYPES, type ContentLanguage } from '../shared/vocabulary.js';
import { BENCHMARKS_FILE, machine, writeSection } from './sections.js';
import {
  BENCH_BASE,
  benchDatabase,
  load,
  startServer,
  stopServer,
  type LoadResult,
} from './server-process.js';

const RESOURCES = Number(process.env.TRELLIS_BENCH_RESOURCES ?? 100_000);
const BATCH = 10_000;
const CONNECTIONS = [1, 16];
const DURATION_S = Number(process.env.TRELLIS_BENCH_SECONDS ?? 8);
/** What people type: accents left out, a plural, a typo, either language. */
const QUERIES = [
  'evaluacion formativa',
  'mediacion escolr',
  'restorative circles',
  'tertulias dialogicas',
  'peer feedback',
  'transicion primaria secundaria',
];
const TARGET = { p99Ms: 50, ofById: 0.25 };

interface Row {
  engine: string;
  target: string;
  connections: number;
  run: LoadResult;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const fill = (pattern: string, focus: string, theme: string) =>
  pattern
    .replace('{F}', capitalise(focus))
    .replace('{f}', focus)
    .replace('{T}', capitalise(theme))
    .replace('{t}', theme);

/** One batch of the bank as the import's CSV, from the demo's bilingual phrase lists. */
function bankCsv(random: Random, from: number, count: number): string {
  const rows: string[][] = [];
  for (let index = from; index < from + count; index++) {
    const language: ContentLanguage = index % 2 === 0 ? 'es' : 'en';
    const topic = random.pick(BANK_TOPICS);
    const words = topic[language];
    const type = random.pick(RESOURCE_TYPES);
    const focus = random.pick(words.focuses);
    const title = `${fill(random.pick(TITLE_PATTERNS[type][language]), focus, words.theme)} ${index}`;
    const summary = `${SUMMARY_LEADS[type][language]} ${focus}: ${words.outcome}.`;
    const body = words.steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
    rows.push([
      title,
      summary,
      language,
      type,
      topic.stages.join(';'),
      random.pick(words.subjects),
      topic.tags.join(';'),
      random.pick(RESOURCE_LICENCES),
      body,
      '', // network
      '', // author_email
      'public',
    ]);
  }
  return writeCsvTable([RESOURCE_CSV_COLUMNS, ...rows]);
}

/** Builds the bank into an empty database; the seconds the first batch of 10,000 took. */
async function buildBank(options: OpenOptions): Promise<{ firstBatchS: number; totalS: number }> {
  const connection = await openDatabase(options);
  const random = new Random(20_261_202, 'bank-bench');
  const started = performance.now();
  let firstBatchS = 0;
  try {
    for (let from = 0; from < RESOURCES; from += BATCH) {
      const batchStarted = performance.now();
      await importCsv(connection.db, 'resources', bankCsv(random, from, Math.min(BATCH, RESOURCES - from)));
      if (from === 0) firstBatchS = (performance.now() - batchStarted) / 1000;
      process.stdout.write(`  imported ${Math.min(from + BATCH, RESOURCES)} resources\r`);
    }
    // Fresh statistics, as autovacuum would have gathered by the time anyone searches.
    await connection.db.execute('analyze');
  } finally {
    await connection.close();
  }
  console.log('');
  return { firstBatchS, totalS: (performance.now() - started) / 1000 };
}

async function someResourceId(): Promise<string> {
  const response = await fetch(`${BENCH_BASE}/api/v1/resources?q=${encodeURIComponent(QUERIES[0]!)}&limit=1`);
  const page = (await response.json()) as { items: { id: string }[] };
  if (!page.items[0]) throw new Error(`search found nothing for "${QUERIES[0]}"`);
  return page.items[0].id;
}

async function benchEngine(engine: string, options: OpenOptions, env: Record<string, string>) {
  console.log(`\n== ${engine}: building a bank of ${RESOURCES.toLocaleString('en')} resources ==`);
  const build = await buildBank(options);
  console.log(
    `  first ${BATCH.toLocaleString('en')}: ${build.firstBatchS.toFixed(1)} s; all: ${build.totalS.toFixed(0)} s`,
  );
  const server = await startServer({ ...env, TRELLIS_CACHE_READS: 'false' }, ['--no-demo']);
  const rows: Row[] = [];
  try {
    const id = await someResourceId();
    const targets = [
      { name: 'by id (ceiling)', paths: [`/api/v1/resources/${id}`] },
      { name: 'search', paths: QUERIES.map((q) => `/api/v1/resources?q=${encodeURIComponent(q)}`) },
    ];
    for (const target of targets) {
      await load(target.paths, '', 16, 2); // warm-up: JIT, pool, PostgreSQL's caches
      for (const connections of CONNECTIONS) {
        const run = await load(target.paths, '', connections, DURATION_S);
        console.log(
          `${engine.padEnd(12)} ${target.name.padEnd(16)} c=${String(connections).padStart(2)}  ` +
            `${Math.round(run.requestsPerSecond).toString().padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms` +
            (run.errors ? `  ERRORS ${run.errors}` : ''),
        );
        rows.push({ engine, target: target.name, connections, run });
      }
    }
  } finally {
    await stopServer(server);
  }
  return { rows, build };
}

async function freshDatabase(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query('drop database if exists trellis_bank');
  await client.end();
  return benchDatabase(adminUrl, 'trellis_bank');
}

function report(
  started: Date,
  results: { engine: string; rows: Row[]; build: { firstBatchS: number; totalS: number } }[],
) {
  const table = [
    '| engine | target | connections | req/s | of by id | p50 ms | p99 ms | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const verdicts: string[] = [];
  for (const { engine, rows } of results) {
    for (const row of rows) {
      const ceiling = rows.find((r) => r.target === 'by id (ceiling)' && r.connections === row.connections)!;
      const share = row.run.requestsPerSecond / ceiling.run.requestsPerSecond;
      table.push(
        `| ${engine} | ${row.target} | ${row.connections} | ${Math.round(row.run.requestsPerSecond)} | ${Math.round(share * 100)}% | ${row.run.p50} | ${row.run.p99} | ${row.run.errors} |`,
      );
      if (engine === 'PostgreSQL' && row.target === 'search' && row.connections === 16) {
        const met = share >= TARGET.ofById && row.run.p99 < TARGET.p99Ms;
        verdicts.push(
          `- PostgreSQL · search · 16 connections: ${Math.round(share * 100)}% of by id, p99 ${row.run.p99} ms — ${met ? 'met' : 'MISSED'} (target ≥ 25%, p99 < 50 ms)`,
        );
      }
    }
  }
  const builds = results.map(
    ({ engine, build }) =>
      `- ${engine}: the first ${BATCH.toLocaleString('en')} resources imported in ${build.firstBatchS.toFixed(1)} s; all ${RESOURCES.toLocaleString('en')} in ${build.totalS.toFixed(0)} s.`,
  );
  return `## Knowledge bank search

Generated by \`TRELLIS_BENCH_DATABASE_URL=postgres://… npm run bench:bank\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC
(${machine()}).

- A bank of ${RESOURCES.toLocaleString('en')} public resources, half Spanish and half English, composed with a fixed
  seed from the demo region's bilingual phrase lists, imported through \`trellis import resources\`' own
  code in files of ${BATCH.toLocaleString('en')} rows (each all or none, one transaction).
- The server runs as its own process (\`trellis serve --no-demo\`) with the read cache off, so every request
  reaches the database; anonymous requests. \`search\` cycles through ${QUERIES.length} queries as people type them
  (${QUERIES.map((q) => `“${q}”`).join(', ')}); \`by id\` is \`GET /api/v1/resources/{id}\`, an indexed
  lookup of one resource: the ceiling. Each is warmed up for 2 s, then loaded for ${DURATION_S} s.
- Target: search p99 under 50 ms at 16 connections on PostgreSQL, at ≥ 25% of the by-id lookup's requests/s.

${table.join('\n')}

${builds.join('\n')}

${verdicts.join('\n') || '- PostgreSQL was left out of this run: the target is not judged.'}`;
}

async function main() {
  const started = new Date();
  const dataDir = await mkdtemp(join(tmpdir(), 'trellis-bank-'));
  const results = [];
  try {
    results.push({
      engine: 'PGlite',
      ...(await benchEngine('PGlite', { dataDir }, { TRELLIS_DATA_DIR: dataDir })),
    });
    const adminUrl = process.env.TRELLIS_BENCH_DATABASE_URL;
    if (adminUrl) {
      const url = await freshDatabase(adminUrl);
      results.push({
        engine: 'PostgreSQL',
        ...(await benchEngine('PostgreSQL', { databaseUrl: url }, { DATABASE_URL: url })),
      });
    } else console.warn('TRELLIS_BENCH_DATABASE_URL is not set: PostgreSQL is left out of this run.');
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const section = report(started, results);
  console.log(`\n${section}`);
  await writeSection(BENCHMARKS_FILE, 'bank', section);
  console.log(`\nwrote the bank section of ${BENCHMARKS_FILE}`);
}

await main();
