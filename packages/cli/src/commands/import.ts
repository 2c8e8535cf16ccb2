import { readFile } from 'node:fs/promises';
import { IMPORT_KINDS, ImportError, importCsv, type ImportKind } from '@trellis/server';
import { UsageError, type CommandIo } from '../io.js';
import { openConfiguredDatabase } from './database.js';

/** `trellis import organisations|people|memberships|ties FILE.csv`: all rows or none. */
export async function importCommand(args: string[], io: CommandIo): Promise<number> {
  const [kind, file, ...rest] = args;
  if (!kind || !file || rest.length > 0) throw new UsageError('give a kind and one file: trellis import people staff.csv');
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`cannot import "${kind}"; choose one of ${IMPORT_KINDS.join(', ')}.`);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.stderr(`trellis import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  const connection = await openConfiguredDatabase(io);
  try {
    const result = await importCsv(connection.db, kind as ImportKind, text);
    // A server running on the same PostgreSQL database must drop what it cached.
    await connection.changes.announce();
    io.stdout(`Imported ${file}: ${describeResult(result)}.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    io.stderr(`trellis import: ${file} was not imported; nothing was written.\n`);
    for (const issue of error.issues) {
      const where = [issue.row !== undefined ? `row ${issue.row}` : '', issue.column ? `column "${issue.column}"` : '']
        .filter(Boolean)
        .join(', ');
      io.stderr(`  ${where ? `${where}: ` : ''}${issue.message}\n`);
    }
    return 1;
  } finally {
    await connection.close();
  }
}

function describeResult(result: { created: number; updated: number }): string {
  return `${result.created} created, ${result.updated} updated`;
}
