import lockfile from 'proper-lockfile';

/** How long a lock survives without its holder refreshing it: a killed process frees the folder after this. */
const STALE_AFTER_MS = 5_000;

export class DataFolderLockedError extends Error {
  readonly code = 'DATA_FOLDER_LOCKED';
  constructor(folder: string) {
    super(
      `Another Trellis process is using the data folder ${folder}. ` +
        `Stop it, or set TRELLIS_DATA_DIR to another folder. ` +
        `If that process was killed, the lock frees itself within ${STALE_AFTER_MS / 1000} seconds.`,
    );
    this.name = 'DataFolderLockedError';
  }
}

/** Takes an exclusive, self-refreshing lock on a PGlite data folder; resolves to its release. */
export async function lockDataFolder(folder: string): Promise<() => Promise<void>> {
  try {
    const release = await lockfile.lock(folder, {
      stale: STALE_AFTER_MS,
      update: STALE_AFTER_MS / 2,
      realpath: false,
      onCompromised: (error) => {
        // Losing the lock means another process may now write the same files: stop rather than corrupt.
        console.error(`Lost the lock on ${folder}: ${error.message}. Stopping to protect the data.`);
        process.exit(70);
      },
    });
    return async () => {
      await release().catch(() => {});
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderLockedError(folder);
    throw error;
  }
}
