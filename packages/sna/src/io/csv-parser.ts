/**
 * A small RFC 4180 parser: comma-separated fields, records ending in CRLF, LF or CR, fields in
 * double quotes that may hold commas, line breaks and doubled quotes ("" for ").
 *
 * It is strict where leniency would hide a broken file: a quote inside an unquoted field, text
 * after a closing quote and an unterminated quote are errors that name the line and column.
 * Blank lines are skipped (RFC 4180 does not allow them, but editors leave them at the end).
 */
import { SnaFormatError } from './format-error.js';

/** One CSV record and the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

/** Splits CSV text into records; throws SnaFormatError with line and column on malformed quoting. */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const n = source.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (message: string, at: number, atLine = line, atLineStart = lineStart): never => {
    throw new SnaFormatError('csv', message, { line: atLine, column: at - atLineStart + 1 });
  };

  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    let sawQuote = false;
    for (;;) {
      if (source.charCodeAt(i) === QUOTE) {
        sawQuote = true;
        const openAt = i;
        const openLine = line;
        const openLineStart = lineStart;
        let value = '';
        i++;
        for (;;) {
          const close = source.indexOf('"', i);
          if (close === -1) fail('quoted field is never closed', openAt, openLine, openLineStart);
          const chunk = source.slice(i, close);
          value += chunk;
          // Quoted fields may span lines; keep line numbers right for later errors.
          for (let k = i; k < close; k++) {
            const c = source.charCodeAt(k);
            if (c === LF || (c === CR && source.charCodeAt(k + 1) !== LF)) {
              line++;
              lineStart = k + 1;
            }
          }
          i = close + 1;
          if (source.charCodeAt(i) === QUOTE) {
            value += '"';
            i++;
          } else {
            break;
          }
        }
        fields.push(value);
        const next = source.charCodeAt(i);
        if (i < n && next !== COMMA && next !== LF && next !== CR) {
          fail('unexpected character after a closing quote (a quote inside a field must be doubled)', i);
        }
      } else {
        const start = i;
        while (i < n) {
          const c = source.charCodeAt(i);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE)
            fail('a quote inside an unquoted field (quote the whole field and double the quote)', i);
          i++;
        }
        fields.push(source.slice(start, i));
      }
      if (i < n && source.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      break;
    }
    // End of record: consume one line break.
    if (source.charCodeAt(i) === CR) i++;
    if (source.charCodeAt(i) === LF) i++;
    line++;
    lineStart = i;
    const blank = fields.length === 1 && fields[0] === '' && !sawQuote;
    if (!blank) records.push({ line: recordLine, fields });
  }
  return records;
}

/** Quotes a field when RFC 4180 requires it (comma, quote or line break) or when spaces at its ends would be lost. */
export function formatCsvField(value: string): string {
  if (/[",\r\n]|^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}
