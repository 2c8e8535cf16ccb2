/**
 * Degree and strength, as NetworkX `G.degree()`, `in_degree`, `out_degree` and
 * `G.degree(weight="weight")`: an undirected self-loop adds 2, a directed one adds 1 to each of
 * in- and out-degree, and a directed node's degree is in + out. Raw counts (multiply by
 * 1/(n-1) for NetworkX's `degree_centrality`).
 */
import type { Graph } from '../graph/graph.js';

/** Degrees of every node: total, and for directed graphs in and out. */
export interface Degrees {
  degree: Float64Array;
  inDegree: Float64Array;
  outDegree: Float64Array;
}

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { weighted: false } as const;

/** Degree (or with `weighted`, strength: the sum of edge weights) of every node. */
export function degrees(graph: Graph, options: { weighted?: boolean } = {}): Degrees {
  const weighted = options.weighted ?? DEFAULTS.weighted;
  const n = graph.nodeCount;
  const out = new Float64Array(n);
  const inn = new Float64Array(n);
  const { outOffsets, outTargets, outWeights } = graph;
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let k = outOffsets[u]!; k < outOffsets[u + 1]!; k++) {
      const w = weighted ? outWeights[k]! : 1;
      // An undirected self-loop is stored once but counts twice, as in NetworkX.
      s += !graph.directed && outTargets[k] === u ? 2 * w : w;
      if (graph.directed) inn[outTargets[k]!]! += w;
    }
    out[u] = s;
  }
  if (!graph.directed) return { degree: out, inDegree: out, outDegree: out };
  const degree = new Float64Array(n);
  for (let u = 0; u < n; u++) degree[u] = out[u]! + inn[u]!;
  return { degree, inDegree: inn, outDegree: out };
}

/** Indices of isolated nodes (degree 0; a node with only a self-loop is not isolated), as NetworkX `isolates`. */
export function isolates(graph: Graph): number[] {
  const out: number[] = [];
  for (let u = 0; u < graph.nodeCount; u++) {
    const deg =
      graph.outOffsets[u + 1]! - graph.outOffsets[u]! + graph.inOffsets[u + 1]! - graph.inOffsets[u]!;
    if (deg === 0) out.push(u);
  }
  return out;
}
