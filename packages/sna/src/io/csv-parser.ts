/**
 * CSV in and out through csv-parse and csv-stringify, the libraries the server reads imports and
 * writes exports with, so the whole repository has one CSV reader and one writer.
 *
 * Reading is RFC 4180 and strict where leniency would hide a broken file: a quote inside an
 * unquoted field, text after a closing quote and an unterminated quote are errors that name the
 * line and column where the broken field starts (never its text, which csv-parse's own messages
 * quote). Records may end in CRLF, LF or CR; a byte-order mark is dropped; blank lines are skipped
 * (RFC 4180 does not allow them, but editors leave them at the end).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { SnaFormatError } from './format-error.js';

/** One CSV record and the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const LF = 10;
const CR = 13;

/** Splits CSV text into records; throws SnaFormatError with line and column on malformed quoting. */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.replace(/^\uFEFF/, '');
  // csv-parse counts a quoted CRLF as two lines, so lines are counted here from the byte offsets
  // it reports (it reads the UTF-8 bytes of the text).
  const bytes = Buffer.from(source, 'utf8');
  const lines = new LineIndex(bytes);
  const records: CsvRecord[] = [];
  let recordEnd = 0;
  try {
    const parsed = parse(source, {
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      info: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[]; // the typings ignore `info`
    for (const { record, info } of parsed) {
      records.push({ line: lines.at(skipBlankLines(bytes, recordEnd)).line, fields: record });
      recordEnd = info.bytes;
    }
  } catch (error) {
    if (error instanceof CsvError) throw formatError(error, bytes, lines);
    throw error;
  }
  return records;
}

// The error names where the broken field starts: csv-parse reports the record's start
// (bytes_records), the offset just before the field (bytes) and the field's index.
function formatError(error: CsvError, bytes: Buffer, lines: LineIndex): Error {
  const start = skipBlankLines(bytes, numberOf(error, 'bytes_records'));
  const fieldStart = error.index === 0 ? start : numberOf(error, 'bytes') + 1;
  const { line, column } = lines.at(Math.max(start, fieldStart));
  return new SnaFormatError('csv', describe(error), { line, column });
}

function describe(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'the quoted field starting here is never closed (a " is missing)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'the quoted field starting here goes on after its closing quote (a quote inside a field must be doubled)';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote inside the unquoted field starting here (quote the whole field and double the quote)';
    default:
      return `the CSV reader stopped with ${error.code}`;
  }
}

function numberOf(error: CsvError, key: string): number {
  const value = (error as unknown as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : 0;
}

// Blank lines before a record are skipped by the parser; the record starts after them.
function skipBlankLines(bytes: Buffer, offset: number): number {
  let at = offset;
  while (bytes[at] === LF || bytes[at] === CR) at++;
  return at;
}

/** Line and column (1-based, in UTF-16 units as an editor counts them) of byte offsets. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly bytes: Buffer) {
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i];
      if (c === LF || (c === CR && bytes[i + 1] !== LF)) this.starts.push(i + 1);
    }
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.starts[low] as number;
    return { line: low + 1, column: this.bytes.toString('utf8', lineStart, offset).length + 1 };
  }
}

/** A cell a spreadsheet would run as a formula (OWASP "CSV Injection"), as the server's csv-table.ts defines it. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// Spaces at a field's ends would be lost to readers that trim.
const EDGE_SPACE = /^\s|\s$/;
// A number such as -1 or -2.5e3 is data, not a formula: it is written as is.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export interface FormatCsvOptions {
  /**
   * Prefix text a spreadsheet would run as a formula with a single quote (and quote it), as
   * csv-stringify's escape_formulas does for the server's exports. Numbers are left alone.
   */
  escapeFormulas?: boolean;
}

/**
 * Writes records as RFC 4180 CSV with CRLF line ends. A field is quoted when RFC 4180 requires it
 * (comma, quote or line break) or when spaces at its ends would be lost.
 */
export function formatCsv(records: readonly (readonly string[])[], options: FormatCsvOptions = {}): string {
  const escape = options.escapeFormulas === true;
  return stringify(records as string[][], {
    record_delimiter: 'windows',
    // With a record delimiter set, csv-stringify quotes only fields holding CRLF; a lone LF or CR
    // must be quoted too, or readers that split on it break the record.
    quote_record_delimiter: true,
    escape_formulas: escape,
    cast: {
      string: (value) => {
        if (escape && NUMBER.test(value)) return { value, escape_formulas: false };
        if ((escape && FORMULA_START.test(value)) || EDGE_SPACE.test(value)) return { value, quoted: true };
        return value;
      },
    },
  });
}

/** Quotes a field when RFC 4180 requires it (comma, quote or line break) or when spaces at its ends would be lost. */
export function formatCsvField(value: string): string {
  return formatCsv([[value]]).slice(0, -2);
}
