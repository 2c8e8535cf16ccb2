/** One problem in an import file: where (row as a person counts lines, header = 1; column) and what. */
export interface ImportIssue {
  row?: number | undefined;
  column?: string | undefined;
  message: string;
}

/** An import that was refused whole: every problem found, and the promise that nothing was written. */
export class ImportError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(`The file was not imported (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written.`);
    this.name = 'ImportError';
  }
}
