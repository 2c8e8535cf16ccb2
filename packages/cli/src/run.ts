import { describeDatabaseError } from '@trellis/server';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { jigsawCommand } from './commands/jigsaw.js';
import { serveCommand } from './commands/serve.js';
import { snaCommand } from './commands/sna.js';
import { spcCommand } from './commands/spc.js';
import { UsageError, type CommandIo } from './io.js';

const USAGE = `Usage: trellis <command> [options]

Commands:
  serve                      Start Trellis (loads the demo region into an empty database)
  demo [--force]             Build the demo region (into an empty database; --force replaces all data)
  import <kind> FILE.csv     Import organisations, people, memberships, ties or resources from CSV (see docs/import.md)
  export network SLUG --out FILE [--format graphml|gexf|csv] [--level people|organisations] [--wave ID]
                             Export a network's relationship map with its attributes and measures
  export resources --out FILE.csv
                             Export the knowledge bank (drafts left out) as CSV, as import reads it
  sna <metrics|convert> ...  Network analysis on graph files (see packages/sna/README.md)
  spc FILE.csv --chart run|i|p [--direction up|down]
                             Run chart and SPC chart signals for one measure, as JSON (see packages/spc/README.md)
  jigsaw ROSTER.csv --topics K [--avoid PAIRS.csv] [--seed S] [--max-table N]
                             Home and expert groups of a jigsaw that mix organisations, as JSON (see packages/jigsaw/README.md)
  help                       Show this help

Configuration (environment): PORT, DATABASE_URL, TRELLIS_DATA_DIR, TRELLIS_PUBLIC_URL,
TRELLIS_SECURE_COOKIES, TRELLIS_TRUST_PROXY, TRELLIS_LOG_REQUESTS. See README.md.
`;

type Command = (args: string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  demo: demoCommand,
  import: importCommand,
  export: exportCommand,
  sna: snaCommand,
  spc: spcCommand,
  jigsaw: jigsawCommand,
};

/** Runs one `trellis` command line; resolves to the exit code. */
export async function runCommand(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`trellis: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`trellis ${name}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`trellis ${name}: ${describeFailure(error)}\n`);
    return 1;
  }
}

/**
 * What a failed command prints. A database error's own message is never shown: Drizzle's lists
 * the statement's parameters (names, emails, answers) and PostgreSQL's can quote a value, and a
 * command's stderr ends up in terminals and job logs. Something thrown that is not an Error
 * gets its code or a plain sentence, not "[object Object]".
 */
export function describeFailure(error: unknown): string {
  const database = describeDatabaseError(error);
  if (database) return `the database refused a statement: ${database}.`;
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  const { message, code } = (typeof error === 'object' && error !== null ? error : {}) as {
    message?: unknown;
    code?: unknown;
  };
  if (typeof message === 'string' && message !== '') return message;
  if (typeof code === 'string' && code !== '') return `failed with ${code}`;
  return 'failed unexpectedly';
}
