import { parseCsv } from './csv.js';
import { ImportError, type ImportIssue } from './import-error.js';
import { REQUIRED_COLUMNS, ROW_SCHEMAS, type ImportKind, type ImportRow } from './import-kinds.js';

/** A row that passed its schema, with its line in the file. */
export interface ValidRow<K extends ImportKind> {
  line: number;
  data: ImportRow<K>;
}

/** Parses and validates a whole file; every problem is collected before failing, none is written. */
export function validateFile<K extends ImportKind>(kind: K, csvText: string): ValidRow<K>[] {
  const { header, rows } = parseCsv(csvText);
  const schema = ROW_SCHEMAS[kind];
  const known = Object.keys(schema.shape);
  const issues: ImportIssue[] = [
    ...header
      .filter((column) => !known.includes(column))
      .map((column) => ({ row: 1, column, message: `Unknown column; the columns are ${known.join(', ')}.` })),
    ...REQUIRED_COLUMNS[kind]
      .filter((column) => !header.includes(column))
      .map((column) => ({ row: 1, column, message: 'This required column is missing.' })),
    ...duplicateColumns(header),
  ];
  if (issues.length > 0) throw new ImportError(issues);
  if (rows.length === 0) throw new ImportError([{ row: 2, message: 'The file has a header but no rows.' }]);

  const valid: ValidRow<K>[] = [];
  for (const row of rows) {
    const cells = Object.fromEntries(known.map((column) => [column, row.values[column] ?? '']));
    const parsed = schema.safeParse(cells);
    if (parsed.success) valid.push({ line: row.line, data: parsed.data as ImportRow<K> });
    else {
      for (const issue of parsed.error.issues) {
        issues.push({ row: row.line, column: issue.path.length > 0 ? String(issue.path[0]) : undefined, message: issue.message });
      }
    }
  }
  if (issues.length > 0) throw new ImportError(issues);
  return valid;
}

function duplicateColumns(header: string[]): ImportIssue[] {
  return header
    .filter((column, index) => header.indexOf(column) !== index)
    .map((column) => ({ row: 1, column, message: 'This column appears twice.' }));
}

/** Issues for rows whose key repeats an earlier row's (the first occurrence is fine). */
export function duplicateKeys<T>(rows: readonly ValidRow<ImportKind>[], keyOf: (row: ValidRow<ImportKind>) => T | null, column: string, what: string) {
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
