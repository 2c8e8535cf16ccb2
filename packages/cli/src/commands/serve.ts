import { parseArgs } from 'node:util';
import { buildDemoRegion, DEMO_ACCOUNTS, isDatabaseEmpty, readConfig, startServer } from '@trellis/server';
import type { CommandIo } from '../io.js';
import { UsageError } from '../io.js';
import { openConfiguredDatabase } from './database.js';

/** `trellis serve`: migrate, load the demo region into an empty database, listen until stopped. */
export async function serveCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parse(args);
  const config = readConfig(io.env);
  const connection = await openConfiguredDatabase(io);
  io.stdout(
    `Trellis: ${connection.engine === 'pglite' ? 'embedded PostgreSQL (PGlite) in' : 'PostgreSQL at'} ${connection.location}\n`,
  );

  if (!values['no-demo'] && (await isDatabaseEmpty(connection.db))) {
    io.stdout('The database is empty: building the demo region (once; seconds)…\n');
    const started = Date.now();
    const summary = await buildDemoRegion(connection.db);
    io.stdout(
      `Demo region ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${describeCounts(summary.counts)}.\n`,
    );
  }

  const server = await startServer(connection, config);
  io.stdout(`\nTrellis is running at ${server.url}\n`);
  io.stdout(`Demo sign-ins (password for all: ${DEMO_ACCOUNTS[0]?.password ?? ''}):\n`);
  for (const account of DEMO_ACCOUNTS) io.stdout(`  ${account.email.padEnd(38)} ${account.description}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stdout('Stopping…\n');
  await server.close();
  await connection.close();
  return 0;
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { 'no-demo': { type: 'boolean', default: false } },
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** "712 organisations, 20,118 people, …" */
export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([what, count]) => `${count.toLocaleString('en')} ${what}`)
    .join(', ');
}
