import { readFile } from 'node:fs/promises';
import {
  IMPORT_KINDS,
  ImportError,
  ImportFailedError,
  importCsv,
  type ImportIssue,
  type ImportKind,
} from '@trellis/server';
import { UsageError, type CommandIo } from '../io.js';
import { openConfiguredDatabase } from './database.js';

/**
 * `trellis import organisations|people|memberships|ties|resources FILE.csv`: all rows or none. The file is
 * read as bytes so the importer can refuse what is not UTF-8 instead of decoding it wrongly, and
 * what it prints names rows and columns, never a cell (stderr ends up in job logs).
 */
export async function importCommand(args: string[], io: CommandIo): Promise<number> {
  const [kind, file, ...rest] = args;
  if (!kind || !file || rest.length > 0)
    throw new UsageError('give a kind and one file: trellis import people staff.csv');
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`cannot import "${kind}"; choose one of ${IMPORT_KINDS.join(', ')}.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.stderr(
      `trellis import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
    return 1;
  }
  const connection = await openConfiguredDatabase(io);
  try {
    const result = await importCsv(connection.db, kind as ImportKind, bytes);
    // A server running on the same PostgreSQL database must drop what it cached.
    await connection.changes.announce();
    io.stdout(`Imported ${file}: ${describeResult(result)}.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError) && !(error instanceof ImportFailedError)) throw error;
    io.stderr(`trellis import: ${file} was not imported; nothing was written.\n`);
    const issues: ImportIssue[] =
      error instanceof ImportError
        ? error.issues
        : [{ message: { en: `The database refused it: ${error.reason}.`, es: '' } }];
    for (const issue of issues) io.stderr(`  ${describeIssue(issue)}\n`);
    return 1;
  } finally {
    await connection.close();
  }
}

function describeIssue(issue: ImportIssue): string {
  const where = [
    issue.row !== undefined ? `row ${issue.row}` : '',
    issue.column ? `column "${issue.column}"` : '',
  ]
    .filter(Boolean)
    .join(', ');
  // The command line speaks English, like the rest of its output.
  return `${where ? `${where}: ` : ''}${issue.message.en}`;
}

function describeResult(result: { created: number; updated: number }): string {
  return `${result.created} created, ${result.updated} updated`;
}
