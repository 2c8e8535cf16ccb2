import { describeDatabaseError } from './database-error.js';

/**
 * What may be written to a log about an unexpected error: its kind and where it was thrown, never
 * the data it was about. A database error's message carries the query's parameters (Drizzle's
 * "params: …") or quotes a value, so it is described by its SQLSTATE and schema names only
 * (describeDatabaseError); other errors keep their message, which our own code wrote.
 */
export function safeErrorReport(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const database = describeDatabaseError(error);
  const head = `${error.name}: ${database ?? error.message}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [head, ...frames].join('\n');
}
