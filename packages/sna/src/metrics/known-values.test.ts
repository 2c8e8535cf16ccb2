/** Known values for graph-level measures that NetworkX lacks or that are worth seeing by hand. */
import { describe, expect, it } from 'vitest';
import { Graph } from '../graph/graph.js';
import { degreeCentralization } from './centralization.js';
import { density, reciprocity } from './cohesion.js';
import { distances } from './distance.js';
import { eiIndex } from './ei-index.js';

const undirected = (pairs: string[]) => Graph.fromEdges(pairs.map((p) => ({ source: p[0]!, target: p[1]! })));
const directed = (pairs: string[]) =>
  Graph.fromEdges(
    pairs.map((p) => ({ source: p[0]!, target: p[1]! })),
    { directed: true },
  );

describe('degree centralization (Freeman 1979)', () => {
  it('is 1 for a star and 0 for a cycle', () => {
    expect(degreeCentralization(undirected(['ab', 'ac', 'ad', 'ae'])).degree).toBe(1);
    expect(degreeCentralization(undirected(['ab', 'bc', 'cd', 'da'])).degree).toBe(0);
  });

  it('is Σ(max − d) / ((n−1)(n−2)) in between', () => {
    // Path a-b-c-d: degrees 1,2,2,1, max 2: (1 + 0 + 0 + 1) / (3 · 2).
    expect(degreeCentralization(undirected(['ab', 'bc', 'cd'])).degree).toBeCloseTo(2 / 6, 15);
  });

  it('measures in- and out-stars on directed graphs', () => {
    const inStar = directed(['ba', 'ca', 'da']);
    expect(degreeCentralization(inStar)).toMatchObject({ in: 1, out: 1 / 9 });
  });
});

describe('E-I index (Krackhardt & Stern 1988)', () => {
  it('is (E − I) / (E + I)', () => {
    const g = undirected(['ab', 'bc', 'cd', 'da', 'ac']);
    g.setNodeAttribute(
      'team',
      new Map([
        ['a', '1'],
        ['b', '1'],
        ['c', '2'],
        ['d', '2'],
      ]),
    );
    // Internal: ab, cd; external: bc, da, ac.
    expect(eiIndex(g, 'team')).toBeCloseTo((3 - 2) / 5, 15);
  });

  it('is −1 when every tie stays inside its group and null without countable ties', () => {
    const g = undirected(['ab', 'cd']);
    g.setNodeAttribute(
      'team',
      new Map([
        ['a', '1'],
        ['b', '1'],
        ['c', '2'],
        ['d', '2'],
      ]),
    );
    expect(eiIndex(g, 'team')).toBe(-1);
    g.setNodeAttribute('none', new Map());
    expect(eiIndex(g, 'none')).toBeNull();
  });

  it('names the algorithm when the attribute is missing', () => {
    expect(() => eiIndex(undirected(['ab']), 'nope')).toThrow(/^sna\/ei-index: .*'nope'/);
  });
});

describe('cohesion and distance', () => {
  it('density and reciprocity of a small directed graph', () => {
    const g = directed(['ab', 'ba', 'bc']);
    expect(density(g)).toBeCloseTo(3 / 6, 15);
    expect(reciprocity(g)).toBeCloseTo(2 / 3, 15);
    expect(reciprocity(undirected(['ab']))).toBeNull();
  });

  it('measures diameter and average distance on the largest component only', () => {
    const g = undirected(['ab', 'bc', 'cd', 'xy']);
    expect(distances(g)).toEqual({ largestComponentSize: 4, diameter: 3, averageShortestPath: 20 / 12 });
  });
});
