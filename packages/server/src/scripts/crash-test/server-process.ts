/** `trellis serve` as the crash test runs it: a real, separate process, started, killed with SIGKILL, started again. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../../cli/dist/main.js', import.meta.url));
const READY = /Trellis is running at (\S+)/;
/** A start that takes longer than this is a failure, not a slow machine. */
const START_TIMEOUT_MS = 120_000;

export interface ServerProcess {
  url: string;
  pid: number;
  /** From spawning the process to its first listening line. */
  startMs: number;
  /** SIGKILL: no shutdown code runs, as when the machine's supervisor or the OOM killer ends it. */
  kill(): Promise<void>;
  /** SIGTERM: the ordinary stop. */
  stop(): Promise<void>;
  /** Everything it printed (shown when something fails). */
  output(): string;
}

/**
 * Starts `trellis serve --no-demo` on a free port with `env` naming the database, and resolves once it
 * listens. Nothing retries: a start that fails (for instance on the lock a killed process left) fails the test.
 */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'serve', '--no-demo'], {
    env: { ...baseEnvironment(), PORT: '0', HOST: '127.0.0.1', TRELLIS_LOG_REQUESTS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`trellis serve did not start in ${START_TIMEOUT_MS / 1000} s:\n${printed}`)),
      START_TIMEOUT_MS,
    );
    child.stdout!.on('data', () => {
      const match = READY.exec(printed);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`trellis serve exited (${signal ?? code}) before listening:\n${printed}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    startMs: performance.now() - started,
    kill: () => end(child, 'SIGKILL'),
    stop: () => end(child, 'SIGTERM'),
    output: () => printed,
  };
}

/** Sends the signal and waits until the process is gone (and reaped). */
async function end(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

/** This process's environment without the variables that choose a database: each run names its own. */
function baseEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.TRELLIS_DATA_DIR;
  return env;
}
