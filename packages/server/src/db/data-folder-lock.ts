/**
 * An exclusive lock on a PGlite data folder (PGlite does not lock it itself; two processes writing
 * one folder would corrupt it). Beside `<folder>`:
 *
 * - `<folder>.lock/`: proper-lockfile's lock directory, whose mtime the holder refreshes; a lock
 *   not refreshed for STALE_AFTER_MS is stale (the rule for a holder we cannot see).
 * - `<folder>.lock-holder`: the holder's pid and host, so that a lock whose holder was killed on
 *   this machine is taken over at once instead of after the stale time.
 * - `<folder>.lock-gate/`: held for the milliseconds it takes to acquire the lock, so that two
 *   processes starting together never both take over a dead holder's lock (one removing the lock
 *   the other has just made), and no one reads the holder file between the lock and its record.
 */
import { rmdir } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import {
  currentHolder,
  holderState,
  readHolder,
  removeHolder,
  writeHolder,
  type HolderState,
  type LockHolder,
} from './lock-holder.js';

/** How long a lock survives without its holder refreshing it: a holder we cannot see frees the folder after this. */
const STALE_AFTER_MS = 5_000;
/** The gate is held for milliseconds; a process killed inside it leaves it stale after proper-lockfile's minimum, 2 s. */
const GATE_STALE_MS = 2_000;
/** Waiting for the gate: long enough to outlast a gate left stale by a killed process. */
const GATE_RETRIES = { retries: 40, minTimeout: 20, maxTimeout: 200 };

/** The folders this process holds (a holder record with our own pid is ours only if listed here). */
const heldHere = new Set<string>();

export class DataFolderLockedError extends Error {
  readonly code = 'DATA_FOLDER_LOCKED';
  /** `holder` and its state when known: a live holder here is named; one we cannot see may have been killed. */
  constructor(folder: string, holder?: LockHolder, state?: HolderState) {
    const seen = holder && state === 'alive';
    const who = holder ? ` (process ${holder.pid} on ${seen ? 'this machine' : holder.host})` : '';
    super(
      `Another Trellis process is using the data folder ${folder}${who}. ` +
        `Stop it, or set TRELLIS_DATA_DIR to another folder.` +
        (seen
          ? ''
          : ` If that process was killed, the lock frees itself within ${STALE_AFTER_MS / 1000} seconds.`),
    );
    this.name = 'DataFolderLockedError';
  }
}

/** Takes an exclusive, self-refreshing lock on a PGlite data folder; resolves to its release. */
export async function lockDataFolder(folder: string): Promise<() => Promise<void>> {
  const holderFile = `${folder}.lock-holder`;
  const leaveGate = await enterGate(folder);
  try {
    const release = await takeLock(folder, holderFile);
    heldHere.add(folder);
    try {
      await writeHolder(holderFile, currentHolder());
    } catch (error) {
      heldHere.delete(folder);
      await release().catch(() => {});
      throw error;
    }
    return async () => {
      heldHere.delete(folder);
      // The record goes first: once the lock directory is gone, the next holder may already be writing its own.
      await removeHolder(holderFile).catch(() => {});
      await release().catch(() => {});
    };
  } finally {
    await leaveGate();
  }
}

/** The lock itself; a lock whose holder is known to be dead is removed and taken (we are inside the gate). */
async function takeLock(folder: string, holderFile: string): Promise<() => Promise<void>> {
  try {
    return await lockOnce(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = await readHolder(holderFile);
    const state = holder && holderState(holder, heldHere.has(folder));
    if (!holder || state !== 'dead') throw new DataFolderLockedError(folder, holder, state);
    await rmdir(`${folder}.lock`).catch((removal: NodeJS.ErrnoException) => {
      if (removal.code !== 'ENOENT') throw removal;
    });
    return lockOnce(folder);
  }
}

/** proper-lockfile's lock: mkdir, then an mtime refresh every STALE_AFTER_MS / 2; a stale lock by mtime is taken. */
function lockOnce(folder: string): Promise<() => Promise<void>> {
  return lockfile.lock(folder, {
    stale: STALE_AFTER_MS,
    update: STALE_AFTER_MS / 2,
    realpath: false,
    onCompromised: (error) => {
      // Losing the lock means another process may now write the same files: stop rather than corrupt.
      console.error(`Lost the lock on ${folder}: ${error.message}. Stopping to protect the data.`);
      process.exit(70);
    },
  });
}

async function enterGate(folder: string): Promise<() => Promise<void>> {
  const gate = `${folder}.lock-gate`;
  try {
    const leave = await lockfile.lock(gate, {
      lockfilePath: gate,
      stale: GATE_STALE_MS,
      realpath: false,
      retries: GATE_RETRIES,
      // Held for milliseconds; if it were ever lost, the lock itself still guards the folder.
      onCompromised: () => {},
    });
    return () => leave().catch(() => {});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderLockedError(folder);
    throw error;
  }
}
