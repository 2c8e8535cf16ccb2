import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvField, parseCsv } from './csv-parser.js';
import { SnaFormatError } from './format-error.js';

const rows = (text: string) => parseCsv(text).map((r) => r.fields);

function errorOf(fn: () => unknown): SnaFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SnaFormatError) return error;
    throw error;
  }
  throw new Error('expected an SnaFormatError');
}

describe('parseCsv', () => {
  it('splits plain fields and records', () => {
    expect(rows('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts CRLF, LF and CR line endings and a missing final line break', () => {
    expect(rows('a,b\r\nc,d\re,f\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(rows('"a,b","say ""hi""","two\r\nlines"\nx,"",y\n')).toEqual([
      ['a,b', 'say "hi"', 'two\r\nlines'],
      ['x', '', 'y'],
    ]);
  });

  it('keeps empty fields, including trailing ones', () => {
    expect(rows('a,,\n,,b\n')).toEqual([
      ['a', '', ''],
      ['', '', 'b'],
    ]);
  });

  it('keeps spaces around unquoted fields', () => {
    expect(rows(' a , b \n')).toEqual([[' a ', ' b ']]);
  });

  it('skips blank lines but keeps a quoted empty record', () => {
    expect(parseCsv('a,b\n\n\r\nc,d\n""\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['c', 'd'] },
      { line: 5, fields: [''] },
    ]);
  });

  it('strips a byte-order mark', () => {
    expect(rows('\ufeffsource,target\n')).toEqual([['source', 'target']]);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    const records = parseCsv('h1,h2\n"multi\nline\r\nfield",x\ny,z\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('rejects an unterminated quote at the line and column where it opened', () => {
    const error = errorOf(() => parseCsv('a,b\nc,"never\nclosed\n'));
    expect(error.line).toBe(2);
    expect(error.column).toBe(3);
    expect(error.message).toMatch(/never closed/);
  });

  // csv-parse reports the field a quoting error is in, not the character: the column is where
  // that field starts.
  it('rejects text after a closing quote at the start of its field', () => {
    const error = errorOf(() => parseCsv('a,b\n"x"y,z\n'));
    expect([error.line, error.column]).toEqual([2, 1]);
    expect(error.message).toMatch(/after its closing quote/);
    expect(error.message).not.toMatch(/"y"/);
  });

  it('rejects a bare quote inside an unquoted field at the start of that field', () => {
    const error = errorOf(() => parseCsv('a,b\nx,ab"c\n'));
    expect([error.line, error.column]).toEqual([2, 3]);
    expect(error.message).toMatch(/^sna\/io\/csv: line 2, column 3: a quote inside the unquoted field/);
    expect(error.message).not.toMatch(/ab/);
  });

  it('counts columns as an editor does after characters outside ASCII', () => {
    const error = errorOf(() => parseCsv('a,b\né😀,"x"y\n'));
    expect([error.line, error.column]).toEqual([2, 5]);
  });

  it('reports the right line after a quoted field that spans lines', () => {
    const error = errorOf(() => parseCsv('"a\r\nb",c\r\n\r\nd,e"\n'));
    expect([error.line, error.column]).toEqual([4, 3]);
  });
});

describe('formatCsvField', () => {
  it('quotes only when needed', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('two\rlines')).toBe('"two\rlines"');
    expect(formatCsvField('')).toBe('');
    expect(formatCsvField(' padded')).toBe('" padded"');
  });

  it('round-trips any table through parseCsv', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é', '😀') });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, (records) => {
        const width = records[0]!.length;
        const rectangular = records.map((r) => [...r, ...Array<string>(width).fill('')].slice(0, width));
        const text = rectangular.map((r) => r.map(formatCsvField).join(',')).join('\r\n');
        // A record of one empty field is a blank line, which the parser skips by design.
        const expected = rectangular.filter((r) => !(r.length === 1 && r[0] === ''));
        expect(rows(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
