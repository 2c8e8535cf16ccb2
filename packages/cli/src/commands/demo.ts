import { parseArgs } from 'node:util';
import { buildDemoRegion, clearAllData, isDatabaseEmpty } from '@trellis/server';
import { UsageError, type CommandIo } from '../io.js';
import { openConfiguredDatabase } from './database.js';
import { describeCounts } from './serve.js';

/** `trellis demo [--force]`: builds the deterministic demo region. */
export async function demoCommand(args: string[], io: CommandIo): Promise<number> {
  let force: boolean;
  try {
    force =
      parseArgs({ args, options: { force: { type: 'boolean', default: false } } }).values.force ?? false;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const connection = await openConfiguredDatabase(io);
  try {
    if (!(await isDatabaseEmpty(connection.db))) {
      if (!force) {
        io.stderr(
          'trellis demo: the database already holds data. Use --force to replace ALL of it with the demo region.\n',
        );
        return 1;
      }
      await clearAllData(connection.db);
    }
    const started = Date.now();
    const summary = await buildDemoRegion(connection.db);
    // A server running on the same PostgreSQL database must drop what it cached.
    await connection.changes.announce();
    io.stdout(
      `Demo region built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${describeCounts(summary.counts)}.\n`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}
