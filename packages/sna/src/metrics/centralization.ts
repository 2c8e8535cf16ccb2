/**
 * Freeman (1979) degree centralization, "Centrality in social networks: conceptual
 * clarification", Social Networks 1: the sum of differences between the largest degree and every
 * node's degree, divided by its largest possible value (that of a star).
 *
 * NetworkX has no such function. Degrees count distinct neighbours, self-loops ignored.
 * Undirected: divide by (n-1)(n-2). Directed: in- and out-degree centralization, each divided
 * by (n-1)^2 (an in- or out-star); `degree` is measured on the underlying undirected graph.
 */
import type { Graph } from '../graph/graph.js';

/** Degree centralization; `in`/`out` are null for undirected graphs. */
export interface Centralization {
  degree: number;
  in: number | null;
  out: number | null;
}

function freeman(d: Int32Array, denom: number): number {
  if (d.length < 3 || denom <= 0) return 0;
  let max = 0;
  for (let i = 0; i < d.length; i++) if (d[i]! > max) max = d[i]!;
  let s = 0;
  for (let i = 0; i < d.length; i++) s += max - d[i]!;
  return s / denom;
}

function simpleDegrees(offsets: Int32Array, targets: Int32Array, n: number): Int32Array {
  const d = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    let c = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) if (targets[k] !== u) c++;
    d[u] = c;
  }
  return d;
}

/** Freeman degree centralization in [0, 1]. */
export function degreeCentralization(graph: Graph): Centralization {
  const n = graph.nodeCount;
  const und = graph.directed ? graph.toUndirected(false) : graph;
  const degree = freeman(simpleDegrees(und.outOffsets, und.outTargets, n), (n - 1) * (n - 2));
  if (!graph.directed) return { degree, in: null, out: null };
  return {
    degree,
    in: freeman(simpleDegrees(graph.inOffsets, graph.inTargets, n), (n - 1) * (n - 1)),
    out: freeman(simpleDegrees(graph.outOffsets, graph.outTargets, n), (n - 1) * (n - 1)),
  };
}
