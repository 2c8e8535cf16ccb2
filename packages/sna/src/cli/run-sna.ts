/** `trellis sna ...` in-process: parse arguments, run a command, turn errors into messages and exit codes. */
import { SnaError } from '../graph/errors.js';
import { SnaUsageError, filesOf } from './cli-io.js';
import type { SnaCliIo } from './cli-io.js';
import { runConvert } from './convert.command.js';
import { runMetrics } from './metrics.command.js';
import { USAGE } from './usage.js';

/** Exit codes: 0 success, 1 a file or computation failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Runs `trellis sna` with the arguments after `sna` (e.g. `['metrics', 'g.csv']`) and returns
 * the exit code; it never calls process.exit, so the main `trellis` command and tests can embed it.
 */
export async function runSna(argv: string[], io: SnaCliIo): Promise<number> {
  const [command, ...args] = argv;
  const files = filesOf(io);
  try {
    switch (command) {
      case 'metrics':
        return await runMetrics(args, io, files);
      case 'convert':
        return await runConvert(args, io, files);
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return EXIT.ok;
      case undefined:
        throw new SnaUsageError('missing command');
      default:
        throw new SnaUsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: SnaCliIo): number {
  if (error instanceof SnaUsageError || isParseArgsError(error)) {
    io.stderr(`trellis sna: ${(error as Error).message}\nRun "trellis sna help" for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof SnaError) {
    io.stderr(`trellis sna: ${error.message}\n`);
    return EXIT.failed;
  }
  if (isFileError(error)) {
    const reason =
      error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory' : error.message;
    io.stderr(`trellis sna: cannot open ${error.path ?? 'file'}: ${reason}\n`);
    return EXIT.failed;
  }
  io.stderr(
    `trellis sna: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT.failed;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function isFileError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && error instanceof Error;
}
