import { describe, expect, it } from 'vitest';
import { readEdgeList, writeEdgeList } from './edgelist.js';
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

describe('readEdgeList', () => {
  it('reads edges, weights, comments, tabs and blank lines', () => {
    const data = readEdgeList('# a comment\n1 2\n2\t3  0.5 # trailing\r\n\n   \n3 1 2e3\n');
    expect(data.edges).toEqual([
      { source: '1', target: '2' },
      { source: '2', target: '3', weight: 0.5 },
      { source: '3', target: '1', weight: 2000 },
    ]);
    expect(data.weighted).toBe(true);
    expect(data.nodes).toEqual(['1', '2', '3']);
  });

  it('ends a field at "#", splits on Unicode spaces and accepts CR line endings', () => {
    const data = readEdgeList('a b#comment\rc\u00a0d\r\n\u00e9 f');
    expect(data.edges).toEqual([
      { source: 'a', target: 'b' },
      { source: 'c', target: 'd' },
      { source: '\u00e9', target: 'f' },
    ]);
  });

  it('counts lines across mixed line endings in errors', () => {
    const error = errorOf(() => readEdgeList('a b\r\nc d\re f\ng h x'));
    expect([error.line, error.column]).toEqual([4, 5]);
  });

  it('reads a single id as an isolated node', () => {
    const data = readEdgeList('a b\nc\n');
    expect(data.nodes).toEqual(['a', 'b', 'c']);
    expect(data.edges).toHaveLength(1);
    expect(data.weighted).toBe(false);
  });

  it('names the line and column of a bad weight', () => {
    const error = errorOf(() => readEdgeList('a b 1\n\na  c  x1\n'));
    expect([error.line, error.column, error.field]).toEqual([3, 7, 'weight']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SnaFormatError');
  });

  it('rejects NaN and Infinity weights', () => {
    expect(errorOf(() => readEdgeList('a b NaN')).line).toBe(1);
    expect(errorOf(() => readEdgeList('a b Infinity')).line).toBe(1);
  });

  it('names the column of an extra field', () => {
    const error = errorOf(() => readEdgeList('a b 1 extra\n'));
    expect([error.line, error.column]).toEqual([1, 7]);
  });
});

describe('writeEdgeList', () => {
  it('writes weights only for weighted data and lists isolated nodes last', () => {
    const text = writeEdgeList({
      directed: true,
      weighted: false,
      nodes: ['a', 'b', 'c'],
      edges: [{ source: 'a', target: 'b', weight: 9 }],
      nodeAttributes: new Map(),
    });
    expect(text).toBe('# Trellis edge list: 3 nodes, 1 edges, directed\na b\nc\n');
  });

  it('round-trips through readEdgeList', () => {
    const original = readEdgeList('x y 1.5\ny z 0.1\nz x -3\nw\n');
    const back = readEdgeList(writeEdgeList(original));
    expect(back.edges).toEqual(original.edges);
    expect(back.nodes).toEqual(original.nodes);
  });

  it('refuses ids that the format cannot hold', () => {
    const data = { directed: false, weighted: false, nodes: [], nodeAttributes: new Map() };
    expect(() => writeEdgeList({ ...data, edges: [{ source: 'a b', target: 'c' }] })).toThrow(SnaFormatError);
    expect(() => writeEdgeList({ ...data, edges: [{ source: 'a#', target: 'c' }] })).toThrow(
      /use CSV or GraphML/,
    );
  });
});
