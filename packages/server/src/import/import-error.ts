import type { Text } from '../shared/text.js';

/** One problem in an import file: where (row as a person counts lines, header = 1; column) and what, in both languages. */
export interface ImportIssue {
  row?: number | undefined;
  column?: string | undefined;
  message: Text;
}

/** An import that was refused whole: every problem found, and the promise that nothing was written. */
export class ImportError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(
      `The file was not imported (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written.`,
    );
    this.name = 'ImportError';
  }
}

/**
 * An import that passed every check but that the database then refused (a lost connection, a
 * full disk, a concurrent change). Its transaction rolled back, so nothing was written. Unlike
 * the error it replaces, it carries no query, parameters or cause: those hold the file's cells.
 */
export class ImportFailedError extends Error {
  constructor(readonly reason: string) {
    super(`The import failed and was rolled back; nothing was written. Cause: ${reason}.`);
    this.name = 'ImportFailedError';
  }
}
