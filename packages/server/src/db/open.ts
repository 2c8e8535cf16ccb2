import { localChangeFeed, postgresChangeFeed } from './change-feed.js';
import { mkdirSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, DatabaseConnection } from './database.js';
import { WORD_SIMILARITY_THRESHOLD } from './search.js';
import { lockDataFolder } from './data-folder-lock.js';
import { embeddedOpenError } from './engine-errors.js';
import { migrateEmbedded, migrateServer } from './migrate.js';

export interface OpenOptions {
  /** A postgres:// URL: use that server. Otherwise the embedded PGlite engine. */
  databaseUrl?: string | undefined;
  /** The PGlite data folder; `memory://` keeps everything in memory (tests). */
  dataDir?: string | undefined;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

/** Opens the configured engine, applies migrations, and returns the handle. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseConnection> {
  const migrate = options.migrate ?? true;
  if (options.databaseUrl) {
    if (migrate) await migrateServer(options.databaseUrl);
    return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  }
  const connection = await openPglite(options.dataDir ?? './data');
  try {
    if (migrate) await migrateEmbedded(connection.db as unknown as PgliteDatabase);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return connection;
}

function openPostgres(url: string, poolSize: number): DatabaseConnection {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}`,
  });
  // An idle client's network error must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(`PostgreSQL pool error: ${error.message}`));
  const db = drizzlePostgres(pool) as unknown as Database;
  const changes = postgresChangeFeed(url, pool);
  return {
    db,
    engine: 'postgres',
    location: redactPassword(url),
    changes,
    close: async () => {
      await changes.close();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<DatabaseConnection> {
  const inMemory = dataDir.startsWith('memory://');
  const folder = inMemory ? dataDir : realFolder(dataDir);
  // PGlite does not lock its folder; two processes writing one folder would corrupt it.
  const release = inMemory ? async () => {} : await lockDataFolder(folder);
  try {
    const client = await createPglite(inMemory ? undefined : folder);
    // One session for the whole process: set once, as each PostgreSQL connection is at its start.
    await client.exec(`set pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
    const db = drizzlePglite(client) as unknown as Database;
    return {
      db,
      engine: 'pglite',
      location: folder,
      changes: localChangeFeed(),
      close: async () => {
        await client.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

async function createPglite(folder: string | undefined): Promise<PGlite> {
  try {
    return await PGlite.create(folder, { extensions: { pg_trgm, unaccent } });
  } catch (error) {
    throw embeddedOpenError(error, folder ?? 'memory');
  }
}

/**
 * Creates the folder if needed and returns its real path. PGlite mounts the folder into its own
 * file system, where a symbolic link's target does not exist, so a linked folder must be resolved
 * first; locking the real path also makes two links to one folder share one lock.
 */
function realFolder(dataDir: string): string {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  return realpathSync(folder);
}

/** postgres://user:secret@host/db → postgres://user:***@host/db, for logs and messages. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}
