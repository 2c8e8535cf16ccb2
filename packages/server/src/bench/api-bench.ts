/**
 * `npm run bench:api`: HTTP load against the demo region, on PGlite and on PostgreSQL, beside a
 * bare hello-world route on the same server in the same run (the ceiling every figure is a ratio of).
 *
 * The server runs as its own process (`trellis serve`), so that the load generator (autocannon,
 * in this process) and the server do not share an event loop. PostgreSQL is used when
 * TRELLIS_BENCH_DATABASE_URL names a server the bench may create a `trellis_bench` database on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_ACCOUNTS } from '../demo/accounts.js';

const CLI = fileURLToPath(new URL('../../../cli/dist/main.js', import.meta.url));
const CONNECTIONS = [1, 16, 128];
const DURATION_S = Number(process.env.TRELLIS_BENCH_SECONDS ?? 8);
const PORT = 3917;
const BASE = `http://127.0.0.1:${PORT}`;
/** A signed-in member, as most requests are: each request pays for the session lookup. */
const SIGN_IN = DEMO_ACCOUNTS.find((account) => account.email.startsWith('member@'))!;

interface Result {
  engine: string;
  target: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function main() {
  const databases: { name: string; env: Record<string, string> }[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'trellis-bench-'));
  databases.push({ name: 'PGlite', env: { TRELLIS_DATA_DIR: dataDir } });
  const adminUrl = process.env.TRELLIS_BENCH_DATABASE_URL;
  if (adminUrl) databases.push({ name: 'PostgreSQL', env: { DATABASE_URL: await benchDatabase(adminUrl) } });
  else console.warn('TRELLIS_BENCH_DATABASE_URL is not set: PostgreSQL is left out of this run.');
  // Each engine as shipped (read cache on), and with the cache off: what a first, uncached read costs.
  const engines = databases.flatMap((database) => [
    database,
    { name: `${database.name}, no cache`, env: { ...database.env, TRELLIS_CACHE_READS: 'false' } },
  ]);

  const results: Result[] = [];
  try {
    for (const engine of engines) results.push(...(await benchEngine(engine.name, engine.env)));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`\n${toMarkdown(results)}`);
}

/** A `trellis_bench` database on the server (created once; the demo region is built into it on first start). */
async function benchDatabase(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = 'trellis_bench'");
  if (exists.rowCount === 0) await client.query('create database trellis_bench');
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = '/trellis_bench';
  return url.toString();
}

async function benchEngine(engine: string, env: Record<string, string>): Promise<Result[]> {
  console.log(`\n== ${engine}: starting the server (the first start builds the demo region) ==`);
  const server = await startServer(env);
  try {
    const { cookie, slug, searchTerm } = await prepare();
    const targets = [
      { name: 'hello (ceiling)', path: '/api/hello' },
      { name: 'network page', path: `/api/v1/networks/${slug}` },
      { name: 'directory search', path: `/api/v1/networks?q=${encodeURIComponent(searchTerm)}` },
      { name: 'members, first page', path: `/api/v1/networks/${slug}/memberships` },
    ];
    const results: Result[] = [];
    for (const target of targets) {
      await load(target.path, cookie, 16, 2); // warm-up: JIT, caches, pool
      for (const connections of CONNECTIONS) {
        const run = await load(target.path, cookie, connections, DURATION_S);
        const result = { engine, target: target.name, connections, ...run };
        console.log(
          `${engine.padEnd(20)} ${target.name.padEnd(20)} c=${String(connections).padStart(3)}  ` +
            `${Math.round(result.requestsPerSecond).toString().padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms` +
            (result.errors ? `  ERRORS ${result.errors}` : ''),
        );
        results.push(result);
      }
    }
    return results;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, ...env, PORT: String(PORT), HOST: '127.0.0.1', TRELLIS_LOG_REQUESTS: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Trellis is running at')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
}

/** Signs in as the demo member and picks the largest public network and a search term from the data. */
async function prepare() {
  const session = await fetch(`${BASE}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: SIGN_IN.email, password: SIGN_IN.password }),
  });
  if (session.status !== 201) throw new Error(`sign-in failed: ${session.status} ${await session.text()}`);
  const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
  const directory = (await (await fetch(`${BASE}/api/v1/networks?limit=100`, { headers: { cookie } })).json()) as {
    items: { slug: string; name: string; memberCounts: { people: number } }[];
  };
  const largest = [...directory.items].sort((a, b) => b.memberCounts.people - a.memberCounts.people)[0];
  if (!largest) throw new Error('the demo region has no networks');
  const searchTerm = largest.name.split(/\s+/).find((word) => word.length >= 5) ?? largest.name;
  return { cookie, slug: largest.slug, searchTerm: searchTerm.toLowerCase() };
}

async function load(path: string, cookie: string, connections: number, duration: number) {
  const result = await autocannon({ url: `${BASE}${path}`, connections, duration, headers: { cookie } });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function toMarkdown(results: Result[]): string {
  const ceiling = new Map(
    results.filter((r) => r.target.startsWith('hello')).map((r) => [`${r.engine}/${r.connections}`, r.requestsPerSecond]),
  );
  const rows = results.map((r) => {
    const ratio = r.requestsPerSecond / (ceiling.get(`${r.engine}/${r.connections}`) ?? Number.NaN);
    return `| ${r.engine} | ${r.target} | ${r.connections} | ${Math.round(r.requestsPerSecond)} | ${(ratio * 100).toFixed(0)}% | ${r.p50} | ${r.p99} | ${r.errors} |`;
  });
  return [
    '| engine | route | connections | req/s | of hello | p50 ms | p99 ms | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

await main();
