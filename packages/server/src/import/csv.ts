import { CsvError, parse } from 'csv-parse/sync';
import { ImportError } from './import-error.js';

/** One data row of a CSV file, with the line number a person sees it on (the header is line 1). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Parses CSV text with a header row: BOM stripped, cells trimmed, blank lines skipped, every row
 * the header's width. Malformed CSV (an unclosed quote, a row of the wrong width) is an
 * ImportError naming the line.
 */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with the line it ends on (the typings do not express that).
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true, info: true, relax_column_count: false }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ImportError([{ row: line, message: `The file is not valid CSV: ${error.message}.` }]);
    }
    throw error;
  }
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) throw new ImportError([{ row: 1, message: 'The file is empty; it needs a header row and data rows.' }]);
  const header = headerRecord.record.map((name) => name.toLowerCase());
  const rows = dataRecords.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])),
  }));
  return { header, rows };
}
