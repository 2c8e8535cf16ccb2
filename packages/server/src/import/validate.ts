import { parseCsv } from './csv.js';
import { ImportError, type ImportIssue } from './import-error.js';
import { REQUIRED_COLUMNS, ROW_SCHEMAS, type ImportKind, type ImportRow } from './import-kinds.js';
import { localisedIssueMessage } from '../shared/locale.js';
import { isText, type Text } from '../shared/text.js';
import {
  headerCellNotAColumn,
  headerCellRepeats,
  IMPORT_TEXTS,
  sameAsRow,
  unknownColumn,
  type RepeatedKey,
} from './import.texts.js';
import { unstorableText } from './storable-text.js';
import type { z } from 'zod';

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
export function validateFile<K extends ImportKind>(
  kind: K,
  csvText: string,
  /** Columns the file may leave out, read as these values (a network's own import gives its slug). */
  given: Readonly<Record<string, string>> = {},
): CheckedFile<K> {
  const { header, rows, issues } = parseCsv(csvText);
  const schema = ROW_SCHEMAS[kind];
  const known = Object.keys(schema.shape);
  const missing = REQUIRED_COLUMNS[kind].filter(
    (column) => !header.includes(column) && given[column] === undefined,
  );
  issues.unshift(
    ...header.flatMap((column, index) => {
      if (known.includes(column)) return [];
      return [headerIssue(column, unknownColumn(known), headerCellNotAColumn(index + 1, known))];
    }),
    ...missing.map((column) => ({ row: 1, column, message: IMPORT_TEXTS.unknownColumnMissing })),
    ...header.flatMap((column, index) => {
      const first = header.indexOf(column);
      return first === index
        ? []
        : [headerIssue(column, IMPORT_TEXTS.columnTwice, headerCellRepeats(index + 1, first + 1))];
    }),
  );
  if (rows.length === 0 && issues.length === 0) issues.push({ row: 2, message: IMPORT_TEXTS.headerOnly });

  const valid: ValidRow<K>[] = [];
  for (const row of rows) {
    const cells = Object.fromEntries(
      known.map((column) => [
        column,
        row.values[column] ?? (header.includes(column) ? '' : (given[column] ?? '')),
      ]),
    );
    // Text the database cannot hold is this row's problem, like any bad cell, and never reaches a statement.
    const unstorable = known.flatMap((column) => {
      const problem = unstorableText(cells[column]!);
      return problem ? [{ row: row.line, column, message: problem }] : [];
    });
    issues.push(...unstorable);
    const parsed = schema.safeParse(cells);
    if (parsed.success) {
      if (unstorable.length === 0) valid.push({ line: row.line, data: parsed.data as ImportRow<K> });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      // A missing column is reported once, on the header, not again on every row; a cell
      // already refused for its characters is not judged again on its value.
      if (column && (missing.includes(column) || unstorable.some((problem) => problem.column === column)))
        continue;
      issues.push({ row: row.line, column, message: issueText(issue) });
    }
  }
  return { columns: new Set(header.filter((column) => known.includes(column))), rows: valid, issues };
}

/** A cell's problem in both languages: a cell parser's own text (cells.ts), or zod's check as Trellis words it. */
function issueText(issue: z.core.$ZodIssue): Text {
  if (issue.code === 'custom' && isText(issue.params?.text)) return issue.params.text;
  return { en: localisedIssueMessage(issue, 'en'), es: localisedIssueMessage(issue, 'es') };
}

/**
 * An issue about a header cell. It is named when it looks like a column name; otherwise it is
 * counted, because a file without a header row has a person's name or email in that place.
 */
function headerIssue(column: string, named: Text, counted: Text): ImportIssue {
  return /^[a-z][a-z0-9_]{0,62}$/.test(column)
    ? { row: 1, column, message: named }
    : { row: 1, message: counted };
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
export function duplicateKeys<R extends { line: number }, T>(
  rows: readonly R[],
  keyOf: (row: R) => T | null,
  column: string,
  what: RepeatedKey,
) {
  const firstLine = new Map<T, number>();
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, row.line);
    else issues.push({ row: row.line, column, message: sameAsRow(what, earlier) });
  }
  return issues;
}
