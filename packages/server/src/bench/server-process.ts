/**
 * What the HTTP benchmarks share: a `trellis serve` of their own, in its own process (so that the
 * load generator, autocannon in the bench's process, and the server do not share an event loop),
 * a database of their own on a PostgreSQL server, and one load run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const CLI = fileURLToPath(new URL('../../../cli/dist/main.js', import.meta.url));
export const BENCH_PORT = 3917;
export const BENCH_BASE = `http://127.0.0.1:${BENCH_PORT}`;

/** Starts `trellis serve` (with `args`, such as --no-demo) on `env` and resolves once it listens. */
export function startServer(env: Record<string, string>, args: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], {
    env: {
      ...process.env,
      ...env,
      PORT: String(BENCH_PORT),
      HOST: '127.0.0.1',
      TRELLIS_LOG_REQUESTS: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Trellis is running at')) resolve(child);
    });
    child.once('exit', (code) =>
      reject(new Error(`the server exited (${code}) before listening:\n${output}`)),
    );
  });
}

export async function stopServer(server: ChildProcess) {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}

/** CPU seconds a process has used so far (Linux's /proc: user plus system time). */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/**
 * Waits until the server has been idle for three seconds running. A fresh demo region queues its
 * analyses and map layouts, which run in the background for minutes; measured beside them, every
 * figure would be the share of two cores those jobs leave over, not the cost of a request.
 */
export async function untilIdle(server: ChildProcess) {
  if (!server.pid || process.platform !== 'linux') return;
  const started = Date.now();
  let quietSeconds = 0;
  let before = await cpuSeconds(server.pid);
  while (quietSeconds < 3) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await cpuSeconds(server.pid);
    quietSeconds = now - before < 0.05 ? quietSeconds + 1 : 0;
    before = now;
  }
  console.log(`(the server's background work finished after ${Math.round((Date.now() - started) / 1000)} s)`);
}

/** A database called `name` on the server at `adminUrl` (created if missing); its URL. */
export async function benchDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Loads one path (or, with several, each connection cycling through them) for `duration` seconds. */
export async function load(
  paths: string | readonly string[],
  cookie: string,
  connections: number,
  duration: number,
): Promise<LoadResult> {
  const list = typeof paths === 'string' ? [paths] : paths;
  const result = await autocannon({
    url: BENCH_BASE,
    connections,
    duration,
    headers: cookie ? { cookie } : {},
    requests: list.map((path) => ({ method: 'GET', path })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
