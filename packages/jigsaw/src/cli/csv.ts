/**
 * The CSV reading both files share: a header row of known column names (any order and case),
 * then rows with as many fields. Every mistake names the file, its line and the column, so a
 * facilitator can find it in a spreadsheet.
 */
import { CsvError, parse } from 'csv-parse/sync';

/** A file, row or column the jigsaw cannot be read from; `runJigsaw` prints it and exits 1. */
export class JigsawDataError extends Error {
  override readonly name = 'JigsawDataError';
}

/** What a file's header may and must hold, and an example header for the error of an empty file. */
export interface Columns {
  known: readonly string[];
  required: readonly string[];
  example: string;
}

/** One data row: its line in the file, its number among the rows, and a reader of its fields. */
export interface Row {
  line: number;
  row: number;
  /** The trimmed field of `column`, or undefined when the header has no such column. */
  field: (column: string) => string | undefined;
  /** "FILE, line 3 (row 2), column "person"": where to look. */
  where: (column: string) => string;
}

/** Reads the rows of `text`, the contents of `file`, checking the header against `columns`. */
export function readRows(file: string, text: string, columns: Columns): Row[] {
  const [header, ...records] = parseRows(file, text);
  if (!header)
    throw new JigsawDataError(`${file}: the file is empty: expected a header row such as ${columns.example}`);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  names.forEach((name, i) => {
    if (!columns.known.includes(name))
      throw new JigsawDataError(
        `${file}, line 1, column ${i + 1}: unknown column "${name}" (expected ${columns.known.join(', ')})`,
      );
    if (names.indexOf(name) !== i)
      throw new JigsawDataError(`${file}, line 1: column "${name}" appears twice`);
  });
  for (const name of columns.required)
    if (!names.includes(name)) throw new JigsawDataError(`${file}, line 1: no "${name}" column`);
  if (records.length === 0) throw new JigsawDataError(`${file}: the file has a header but no rows`);
  return records.map(({ line, fields }, index) => {
    if (fields.length !== names.length)
      throw new JigsawDataError(
        `${file}, line ${line} (row ${index + 1}): ${fields.length} fields, the header has ${names.length}`,
      );
    const at = (column: string) => names.indexOf(column);
    return {
      line,
      row: index + 1,
      field: (column) => (at(column) < 0 ? undefined : fields[at(column)]!.trim()),
      where: (column) => `${file}, line ${line} (row ${index + 1}), column "${column}"`,
    };
  });
}

function parseRows(file: string, text: string): { line: number; fields: string[] }[] {
  try {
    const parsed = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]; // the typings ignore `info`
    return parsed.map(({ record, info }) => ({ line: info.lines, fields: record }));
  } catch (error) {
    if (error instanceof CsvError) {
      const { lines } = error as CsvError & { lines?: number };
      throw new JigsawDataError(`${file}, line ${lines ?? '?'}: the CSV is malformed (${error.code})`);
    }
    throw error;
  }
}
