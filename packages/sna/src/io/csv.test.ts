import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from './csv.js';
import { SnaFormatError } from './format-error.js';

function errorOf(fn: () => unknown): SnaFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SnaFormatError) return error;
    throw error;
  }
  throw new Error('expected an SnaFormatError');
}

describe('readCsv', () => {
  it('reads source, target and weight columns in any order and ignores others', () => {
    const data = readCsv('Weight,note,TARGET,source\n2.5,"hello, world",b,a\n,x,c,b\n');
    expect(data.edges).toEqual([
      { source: 'a', target: 'b', weight: 2.5 },
      { source: 'b', target: 'c' },
    ]);
    expect(data.nodes).toEqual(['a', 'b', 'c']);
    expect(data.weighted).toBe(true);
    expect(data.directed).toBeUndefined();
  });

  it('reads ids with commas, quotes and line breaks', () => {
    const data = readCsv('source,target\r\n"Smith, J.","O""Brien"\r\n"two\nlines",x\r\n');
    expect(data.edges).toEqual([
      { source: 'Smith, J.', target: 'O"Brien' },
      { source: 'two\nlines', target: 'x' },
    ]);
  });

  it('treats a row with an empty target as an isolated node', () => {
    const data = readCsv('source,target\na,b\nz,\n');
    expect(data.nodes).toEqual(['a', 'b', 'z']);
    expect(data.edges).toHaveLength(1);
  });

  it('keeps repeated edges and self-loops for the graph model to merge', () => {
    const data = readCsv('source,target\na,b\na,b\nc,c\n');
    expect(data.edges).toHaveLength(3);
  });

  it('names the line and field of a bad weight', () => {
    const error = errorOf(() => readCsv('source,target,weight\na,b,1\nb,c,heavy\n'));
    expect(error.line).toBe(3);
    expect(error.field).toBe('weight');
    expect(error.message).toBe('sna/io/csv: line 3, field "weight": weight "heavy" is not a finite number');
  });

  it('rejects a missing header column, an empty file and ragged rows', () => {
    expect(errorOf(() => readCsv('from,to\na,b\n')).line).toBe(1);
    expect(errorOf(() => readCsv('')).message).toMatch(/empty/);
    const ragged = errorOf(() => readCsv('source,target\na,b\n\nc,d,e\n'));
    expect(ragged.line).toBe(4);
    expect(ragged.message).toMatch(/expected 2 fields/);
  });

  it('rejects an empty source and a weight without a target', () => {
    expect(errorOf(() => readCsv('source,target\n,b\n')).field).toBe('source');
    expect(errorOf(() => readCsv('source,target,weight\na,,3\n')).field).toBe('target');
  });
});

describe('writeCsv', () => {
  it('writes a header, quotes where needed and uses CRLF', () => {
    const text = writeCsv({
      directed: false,
      weighted: true,
      nodes: ['a,1', 'b', 'lonely'],
      edges: [{ source: 'a,1', target: 'b', weight: 0.1 }],
      nodeAttributes: new Map(),
    });
    expect(text).toBe('source,target,weight\r\n"a,1",b,0.1\r\nlonely,,\r\n');
  });

  it('round-trips through readCsv', () => {
    const original = readCsv('source,target,weight\n"x ""1""",y,3\ny,"z\nz",-1e-7\nq,,\n');
    expect(readCsv(writeCsv(original))).toEqual(original);
  });

  it('neutralises ids a spreadsheet would run as formulas, as the server exports do, but not numbers', () => {
    const text = writeCsv({
      directed: false,
      weighted: true,
      nodes: ['=HYPERLINK("x")', '-1', '@sum', '+2.5e3', '-1+2'],
      edges: [
        { source: '=HYPERLINK("x")', target: '-1', weight: -0.5 },
        { source: '@sum', target: '+2.5e3', weight: 1 },
      ],
      nodeAttributes: new Map(),
    });
    expect(text).toBe(
      'source,target,weight\r\n"\'=HYPERLINK(""x"")",-1,-0.5\r\n"\'@sum",+2.5e3,1\r\n"\'-1+2",,\r\n',
    );
    expect(readCsv(text).nodes).toEqual(['\'=HYPERLINK("x")', '-1', "'@sum", '+2.5e3', "'-1+2"]);
  });
});
