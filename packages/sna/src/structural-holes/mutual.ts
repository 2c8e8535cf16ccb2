/**
 * Burt's mutual tie strengths, the input of constraint and effective size: for each pair the
 * sum of the weights in both directions (1 per edge when unweighted), as NetworkX
 * `mutual_weight`. Undirected graphs are used as they are (each pair's mutual weight is then
 * twice its edge weight, a factor that cancels in every normalisation). Self-loops are
 * ignored: a node is not its own contact.
 */
import type { Graph } from '../graph/graph.js';

/** Symmetric adjacency with mutual weights. */
export interface MutualAdjacency {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** The mutual-weight adjacency of `graph`. */
export function mutualAdjacency(graph: Graph, weighted: boolean): MutualAdjacency {
  if (graph.directed) {
    const g = graph.toUndirected(true, weighted);
    return { offsets: g.outOffsets, targets: g.outTargets, weights: g.outWeights };
  }
  if (weighted || !graph.weighted) {
    return { offsets: graph.outOffsets, targets: graph.outTargets, weights: graph.outWeights };
  }
  return {
    offsets: graph.outOffsets,
    targets: graph.outTargets,
    weights: new Float64Array(graph.outTargets.length).fill(1),
  };
}

/** Sum of mutual weights to other nodes (self-loops left out). */
export function mutualStrength(adj: MutualAdjacency, n: number): Float64Array {
  const s = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let t = 0;
    for (let k = adj.offsets[u]!; k < adj.offsets[u + 1]!; k++)
      if (adj.targets[k] !== u) t += adj.weights[k]!;
    s[u] = t;
  }
  return s;
}
