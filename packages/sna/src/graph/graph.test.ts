import { describe, expect, it } from 'vitest';
import { SnaError } from './errors.js';
import { Graph } from './graph.js';

const edges = (...pairs: [string, string, number?][]) =>
  pairs.map(([source, target, weight]) =>
    weight === undefined ? { source, target } : { source, target, weight },
  );

describe('Graph.fromEdges', () => {
  it('interns ids in order, isolates from `nodes` first', () => {
    const g = Graph.fromEdges(edges(['a', 'b'], ['b', 'c']), { nodes: ['z', 'b'] });
    expect([0, 1, 2, 3].map((i) => g.nodeId(i))).toEqual(['z', 'b', 'a', 'c']);
    expect(g.indexOf('c')).toBe(3);
    expect(g.indexOf('nope')).toBeUndefined();
    expect(g.nodeCount).toBe(4);
    expect(g.edgeCount).toBe(2);
  });

  it('merges repeated undirected edges (a–b equals b–a) by sum, first or max', () => {
    const input = edges(['a', 'b', 2], ['b', 'a', 5], ['a', 'b', 1]);
    const weightOf = (g: Graph) => {
      let w = 0;
      g.forEachEdge((_s, _t, x) => (w = x));
      return w;
    };
    expect(weightOf(Graph.fromEdges(input, { weighted: true }))).toBe(8);
    expect(weightOf(Graph.fromEdges(input, { weighted: true, multiEdges: 'first' }))).toBe(2);
    expect(weightOf(Graph.fromEdges(input, { weighted: true, multiEdges: 'max' }))).toBe(5);
    expect(weightOf(Graph.fromEdges(input))).toBe(1);
    expect(Graph.fromEdges(input).edgeCount).toBe(1);
  });

  it('keeps directions apart in directed graphs, with sorted out- and in-adjacency', () => {
    const g = Graph.fromEdges(edges(['a', 'c'], ['a', 'b'], ['b', 'a'], ['c', 'a']), { directed: true });
    expect(g.edgeCount).toBe(4);
    const a = g.indexOf('a')!;
    expect(Array.from(g.outTargets.subarray(g.outOffsets[a], g.outOffsets[a + 1]))).toEqual([1, 2]);
    expect(Array.from(g.inTargets.subarray(g.inOffsets[a], g.inOffsets[a + 1]))).toEqual([1, 2]);
  });

  it('keeps or drops self-loops', () => {
    const input = edges(['a', 'a'], ['a', 'b']);
    expect(Graph.fromEdges(input).edgeCount).toBe(2);
    expect(Graph.fromEdges(input).selfLoopCount).toBe(1);
    expect(Graph.fromEdges(input, { selfLoops: 'drop' }).edgeCount).toBe(1);
  });

  it('visits every undirected edge once', () => {
    const g = Graph.fromEdges(edges(['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'c']));
    const seen: string[] = [];
    g.forEachEdge((s, t) => seen.push(`${g.nodeId(s)}${g.nodeId(t)}`));
    expect(seen.sort()).toEqual(['ab', 'ac', 'bc', 'cc']);
  });

  it('rejects non-finite weights with a named error', () => {
    expect(() => Graph.fromEdges(edges(['a', 'b', Number.NaN]), { weighted: true })).toThrow(SnaError);
    expect(() => Graph.fromEdges(edges(['a', 'b', Number.NaN]), { weighted: true })).toThrow(/^sna\/graph:/);
  });

  it('stores node attributes by id', () => {
    const g = Graph.fromEdges(edges(['a', 'b']));
    g.setNodeAttribute(
      'school',
      new Map([
        ['b', 'North'],
        ['x', 'ignored'],
      ]),
    );
    expect(g.nodeAttributeNames()).toEqual(['school']);
    expect(g.getNodeAttribute('school', g.indexOf('b')!)).toBe('North');
    expect(g.getNodeAttribute('school', g.indexOf('a')!)).toBeUndefined();
  });
});
