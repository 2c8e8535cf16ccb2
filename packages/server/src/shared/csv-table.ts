/**
 * The one CSV writer for files Trellis hands out. Text cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return, or their full-width forms) are
 * neutralised as OWASP's "CSV Injection" page advises: prefixed with a single quote and quoted,
 * so a person named `=HYPERLINK(…)` reads as that text instead of a link that leaks the sheet.
 * Numbers are written as numbers: a negative E-I index stays -0.5, not '-0.5. csv-stringify
 * (csv-parse's sibling, already trusted for imports) does the quoting and the neutralising.
 */
import { stringify } from 'csv-stringify/sync';

/** A cell: text (neutralised if need be), a number (as is), or empty. */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// Spaces at a cell's ends would be lost to readers that trim, as Trellis's own importer does.
const EDGE_SPACE = /^\s|\s$/;

/** The rows (the first one being the header) as RFC 4180 CSV with CRLF line ends. */
export function writeCsvTable(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(rows as CsvCell[][], {
    record_delimiter: 'windows',
    // With a record delimiter set, csv-stringify quotes only cells holding CRLF; a lone LF or CR
    // must be quoted too, or a reader that splits on it breaks the row.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      string: (value) =>
        FORMULA_START.test(value) || EDGE_SPACE.test(value) ? { value, quoted: true } : value,
    },
  });
}
