import { parseCsv } from './csv.js';
import { ImportError, type ImportIssue } from './import-error.js';
import { REQUIRED_COLUMNS, ROW_SCHEMAS, type ImportKind, type ImportRow } from './import-kinds.js';

/** A row that passed its schema, with its line in the file. */
export interface ValidRow<K extends ImportKind> {
  line: number;
  data: ImportRow<K>;
}

/** A file after the checks that need no database: its columns, the rows that passed, and every problem. */
export interface CheckedFile<K extends ImportKind> {
  /** The columns the file has; an update leaves the others as they are. */
  columns: ReadonlySet<string>;
  rows: ValidRow<K>[];
  issues: ImportIssue[];
}

/**
 * Parses and checks a whole file: header, row widths and every cell. Problems are collected,
 * not thrown, so that the importer can add the ones only the database can find (unknown
 * references) and report them all at once. Only a file that is not CSV at all throws here.
 */
export function validateFile<K extends ImportKind>(kind: K, csvText: string): CheckedFile<K> {
  const { header, rows, issues } = parseCsv(csvText);
  const schema = ROW_SCHEMAS[kind];
  const known = Object.keys(schema.shape);
  const missing = REQUIRED_COLUMNS[kind].filter((column) => !header.includes(column));
  issues.unshift(
    ...header
      .filter((column) => !known.includes(column))
      .map((column) => ({ row: 1, column, message: `Unknown column; the columns are ${known.join(', ')}.` })),
    ...missing.map((column) => ({ row: 1, column, message: 'This required column is missing.' })),
    ...header
      .filter((column, index) => header.indexOf(column) !== index)
      .map((column) => ({ row: 1, column, message: 'This column appears twice.' })),
  );
  if (rows.length === 0 && issues.length === 0) issues.push({ row: 2, message: 'The file has a header but no rows.' });

  const valid: ValidRow<K>[] = [];
  for (const row of rows) {
    const cells = Object.fromEntries(known.map((column) => [column, row.values[column] ?? '']));
    const parsed = schema.safeParse(cells);
    if (parsed.success) {
      valid.push({ line: row.line, data: parsed.data as ImportRow<K> });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      // A missing column is reported once, on the header, not again on every row.
      if (column && missing.includes(column)) continue;
      issues.push({ row: row.line, column, message: issue.message });
    }
  }
  return { columns: new Set(header.filter((column) => known.includes(column))), rows: valid, issues };
}

/** Throws every problem, file order, if there is any; the caller's transaction then writes nothing. */
export function rejectIfAny(...groups: ImportIssue[][]): void {
  const issues = groups.flat();
  if (issues.length === 0) return;
  const ordered = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.index - b.index)
    .map(({ issue }) => issue);
  throw new ImportError(ordered);
}

/** Issues for rows whose key repeats an earlier row's (the first occurrence is fine). */
export function duplicateKeys<R extends { line: number }, T>(rows: readonly R[], keyOf: (row: R) => T | null, column: string, what: string) {
  const firstLine = new Map<T, number>();
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, row.line);
    else issues.push({ row: row.line, column, message: `The same ${what} as row ${earlier}.` });
  }
  return issues;
}
