import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderLockedError, lockDataFolder } from './data-folder-lock.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const LOCK_MODULE = fileURLToPath(new URL('./data-folder-lock.ts', import.meta.url));
/** The stale time of a lock whose holder cannot be seen; every takeover here must be far quicker. */
const STALE_MS = 5_000;

/**
 * A separate Node process that loads the lock module, prints `ready`, and on `go` (its stdin) tries to
 * lock `folder`, prints `locked` or `refused`, and stays alive. Loading first lets several children race.
 */
function childLocker(folder: string) {
  const script = `
    import { lockDataFolder } from ${JSON.stringify(LOCK_MODULE)};
    console.log('ready');
    process.stdin.once('data', async () => {
      try { await lockDataFolder(process.argv[1]); console.log('locked'); }
      catch (error) { console.log(error.code === 'DATA_FOLDER_LOCKED' ? 'refused' : 'error ' + error.message); }
    });
    setInterval(() => {}, 60_000);`;
  // tsx loads the TypeScript source (resolved from the repository root, where it is installed).
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, folder], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split('\n');
    buffered = complete.pop()!;
    lines.push(...complete);
    waiters.splice(0).forEach((wake) => wake());
  });
  const line = (index: number) =>
    new Promise<string>((resolve, reject) => {
      const check = () => (lines.length > index ? resolve(lines[index]!) : waiters.push(check));
      child.once('exit', (code) => reject(new Error(`child exited with ${code}: ${lines.join(' / ')}`)));
      check();
    });
  return {
    child,
    ready: () => line(0),
    lock: async () => {
      child.stdin.write('go\n');
      return line(1);
    },
  };
}

/** A child that holds the lock on `folder`. */
async function childHolder(folder: string) {
  const holder = childLocker(folder);
  expect(await holder.ready()).toBe('ready');
  expect(await holder.lock()).toBe('locked');
  return holder.child;
}

async function killHard(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited; // reaped: a zombie would still answer signal 0
}

describe('the data-folder lock', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const newFolder = async () => {
    const parent = await mkdtemp(join(tmpdir(), 'trellis-lock-'));
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    return join(parent, 'data');
  };
  const track = (child: ChildProcess) => {
    cleanups.push(() => killHard(child));
    return child;
  };

  it('takes over at once the lock of a holder killed with SIGKILL', async () => {
    const folder = await newFolder();
    const holder = track(await childHolder(folder));
    expect(JSON.parse(await readFile(`${folder}.lock-holder`, 'utf8'))).toMatchObject({
      pid: holder.pid,
      host: hostname(),
    });

    await killHard(holder);
    const started = performance.now();
    const release = await lockDataFolder(folder);
    const tookMs = performance.now() - started;
    expect(tookMs).toBeLessThan(STALE_MS / 5);
    expect(JSON.parse(await readFile(`${folder}.lock-holder`, 'utf8'))).toMatchObject({ pid: process.pid });

    await release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
    expect(existsSync(`${folder}.lock-holder`)).toBe(false);
  });

  it('still refuses while the holder runs, naming it', async () => {
    const folder = await newFolder();
    const holder = track(await childHolder(folder));

    const attempt = lockDataFolder(folder);
    await expect(attempt).rejects.toBeInstanceOf(DataFolderLockedError);
    await expect(attempt).rejects.toThrow(
      `Another Trellis process is using the data folder ${folder} (process ${holder.pid} on this machine). Stop it`,
    );
  });

  it('lets exactly one of several processes starting together take over a killed holder’s lock', async () => {
    const folder = await newFolder();
    await killHard(track(await childHolder(folder)));

    const contenders = Array.from({ length: 4 }, () => childLocker(folder));
    for (const contender of contenders) track(contender.child);
    await Promise.all(contenders.map((contender) => contender.ready()));
    const outcomes = await Promise.all(contenders.map((contender) => contender.lock()));
    expect(outcomes.filter((outcome) => outcome === 'locked')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'refused')).toHaveLength(3);
  });

  it('falls back to the stale time for a holder on another machine', async () => {
    const folder = await newFolder();
    await mkdir(`${folder}.lock`, { recursive: true });
    await writeFile(
      `${folder}.lock-holder`,
      JSON.stringify({ pid: 4242, host: 'elsewhere.example', start: null }),
    );

    const fresh = lockDataFolder(folder);
    await expect(fresh).rejects.toThrow('(process 4242 on elsewhere.example)');
    await expect(fresh).rejects.toThrow(/If that process was killed, the lock frees itself within 5 seconds/);

    const longAgo = new Date(Date.now() - 2 * STALE_MS);
    await utimes(`${folder}.lock`, longAgo, longAgo);
    const release = await lockDataFolder(folder);
    await release();
  });

  it('treats a record with this process’s pid that it does not hold as a previous process (a restarted container)', async () => {
    const folder = await newFolder();
    await mkdir(`${folder}.lock`, { recursive: true });
    await writeFile(
      `${folder}.lock-holder`,
      JSON.stringify({ pid: process.pid, host: hostname(), start: null }),
    );
    const release = await lockDataFolder(folder);
    // …but a second lock by this process, which does hold it now, is refused.
    await expect(lockDataFolder(folder)).rejects.toBeInstanceOf(DataFolderLockedError);
    await release();
  });

  it('refuses a lock whose holder left no record until it goes stale', async () => {
    const folder = await newFolder();
    await mkdir(`${folder}.lock`, { recursive: true });
    await expect(lockDataFolder(folder)).rejects.toThrow(
      new RegExp(`^Another Trellis process is using the data folder ${folder}\\. Stop it`),
    );
  });
});
