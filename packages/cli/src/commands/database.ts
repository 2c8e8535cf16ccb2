import { openDatabase, readConfig, type DatabaseConnection } from '@trellis/server';
import type { CommandIo } from '../io.js';

/** Opens the database the environment points at (DATABASE_URL, else PGlite in TRELLIS_DATA_DIR). */
export async function openConfiguredDatabase(io: CommandIo): Promise<DatabaseConnection> {
  const config = readConfig(io.env);
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}
