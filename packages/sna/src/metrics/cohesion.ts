/**
 * Graph-level cohesion: density and reciprocity, as NetworkX 3.6 `density` and
 * `overall_reciprocity` (Wasserman & Faust 1994, Social Network Analysis, §4.2 and §13.2).
 */
import type { Graph } from '../graph/graph.js';

/** m / (n(n-1)) for directed, 2m / (n(n-1)) for undirected graphs; kept self-loops count in m, as NetworkX. */
export function density(graph: Graph): number {
  const n = graph.nodeCount;
  if (n <= 1) return 0;
  const m = graph.edgeCount;
  return graph.directed ? m / (n * (n - 1)) : (2 * m) / (n * (n - 1));
}

/**
 * Share of directed edges whose reverse edge also exists (a self-loop is never reciprocated).
 * Null for undirected or edgeless graphs, where NetworkX raises.
 */
export function reciprocity(graph: Graph): number | null {
  if (!graph.directed || graph.edgeCount === 0) return null;
  const { outOffsets, outTargets, inOffsets, inTargets } = graph;
  let mutual = 0;
  // Rows are sorted, so each node's out- and in-lists intersect by merging.
  for (let u = 0; u < graph.nodeCount; u++) {
    let a = outOffsets[u]!;
    let b = inOffsets[u]!;
    const ae = outOffsets[u + 1]!;
    const be = inOffsets[u + 1]!;
    while (a < ae && b < be) {
      const x = outTargets[a]!;
      const y = inTargets[b]!;
      if (x === y) {
        if (x !== u) mutual++;
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
  }
  return mutual / graph.edgeCount;
}
