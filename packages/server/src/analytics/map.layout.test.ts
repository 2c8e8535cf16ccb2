import { describe, expect, it } from 'vitest';
import { layOut, mapEdges, type MapEdges } from './map.layout.js';
import { nodeOrder } from './node-order.js';

/** Two cliques of five (nodes 0–4 and 5–9) joined by one tie, 4 → 5. */
function twoCliques(): MapEdges {
  const edges: MapEdges = { sources: [], targets: [], weights: [] };
  for (const offset of [0, 5])
    for (let a = 0; a < 5; a++)
      for (let b = a + 1; b < 5; b++) {
        edges.sources.push(offset + a);
        edges.targets.push(offset + b);
        edges.weights.push(1);
      }
  edges.sources.push(4);
  edges.targets.push(5);
  edges.weights.push(1);
  return edges;
}

const distance = (x: Float32Array, y: Float32Array, a: number, b: number) =>
  Math.hypot(x[a]! - x[b]!, y[a]! - y[b]!);

describe('map edges', () => {
  it('keeps one edge per directed pair, adding up weights, sorted by source then target', () => {
    const edges = mapEdges(
      ['a', 'b', 'c'],
      [
        { source: 'c', target: 'a', weight: 1 },
        { source: 'a', target: 'b', weight: 2 },
        { source: 'b', target: 'a', weight: 1 },
        { source: 'a', target: 'b', weight: 1.5 },
        { source: 'a', target: 'gone', weight: 1 },
      ],
    );
    expect(edges).toEqual({ sources: [0, 1, 2], targets: [1, 0, 0], weights: [3.5, 1, 1] });
  });
});

describe('map layout', () => {
  it('draws each clique together and apart from the other', () => {
    const { x, y } = layOut({ nodeCount: 10, edges: twoCliques() });
    expect([...x, ...y].every(Number.isFinite)).toBe(true);
    const within: number[] = [];
    const across: number[] = [];
    for (let a = 0; a < 10; a++)
      for (let b = a + 1; b < 10; b++) (a < 5 === b < 5 ? within : across).push(distance(x, y, a, b));
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean(across)).toBeGreaterThan(2 * mean(within));
  });

  it('gives the same positions for the same graph, and none for an empty one', () => {
    const first = layOut({ nodeCount: 10, edges: twoCliques() });
    const second = layOut({ nodeCount: 10, edges: twoCliques() });
    expect(second).toEqual(first);
    expect(layOut({ nodeCount: 0, edges: { sources: [], targets: [], weights: [] } })).toEqual({
      x: new Float32Array(0),
      y: new Float32Array(0),
    });
  });

  it('starts nodes in their keyed slots, since isolates end up about where they start', () => {
    // A ring of 20 and 40 isolates. Started by index (the stored order, which is person id
    // order), the isolates' distance from the centre ranks almost as their index does: anyone
    // could line them up with sorted ids. Started in the keyed order, it ranks as that does.
    const ring: MapEdges = { sources: [], targets: [], weights: [] };
    for (let a = 0; a < 20; a++) {
      ring.sources.push(a);
      ring.targets.push((a + 1) % 20);
      ring.weights.push(1);
    }
    const isolates = Array.from({ length: 40 }, (_, i) => 20 + i);
    const slots = nodeOrder('6f1c1d1e-0000-4000-8000-000000000003', 60).positionOf;
    const distanceRanks = (layout: ReturnType<typeof layOut>) =>
      rankOf(isolates.map((i) => Math.hypot(layout.x[i]!, layout.y[i]!)));
    const byIndex = distanceRanks(layOut({ nodeCount: 60, edges: ring }));
    const bySlot = distanceRanks(layOut({ nodeCount: 60, edges: ring, startSlots: slots }));
    const indexRanks = rankOf(isolates);
    const slotRanks = rankOf(isolates.map((i) => slots[i]!));
    expect(spearman(byIndex, indexRanks)).toBeGreaterThan(0.8);
    expect(Math.abs(spearman(bySlot, indexRanks))).toBeLessThan(0.5);
    expect(spearman(bySlot, slotRanks)).toBeGreaterThan(0.8);
  });
});

/** Each value's rank (0 = smallest). */
function rankOf(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  order.forEach((i, rank) => (ranks[i] = rank));
  return ranks;
}

/** Spearman's rank correlation of two rankings without ties. */
function spearman(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const squared = a.reduce((sum, rank, i) => sum + (rank - b[i]!) ** 2, 0);
  return 1 - (6 * squared) / (n * (n * n - 1));
}
