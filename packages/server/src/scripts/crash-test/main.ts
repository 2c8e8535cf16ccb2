/**
 * `npm run test:crash`: kill -9 during acknowledged writes, restart, and check that nothing
 * acknowledged was lost and nothing was left half-written.
 *
 * Each cycle drives a mix of real API writes at a real `trellis serve` process (networks with their
 * parent link and audit entry, memberships, survey answers that replace three rows at a time), kills
 * it with SIGKILL at a random moment while writes are in flight, starts it again at once (no retry:
 * on PGlite the new process must take over the killed one's data-folder lock), and reads back every
 * write acknowledged in the cycle. At the end the database itself is checked, across all cycles.
 *
 *   --cycles N             kill-restart cycles per engine (default 20, or TRELLIS_CRASH_CYCLES)
 *   --engines LIST         pglite, postgres or both (default: pglite, and postgres when
 *                          TRELLIS_TEST_DATABASE_URL names a server the test may create a database on)
 */
import { parseArgs } from 'node:util';
import { checkCycleThroughApi, checkDatabase } from './checks.js';
import { chooseEngines, type Engine } from './engines.js';
import { RESPONDENTS, seedFixture } from './fixture.js';
import { Ledger } from './ledger.js';
import { startServer, type ServerProcess } from './server-process.js';
import { InFlight, moveWorld, setUpWorld, writeUntilStopped } from './writes.js';

/** When a cycle's kill comes: after this many acknowledged writes and a few milliseconds more, both at random. */
const KILL_AFTER = { acknowledged: { min: 5, max: 60 }, extraMs: 25 };

interface Result {
  engine: string;
  cycles: number;
  ledger: Ledger;
  restartMs: number[];
  inFlightAtKill: number[];
  seconds: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { cycles: { type: 'string' }, engines: { type: 'string' } },
    allowPositionals: false,
  });
  const cycles = Number(values.cycles ?? process.env.TRELLIS_CRASH_CYCLES ?? 20);
  if (!Number.isInteger(cycles) || cycles < 1)
    throw new Error(`--cycles must be a whole number of at least 1, not "${values.cycles}".`);
  const results: Result[] = [];
  for (const engine of chooseEngines(values.engines, process.env.TRELLIS_TEST_DATABASE_URL)) {
    results.push(await runOnEngine(engine, cycles));
  }
  console.log(`\n${summary(results)}`);
  return results.every(passed) ? 0 : 1;
}

async function runOnEngine(engine: Engine, cycles: number): Promise<Result> {
  console.log(`\n== ${engine.name}: ${cycles} cycles of writes, kill -9, restart ==`);
  const started = performance.now();
  await engine.create();
  let server: ServerProcess | undefined;
  let keep = false;
  try {
    const seeding = await engine.open();
    const fixture = await seedFixture(seeding.db);
    await seeding.close();

    server = await startServer(engine.env);
    const world = await setUpWorld(server.url, fixture);
    const ledger = new Ledger(RESPONDENTS);
    const restartMs: number[] = [];
    const inFlightAtKill: number[] = [];
    for (let cycle = 1; cycle <= cycles; cycle += 1) {
      const before = { acknowledged: ledger.acknowledged, unanswered: ledger.unanswered };
      inFlightAtKill.push(
        await killDuringWrites(server, ledger, (stopped, inFlight) =>
          writeUntilStopped(world, ledger, cycle, inFlight, stopped),
        ),
      );
      server = await startServer(engine.env);
      restartMs.push(server.startMs);
      moveWorld(world, server.url);
      await checkCycleThroughApi(world, ledger, cycle);
      console.log(
        `cycle ${cycle}: ${ledger.acknowledged - before.acknowledged} writes acknowledged, ` +
          `${ledger.unanswered - before.unanswered} in flight at the kill; restarted in ${(server.startMs / 1000).toFixed(2)} s; ` +
          `lost so far ${ledger.lost.length}, half-written ${ledger.inconsistent.length}`,
      );
    }
    await server.stop();
    server = undefined;
    const checking = await engine.open();
    try {
      await checkDatabase(checking.db, world, ledger);
    } finally {
      await checking.close();
    }
    const result = {
      engine: engine.name,
      cycles,
      ledger,
      restartMs,
      inFlightAtKill,
      seconds: (performance.now() - started) / 1000,
    };
    keep = !passed(result);
    return result;
  } catch (error) {
    keep = true;
    if (server) console.error(`The server printed:\n${server.output()}`);
    throw error;
  } finally {
    await server?.kill();
    if (keep) console.error(`Kept for inspection: ${engine.location}`);
    else await engine.drop();
  }
}

/**
 * Runs the writes and kills the server at a random moment: after a random number of acknowledged
 * writes (so a slow start does not leave a cycle empty) and a random few milliseconds more, once
 * at least one write is in flight. Resolves, once the writers have given up, to how many were.
 */
async function killDuringWrites(
  server: ServerProcess,
  ledger: Ledger,
  write: (stopped: () => boolean, inFlight: InFlight) => Promise<void>,
): Promise<number> {
  const inFlight = new InFlight();
  let stopped = false;
  const writing = write(() => stopped, inFlight);
  const target =
    ledger.acknowledged +
    KILL_AFTER.acknowledged.min +
    Math.floor(Math.random() * (KILL_AFTER.acknowledged.max - KILL_AFTER.acknowledged.min + 1));
  await waitUntil(() => ledger.acknowledged >= target, 'the writes to be acknowledged');
  await sleep(Math.random() * KILL_AFTER.extraMs);
  await waitUntil(() => inFlight.count > 0, 'a write in flight');
  stopped = true;
  const caught = inFlight.count;
  await server.kill();
  await writing;
  return caught;
}

async function waitUntil(condition: () => boolean, what: string) {
  for (const since = performance.now(); !condition(); await sleep(1)) {
    if (performance.now() - since > 60_000)
      throw new Error(`Waited a minute for ${what}: the writers stopped.`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** "6", or "4 to 6". */
function range(values: number[]): string {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? String(low) : `${low} to ${high}`;
}

function passed(result: Result): boolean {
  const { lost, inconsistent, unexpected } = result.ledger;
  return lost.length === 0 && inconsistent.length === 0 && unexpected.length === 0;
}

function summary(results: Result[]): string {
  const lines = results.map((result) => {
    const { ledger } = result;
    const sorted = [...result.restartMs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const problems = [
      ...ledger.lost.map((what) => `  LOST: ${what}`),
      ...ledger.inconsistent.map((what) => `  HALF-WRITTEN: ${what}`),
      ...ledger.unexpected.map((what) => `  UNEXPECTED ANSWER: ${what}`),
    ];
    return [
      `${result.engine}: ${passed(result) ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(0)} s`,
      `  cycles: ${result.cycles}; writes acknowledged: ${ledger.acknowledged}; in flight at the kills (no answer): ${ledger.unanswered}` +
        ` (${range(result.inFlightAtKill)} at each kill)`,
      `  acknowledged writes lost: ${ledger.lost.length}; half-written: ${ledger.inconsistent.length}; unexpected answers: ${ledger.unexpected.length}`,
      `  restart to listening: median ${(median / 1000).toFixed(2)} s, slowest ${((sorted.at(-1) ?? 0) / 1000).toFixed(2)} s`,
      ...problems.slice(0, 50),
    ].join('\n');
  });
  return lines.join('\n\n');
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  return 1;
});
