/** `trellis jigsaw ROSTER.csv …` in-process: parse arguments, read the files, print the groups as JSON. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { JigsawError } from '../errors.js';
import { DEFAULTS, formJigsaw } from '../form.js';
import { JigsawDataError } from './csv.js';
import { readPairs, readRoster } from './read-roster.js';
import { USAGE } from './usage.js';

/** Exit codes: 0 success, 1 a file or its data is wrong, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Output streams and (optional) file reading for `runJigsaw`; reading defaults to node:fs. */
export interface JigsawCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile?: (path: string) => Promise<string>;
}

class JigsawUsageError extends Error {
  override readonly name = 'JigsawUsageError';
}

interface CommandLine {
  roster: string;
  avoid: string | undefined;
  topics: number;
  seed: number;
  maxTableSize: number;
}

/**
 * Runs `trellis jigsaw` with the arguments after `jigsaw` and returns the exit code; it never
 * calls process.exit, so the main `trellis` command and tests can embed it.
 */
export async function runJigsaw(argv: string[], io: JigsawCliIo): Promise<number> {
  try {
    if (argv[0] === 'help' || argv.includes('--help') || argv.includes('-h')) {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const { roster, avoid, ...options } = parseCommandLine(argv);
    const read = io.readFile ?? ((path: string) => readFile(path, 'utf8'));
    const participants = readRoster(roster, await read(roster));
    const people = new Set(participants.map(({ id }) => id));
    const pairs = avoid === undefined ? [] : readPairs(avoid, await read(avoid), people);
    io.stdout(`${JSON.stringify(formJigsaw(participants, { ...options, avoid: pairs }), null, 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    return report(error, io);
  }
}

function parseCommandLine(argv: string[]): CommandLine {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      topics: { type: 'string' },
      avoid: { type: 'string' },
      seed: { type: 'string' },
      'max-table': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [roster, ...extra] = positionals;
  if (!roster) throw new JigsawUsageError('missing ROSTER.csv');
  if (extra.length > 0) throw new JigsawUsageError(`unexpected argument "${extra[0]}"`);
  if (values.topics === undefined) throw new JigsawUsageError('missing --topics K');
  return {
    roster,
    avoid: values.avoid,
    topics: wholeNumber('--topics', values.topics, 2, Number.MAX_SAFE_INTEGER, 'at least 2'),
    seed: wholeNumber('--seed', values.seed ?? String(DEFAULTS.seed), 0, 0xffff_ffff, 'from 0 to 4294967295'),
    maxTableSize: wholeNumber(
      '--max-table',
      values['max-table'] ?? String(DEFAULTS.maxTableSize),
      2,
      Number.MAX_SAFE_INTEGER,
      'at least 2',
    ),
  };
}

function wholeNumber(option: string, text: string, min: number, max: number, range: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new JigsawUsageError(`${option} "${text}": expected a whole number ${range}`);
  return value;
}

function report(error: unknown, io: JigsawCliIo): number {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof JigsawUsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'))) {
    io.stderr(`trellis jigsaw: ${(error as Error).message}\nRun "trellis jigsaw --help" for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof JigsawDataError || error instanceof JigsawError) {
    io.stderr(`trellis jigsaw: ${error.message}\n`);
    return EXIT.failed;
  }
  if (error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    const { path } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : error.message;
    io.stderr(`trellis jigsaw: cannot open ${path ?? 'file'}: ${reason}\n`);
    return EXIT.failed;
  }
  io.stderr(
    `trellis jigsaw: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT.failed;
}
