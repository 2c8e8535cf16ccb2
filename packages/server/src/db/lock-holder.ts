/**
 * Who holds a data-folder lock: a small JSON file beside the lock directory, so that a process
 * that finds the folder locked can tell a live holder from a killed one at once instead of
 * waiting for the lock to go stale. (Not inside the lock directory: a file written there changes
 * the directory's mtime, which proper-lockfile reads as another process having taken the lock.)
 */
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

export interface LockHolder {
  pid: number;
  host: string;
  /** On Linux, when the process started (clock ticks since boot): tells a reused pid apart. */
  start: string | null;
}

/** Alive, dead, or unknown: a process on another machine cannot be seen from here. */
export type HolderState = 'alive' | 'dead' | 'unknown';

/** This process, as it records itself in the holder file. */
export function currentHolder(): LockHolder {
  return { pid: process.pid, host: hostname(), start: linuxProcess(process.pid)?.start ?? null };
}

/** Writes the holder file in one step (a reader never sees half of it). */
export async function writeHolder(path: string, holder: LockHolder): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(holder));
  await rename(temporary, path);
}

/** The recorded holder, or undefined when there is no readable record (an older Trellis, or a crash before writing it). */
export async function readHolder(path: string): Promise<LockHolder | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return isLockHolder(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function removeHolder(path: string): Promise<void> {
  await rm(path, { force: true });
}

/**
 * Whether the recorded holder still runs. `heldHere` says whether this process holds the lock:
 * a record with our own pid that we do not hold is a previous process that had the same pid
 * (a container restarted after a kill runs Trellis under the same pid again).
 */
export function holderState(holder: LockHolder, heldHere: boolean): HolderState {
  if (holder.host !== hostname()) return 'unknown';
  if (holder.pid === process.pid) return heldHere ? 'alive' : 'dead';
  if (!processExists(holder.pid)) return 'dead';
  const running = linuxProcess(holder.pid);
  if (running?.state === 'Z') return 'dead'; // killed, not yet reaped by its parent
  if (holder.start !== null && running && running.start !== holder.start) return 'dead'; // the pid was reused
  return 'alive';
}

/** Signal 0 checks without signalling: ESRCH means no such process; EPERM means one we may not signal, so alive. */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** State and start time from /proc/<pid>/stat (Linux); null elsewhere or when unreadable. */
function linuxProcess(pid: number): { state: string; start: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [state, start] = [fields[0], fields[19]];
    return state && start ? { state, start } : null;
  } catch {
    return null;
  }
}

function isLockHolder(value: unknown): value is LockHolder {
  if (typeof value !== 'object' || value === null) return false;
  const { pid, host, start } = value as Record<string, unknown>;
  return (
    Number.isInteger(pid) &&
    (pid as number) > 0 &&
    typeof host === 'string' &&
    (start === null || typeof start === 'string')
  );
}
