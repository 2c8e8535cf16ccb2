import { findPostgresError } from './postgres-error.js';

/**
 * What may be written to a log about an unexpected error: its kind and where it was thrown, never
 * the data it was about. A database error's message carries the query's parameters (Drizzle's
 * "params: …") or echoes a value ('invalid input syntax for type uuid: "…"'), so for those only
 * the SQLSTATE and the constraint are kept; other errors keep their message, which our code wrote.
 */
export function safeErrorReport(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const database = databaseFacts(error);
  const head = database
    ? `${error.name}: database error ${database.code}${database.constraint ? ` (constraint ${database.constraint})` : ''}`
    : `${error.name}: ${error.message}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [head, ...frames].join('\n');
}

/** A database error's SQLSTATE and constraint; undefined when this is not a database error. */
function databaseFacts(error: Error): { code: string; constraint?: string } | undefined {
  // Drizzle wraps every failed query, and its message lists the parameters even without a cause.
  const wrapped = error.name === 'DrizzleQueryError' || error.message.startsWith('Failed query:');
  return findPostgresError(error) ?? (wrapped ? { code: 'unknown' } : undefined);
}
