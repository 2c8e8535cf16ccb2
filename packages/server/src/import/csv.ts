import { CsvError, parse } from 'csv-parse/sync';
import { ImportError, type ImportIssue } from './import-error.js';
import { IMPORT_TEXTS, notValidCsv, rowWidth } from './import.texts.js';
import { loneSurrogateLine } from './storable-text.js';

/** One data row of a CSV file, with the line number a person sees it start on (the header is line 1). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  /** Column names as written, lower-cased. */
  header: string[];
  /** Rows as wide as the header. */
  rows: CsvRow[];
  /** Rows of another width: each one reported, none of them read. */
  issues: ImportIssue[];
}

/**
 * Parses CSV text with a header row: BOM stripped, cells trimmed, blank lines skipped.
 * Every row must be as wide as the header; all rows that are not are reported, not just the
 * first (which is why csv-parse's own column-count check is relaxed and done here instead).
 * Malformed CSV (an unclosed quote, a stray quote) stops parsing: it is an ImportError naming
 * the line where the broken row starts and the column, never the cell's text (csv-parse's own
 * messages quote it, so they are not passed on).
 */
export function parseCsv(text: string): CsvTable {
  const surrogate = loneSurrogateLine(text);
  if (surrogate) throw new ImportError([{ row: surrogate.line, message: surrogate.message }]);
  // One line ending, so that line numbers count what an editor shows (csv-parse counts a quoted
  // CRLF as two lines), and cells never keep a stray carriage return.
  const normalised = text.replace(/\r\n?/g, '\n');
  const lines = normalised.replace(/^\uFEFF/, '').split('\n');
  // csv-parse reports the line a record ends on; a record starts on the first non-blank line
  // after the previous one ends, which also holds for quoted cells spanning several lines.
  const startAfter = (endLine: number) => {
    let line = endLine + 1;
    while (line <= lines.length && lines[line - 1]!.trim() === '') line++;
    return line;
  };
  const endLines: number[] = [];
  let headerRecord: string[] | undefined;
  let records: string[][];
  try {
    records = parse(normalised, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record: string[], context) => {
        endLines.push(context.lines);
        headerRecord ??= record;
        return record;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const row = startAfter(endLines.at(-1) ?? 0);
      const column =
        typeof error.index === 'number' && endLines.length > 0
          ? headerRecord?.[error.index]?.toLowerCase()
          : undefined;
      throw new ImportError([{ row, column, message: notValidCsv(error.code) }]);
    }
    throw error;
  }
  const [, ...dataRecords] = records;
  if (!headerRecord) throw new ImportError([{ row: 1, message: IMPORT_TEXTS.emptyFile }]);
  const header = headerRecord.map((name) => name.toLowerCase());
  const rows: CsvRow[] = [];
  const issues: ImportIssue[] = [];
  dataRecords.forEach((record, index) => {
    const line = startAfter(endLines[index]!);
    if (record.length !== header.length) {
      issues.push({
        row: line,
        message: rowWidth(record.length, header.length),
      });
    } else {
      rows.push({ line, values: Object.fromEntries(header.map((name, column) => [name, record[column]!])) });
    }
  });
  return { header, rows, issues };
}
