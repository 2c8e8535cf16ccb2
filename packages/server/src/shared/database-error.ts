/**
 * Safe descriptions of database failures. A failed query's error carries the data it was given:
 * Drizzle's message is "Failed query: … params: <every parameter>", and PostgreSQL's own message
 * and detail can quote a value ("Key (email)=(…) already exists", "Failing row contains (…)").
 * What is kept here is what names no data: the SQLSTATE code with its condition, and the names
 * of the table, column and constraint involved (the schema's words, not people's).
 */

/** The conditions an operator most often meets, by SQLSTATE; the rest are named by their class. */
const CONDITIONS: Record<string, string> = {
  '22001': 'a value is too long for its column',
  '22021': 'a character the database cannot store (such as NUL)',
  '22P02': 'a value of the wrong type',
  '23502': 'a required value is missing',
  '23503': 'a reference to a row that does not exist',
  '23505': 'a value that must be unique is already there',
  '23514': 'a value breaks a check constraint',
  '28P01': 'the password was refused',
  '3D000': 'the database does not exist',
  '40001': 'a concurrent change (serialisation failure); try again',
  '40P01': 'a deadlock with another writer; try again',
  '53100': 'the disk is full',
  '57P01': 'the server is shutting down',
};

/** SQLSTATE classes (the first two characters), from PostgreSQL's Appendix A. */
const CLASSES: Record<string, string> = {
  '08': 'a connection failure',
  '22': 'bad data',
  '23': 'an integrity constraint',
  '25': 'an invalid transaction state',
  '28': 'the sign-in was refused',
  '3D': 'an unknown database',
  '40': 'a transaction rolled back',
  '42': 'a statement the database refused (syntax or permissions)',
  '53': 'insufficient resources',
  '54': 'a program limit',
  '55': 'an object in the wrong state',
  '57': 'operator intervention',
  '58': 'a system error on the server',
  XX: 'an internal error of the server',
};

export interface PostgresFields {
  code: string;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * One line that says what the database refused without any of the data involved, such as
 * `PostgreSQL error 23505 (a value that must be unique is already there: table "people",
 * constraint "people_email_unique")`; null when `error` is not a database error.
 */
export function describeDatabaseError(error: unknown): string | null {
  const postgres = findPostgresError(error);
  if (postgres) {
    const condition = CONDITIONS[postgres.code] ?? CLASSES[postgres.code.slice(0, 2)] ?? 'an error';
    const names = (['table', 'column', 'constraint'] as const).flatMap((field) =>
      typeof postgres[field] === 'string' && postgres[field] !== '' ? [`${field} "${postgres[field]}"`] : [],
    );
    return `PostgreSQL error ${postgres.code} (${condition}${names.length > 0 ? `: ${names.join(', ')}` : ''})`;
  }
  if (!isFailedQuery(error)) return null;
  // A query that failed below PostgreSQL: a lost connection, a driver error. Its system code is safe to show.
  const system = findInCauses(error, (candidate): candidate is { code: string } =>
    /^E[A-Z]+$/.test(String((candidate as { code?: unknown }).code)),
  );
  return system ? `a database query failed (${system.code})` : 'a database query failed';
}

/** The error PostgreSQL sent, under a driver's or Drizzle's wrapping, if any. */
export function findPostgresError(error: unknown): PostgresFields | null {
  return findInCauses(error, isPostgresError);
}

/** An error PostgreSQL sent (pg's and PGlite's DatabaseError): a SQLSTATE code and a severity, unlike Node's EPIPE. */
function isPostgresError(candidate: object): candidate is PostgresFields {
  return 'severity' in candidate && 'code' in candidate && SQLSTATE.test(String(candidate.code));
}

/** Drizzle's DrizzleQueryError, recognised by shape so both drivers' wrappers count. */
function isFailedQuery(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'query' in error && 'params' in error;
}

function findInCauses<T>(error: unknown, test: (candidate: object) => candidate is T & object): T | null {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (test(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
