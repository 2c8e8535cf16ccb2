import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Graph } from '../graph/graph.js';
import { articulationPoints } from './articulation-points.js';
import { weakComponents } from './components.js';

const ids = (graph: Graph, flags: Uint8Array) =>
  [...flags.keys()].filter((i) => flags[i] === 1).map((i) => graph.nodeId(i));
const build = (edges: [string, string][], directed = false) =>
  Graph.fromEdges(
    edges.map(([source, target]) => ({ source, target })),
    { directed },
  );

describe('articulationPoints', () => {
  it('finds the inner nodes of a path, the centre of a star, and the node joining two triangles', () => {
    const path = build([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    expect(ids(path, articulationPoints(path))).toEqual(['b', 'c']);
    const star = build([
      ['hub', 'x'],
      ['hub', 'y'],
      ['hub', 'z'],
    ]);
    expect(ids(star, articulationPoints(star))).toEqual(['hub']);
    const bowtie = build([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'c'],
    ]);
    expect(ids(bowtie, articulationPoints(bowtie))).toEqual(['c']);
    const cycle = build([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
    ]);
    expect(ids(cycle, articulationPoints(cycle))).toEqual([]);
  });

  it('reads a directed graph as undirected, and ignores self-loops', () => {
    const graph = build(
      [
        ['a', 'b'],
        ['c', 'b'],
        ['b', 'b'],
      ],
      true,
    );
    expect(ids(graph, articulationPoints(graph))).toEqual(['b']);
  });

  it('marks exactly the nodes whose removal adds components (checked by brute force)', () => {
    const edgeList = fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 })), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(edgeList, (pairs) => {
        const edges = pairs.map(([s, t]) => [String(s), String(t)] as [string, string]);
        const graph = build(edges);
        const flags = articulationPoints(graph);
        const before = weakComponents(graph).count;
        for (let i = 0; i < graph.nodeCount; i++) {
          const id = graph.nodeId(i);
          const rest = edges.filter(([s, t]) => s !== id && t !== id);
          const others = [...Array(graph.nodeCount).keys()]
            .map((j) => graph.nodeId(j))
            .filter((other) => other !== id);
          const without = Graph.fromEdges(
            rest.map(([source, target]) => ({ source, target })),
            { nodes: others },
          );
          expect(flags[i] === 1, `node ${id}`).toBe(weakComponents(without).count > before);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
