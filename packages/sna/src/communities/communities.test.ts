import { describe, expect, it } from 'vitest';
import { Graph } from '../graph/graph.js';
import { createRandom } from '../graph/random.js';
import { labelPropagation } from './label-propagation.js';
import { louvain } from './louvain.js';

/** Two cliques of `size` joined by one edge: the communities are obvious. */
function twoCliques(size: number): Graph {
  const edges = [];
  for (const side of ['a', 'b']) {
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++) edges.push({ source: `${side}${i}`, target: `${side}${j}` });
  }
  edges.push({ source: 'a0', target: 'b0' });
  return Graph.fromEdges(edges);
}

function sameSplit(g: Graph, labels: Int32Array): boolean {
  const size = g.nodeCount / 2;
  const a = labels[g.indexOf('a1')!];
  const b = labels[g.indexOf('b1')!];
  if (a === b) return false;
  for (let i = 0; i < size; i++) {
    if (labels[g.indexOf(`a${i}`)!] !== a || labels[g.indexOf(`b${i}`)!] !== b) return false;
  }
  return true;
}

describe('communities', () => {
  it('Louvain finds two joined cliques, with their modularity', () => {
    const g = twoCliques(6);
    const r = louvain(g);
    expect(r.count).toBe(2);
    expect(sameSplit(g, r.labels)).toBe(true);
    // Q = 2 (15/31 - (31/62)^2) for two K6 joined by one edge.
    expect(r.modularity).toBeCloseTo(2 * (15 / 31 - (31 / 62) ** 2), 12);
  });

  it('Louvain is reproducible for a seed', () => {
    const random = createRandom(5);
    const edges = Array.from({ length: 600 }, () => ({
      source: String(Math.floor(random() * 200)),
      target: String(Math.floor(random() * 200)),
    }));
    const g = Graph.fromEdges(edges);
    expect(Array.from(louvain(g, { seed: 9 }).labels)).toEqual(Array.from(louvain(g, { seed: 9 }).labels));
  });

  it('higher resolution gives more communities', () => {
    const g = twoCliques(6);
    expect(louvain(g, { resolution: 4 }).count).toBeGreaterThan(louvain(g, { resolution: 1 }).count);
  });

  it('label propagation finds two joined cliques and is reproducible', () => {
    const g = twoCliques(8);
    const r = labelPropagation(g, { seed: 1 });
    expect(sameSplit(g, r.labels)).toBe(true);
    expect(Array.from(labelPropagation(g, { seed: 4 }).labels)).toEqual(
      Array.from(labelPropagation(g, { seed: 4 }).labels),
    );
  });

  it('handles graphs without edges', () => {
    const g = Graph.fromEdges([], { nodes: ['a', 'b'] });
    expect(louvain(g)).toMatchObject({ count: 2, modularity: 0 });
    expect(labelPropagation(g).count).toBe(2);
  });
});
