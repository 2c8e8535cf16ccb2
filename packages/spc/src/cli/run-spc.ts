/** `trellis spc FILE.csv …` in-process: parse arguments, read the series, print the analysis as JSON. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyseSeries, type ChartKind, type Direction } from '../chart.js';
import { SpcError } from '../errors.js';
import { SpcDataError, readSeries } from './read-series.js';
import { USAGE } from './usage.js';

/** Exit codes: 0 success, 1 the file or its data is wrong, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Output streams and (optional) file reading for `runSpc`; reading defaults to node:fs. */
export interface SpcCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile?: (path: string) => Promise<string>;
}

class SpcUsageError extends Error {
  override readonly name = 'SpcUsageError';
}

const CHARTS: readonly ChartKind[] = ['run', 'i', 'p'];
const DIRECTIONS: readonly Direction[] = ['up', 'down'];

/**
 * Runs `trellis spc` with the arguments after `spc` and returns the exit code; it never calls
 * process.exit, so the main `trellis` command and tests can embed it.
 */
export async function runSpc(argv: string[], io: SpcCliIo): Promise<number> {
  try {
    if (argv[0] === 'help' || argv.includes('--help') || argv.includes('-h')) {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const { file, chart, direction } = parseCommandLine(argv);
    const text = await (io.readFile ?? ((path: string) => readFile(path, 'utf8')))(file);
    const result = analyseSeries(readSeries(text), direction ? { chart, direction } : { chart });
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    return report(error, io);
  }
}

function parseCommandLine(argv: string[]): { file: string; chart: ChartKind; direction?: Direction } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { chart: { type: 'string' }, direction: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file, ...extra] = positionals;
  if (!file) throw new SpcUsageError('missing FILE.csv');
  if (extra.length > 0) throw new SpcUsageError(`unexpected argument "${extra[0]}"`);
  const chart = values.chart as ChartKind | undefined;
  if (chart === undefined) throw new SpcUsageError('missing --chart run|i|p');
  if (!CHARTS.includes(chart)) throw new SpcUsageError(`unknown chart "${chart}" (expected run, i or p)`);
  const direction = values.direction as Direction | undefined;
  if (direction !== undefined && !DIRECTIONS.includes(direction))
    throw new SpcUsageError(`unknown direction "${direction}" (expected up or down)`);
  return direction ? { file, chart, direction } : { file, chart };
}

function report(error: unknown, io: SpcCliIo): number {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof SpcUsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'))) {
    io.stderr(`trellis spc: ${(error as Error).message}\nRun "trellis spc --help" for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof SpcDataError || error instanceof SpcError) {
    io.stderr(`trellis spc: ${error.message}\n`);
    return EXIT.failed;
  }
  if (error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    const { path } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : error.message;
    io.stderr(`trellis spc: cannot open ${path ?? 'file'}: ${reason}\n`);
    return EXIT.failed;
  }
  io.stderr(
    `trellis spc: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT.failed;
}
