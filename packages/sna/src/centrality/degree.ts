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
  if (graph.directed) return directedDegrees(graph, weighted);
  const degree =
    weighted || graph.selfLoopCount > 0 ? undirectedStrengths(graph, weighted) : rowLengths(graph);
  return { degree, inDegree: degree, outDegree: degree };
}

// Without weights or self-loops an undirected degree is its CSR row length: O(n), no edge reads.
function rowLengths(graph: Graph): Float64Array {
  const n = graph.nodeCount;
  const offsets = graph.outOffsets;
  const degree = new Float64Array(n);
  for (let u = 0; u < n; u++) degree[u] = offsets[u + 1]! - offsets[u]!;
  return degree;
}

function undirectedStrengths(graph: Graph, weighted: boolean): Float64Array {
  const n = graph.nodeCount;
  const { outOffsets, outTargets, outWeights } = graph;
  const degree = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    const end = outOffsets[u + 1]!;
    for (let k = outOffsets[u]!; k < end; k++) {
      const w = weighted ? outWeights[k]! : 1;
      // An undirected self-loop is stored once but counts twice, as in NetworkX.
      s += outTargets[k] === u ? 2 * w : w;
    }
    degree[u] = s;
  }
  return degree;
}

function directedDegrees(graph: Graph, weighted: boolean): Degrees {
  const n = graph.nodeCount;
  const { outOffsets, outTargets, outWeights } = graph;
  const outDegree = new Float64Array(n);
  const inDegree = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    const end = outOffsets[u + 1]!;
    for (let k = outOffsets[u]!; k < end; k++) {
      const w = weighted ? outWeights[k]! : 1;
      s += w;
      inDegree[outTargets[k]!]! += w;
    }
    outDegree[u] = s;
  }
  const degree = new Float64Array(n);
  for (let u = 0; u < n; u++) degree[u] = outDegree[u]! + inDegree[u]!;
  return { degree, inDegree, outDegree };
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
