import { describe, expect, it } from 'vitest';
import { computeAll, sampledBetweennessErrorBound } from './compute-all.js';
import { Graph } from './graph/graph.js';
import { createRandom } from './graph/random.js';

function advice(): Graph {
  const pairs = [
    ['ana', 'ben'],
    ['ben', 'ana'],
    ['ben', 'cai'],
    ['cai', 'dee'],
    ['dee', 'ben'],
    ['eve', 'dee'],
  ];
  const g = Graph.fromEdges(
    pairs.map(([source, target]) => ({ source: source!, target: target! })),
    {
      directed: true,
      nodes: ['ana', 'ben', 'cai', 'dee', 'eve', 'fay'],
    },
  );
  g.setNodeAttribute(
    'school',
    new Map([
      ['ana', 'North'],
      ['ben', 'North'],
      ['cai', 'South'],
      ['dee', 'South'],
      ['eve', 'East'],
    ]),
  );
  return g;
}

describe('computeAll', () => {
  it('returns every measure, keyed by id, JSON-safe', async () => {
    const r = await computeAll(advice(), { attribute: 'school' });
    expect(r.nodes.map((x) => x.id)).toEqual(['ana', 'ben', 'cai', 'dee', 'eve', 'fay']);
    expect(Object.keys(r.nodes[1]!)).toEqual([
      'id',
      'degree',
      'inDegree',
      'outDegree',
      'isolate',
      'betweenness',
      'closeness',
      'harmonic',
      'eigenvector',
      'pagerank',
      'clustering',
      'core',
      'constraint',
      'effectiveSize',
      'community',
      'brokerage',
    ]);
    expect(r.graph).toMatchObject({
      directed: true,
      nodeCount: 6,
      edgeCount: 6,
      isolateCount: 1,
      reciprocity: 2 / 6,
    });
    expect(r.graph.weakComponents).toEqual({ count: 2, sizes: [5, 1] });
    expect(r.graph.strongComponents).toEqual({ count: 3, sizes: [4, 1, 1] });
    expect(r.graph.largestComponentSize).toBe(4);
    expect(r.graph.attribute).toMatchObject({ name: 'school', groups: 3 });
    const fay = r.nodes[5]!;
    expect(fay).toMatchObject({ isolate: true, degree: 0, constraint: null, effectiveSize: null });
    // ben passes ana's advice on to cai (North -> North -> South): a representative.
    expect(r.nodes[1]!.brokerage?.representative).toBe(1);
    const json = JSON.parse(JSON.stringify(r)) as unknown;
    expect(json).toEqual(r);
  });

  it('reports sampled betweenness with its error bound', async () => {
    const random = createRandom(1);
    const edges = Array.from({ length: 300 }, () => ({
      source: String(Math.floor(random() * 100)),
      target: String(Math.floor(random() * 100)),
    }));
    const g = Graph.fromEdges(edges);
    const exact = await computeAll(g);
    const sampled = await computeAll(g, { sample: { k: 40, seed: 7 } });
    const bound = sampledBetweennessErrorBound(100, 40);
    expect(sampled.graph.betweenness).toEqual({ exact: false, pivots: 40, seed: 7, errorBound: bound });
    for (let i = 0; i < 100; i++) {
      expect(Math.abs(sampled.nodes[i]!.betweenness - exact.nodes[i]!.betweenness)).toBeLessThanOrEqual(
        bound,
      );
      expect(sampled.nodes[i]!.closeness).toBe(exact.nodes[i]!.closeness);
    }
  });

  it('handles the empty graph', async () => {
    const r = await computeAll(Graph.fromEdges([]));
    expect(r.nodes).toEqual([]);
    expect(r.graph).toMatchObject({ nodeCount: 0, density: 0, diameter: 0 });
  });
});
