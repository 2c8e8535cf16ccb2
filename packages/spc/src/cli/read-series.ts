/**
 * Reads a series from CSV: a header row naming `period` and either `value` or `numerator` and
 * `denominator`, with an optional `phase`. Every mistake names its line and column, so a
 * researcher can find it in a spreadsheet.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { SpcPoint } from '../chart.js';

/** A row or column the series cannot be read from; `runSpc` prints it and exits 1. */
export class SpcDataError extends Error {
  override readonly name = 'SpcDataError';
}

const KNOWN = ['period', 'value', 'numerator', 'denominator', 'phase'];

/** A decimal number, as a spreadsheet writes it: Number() alone would also take "0x10" and "Infinity". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parses the CSV text of a series into points. */
export function readSeries(text: string): SpcPoint[] {
  const rows = parseRows(text);
  const [header, ...records] = rows;
  if (!header) throw new SpcDataError('the file is empty: expected a header row such as period,value');
  const names = header.fields.map((name) => name.trim().toLowerCase());
  names.forEach((name, i) => {
    if (!KNOWN.includes(name))
      throw new SpcDataError(
        `line 1, column ${i + 1}: unknown column "${name}" (expected ${KNOWN.join(', ')})`,
      );
    if (names.indexOf(name) !== i) throw new SpcDataError(`line 1: column "${name}" appears twice`);
  });
  const has = (name: string) => names.includes(name);
  const proportions = has('numerator') || has('denominator');
  if (!has('period')) throw new SpcDataError('line 1: no "period" column');
  if (proportions && has('value'))
    throw new SpcDataError('line 1: give either a "value" column or "numerator" and "denominator", not both');
  if (proportions && !(has('numerator') && has('denominator')))
    throw new SpcDataError('line 1: "numerator" and "denominator" go together');
  if (!proportions && !has('value'))
    throw new SpcDataError('line 1: no "value" column (or "numerator" and "denominator")');
  if (records.length === 0) throw new SpcDataError('the file has a header but no rows');

  return records.map(({ line, fields }, index) => {
    const where = (column: string) => `line ${line} (row ${index + 1}), column "${column}"`;
    if (fields.length !== names.length)
      throw new SpcDataError(
        `line ${line} (row ${index + 1}): ${fields.length} fields, the header has ${names.length}`,
      );
    const field = (column: string) => fields[names.indexOf(column)]!.trim();
    const number = (column: string) => {
      const text = field(column);
      const value = Number(text);
      if (!DECIMAL.test(text) || !Number.isFinite(value))
        throw new SpcDataError(`${where(column)}: "${text}" is not a number`);
      return value;
    };
    const period = field('period');
    if (period === '') throw new SpcDataError(`${where('period')}: the period is empty`);
    const phase = has('phase') ? { phase: field('phase') } : {};
    if (!proportions) return { period, value: number('value'), ...phase };
    const numerator = number('numerator');
    const denominator = number('denominator');
    if (numerator < 0) throw new SpcDataError(`${where('numerator')}: ${numerator} is negative`);
    if (denominator <= 0) throw new SpcDataError(`${where('denominator')}: ${denominator} is not above 0`);
    if (numerator > denominator)
      throw new SpcDataError(
        `${where('numerator')}: ${numerator} is more than the denominator ${denominator}`,
      );
    return { period, numerator, denominator, ...phase };
  });
}

interface Row {
  line: number;
  fields: string[];
}

function parseRows(text: string): Row[] {
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
      throw new SpcDataError(`line ${lines ?? '?'}: the CSV is malformed (${error.code})`);
    }
    throw error;
  }
}
