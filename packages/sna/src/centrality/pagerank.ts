/**
 * PageRank (Page, Brin, Motwani & Winograd 1999, "The PageRank citation ranking: bringing order
 * to the web", Stanford InfoLab) by power iteration, as NetworkX 3.6 `pagerank`: alpha 0.85,
 * uniform start and teleport, dangling nodes' rank spread uniformly, stop when the L1 change
 * is below n × tol (tol 1e-6), at most 100 iterations. Undirected edges count both ways; edge
 * weights are used when the graph is weighted (NetworkX's default `weight="weight"`).
 */
import { SnaConvergenceError, SnaError } from '../graph/errors.js';
import type { Graph } from '../graph/graph.js';

/** Options of `pagerank`. */
export interface PageRankOptions {
  alpha?: number;
  tol?: number;
  maxIter?: number;
  /** Default: the graph's own `weighted`. */
  weighted?: boolean;
}

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { alpha: 0.85, tol: 1e-6, maxIter: 100 } as const;

/** PageRank of every node (indexed by node index); sums to 1. */
export function pagerank(graph: Graph, options: PageRankOptions = {}): Float64Array {
  const alpha = options.alpha ?? DEFAULTS.alpha;
  const tol = options.tol ?? DEFAULTS.tol;
  const maxIter = options.maxIter ?? DEFAULTS.maxIter;
  const weighted = options.weighted ?? graph.weighted;
  if (!(alpha >= 0 && alpha <= 1))
    throw new SnaError('pagerank', 'SNA_INVALID_OPTION', 'alpha must be in [0, 1]');
  const n = graph.nodeCount;
  if (n === 0) return new Float64Array(0);
  const { outOffsets, outWeights, inOffsets, inTargets, inWeights } = graph;
  // Inverse out-strength per node; 0 marks a dangling node.
  const inv = new Float64Array(n);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    let s = 0;
    if (weighted) for (let k = outOffsets[u]!; k < outOffsets[u + 1]!; k++) s += outWeights[k]!;
    else s = outOffsets[u + 1]! - outOffsets[u]!;
    if (s !== 0) inv[u] = 1 / s;
    else dangling.push(u);
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const teleport = (1 - alpha) / n;
  for (let iter = 0; iter < maxIter; iter++) {
    let danglingSum = 0;
    for (let i = 0; i < dangling.length; i++) danglingSum += x[dangling[i]!]!;
    const base = (alpha * danglingSum) / n + teleport;
    for (let u = 0; u < n; u++) share[u] = x[u]! * inv[u]!;
    // Pull over in-edges: each node's new rank is one gather, no scattered writes.
    let err = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      const end = inOffsets[v + 1]!;
      if (weighted) for (let k = inOffsets[v]!; k < end; k++) s += share[inTargets[k]!]! * inWeights[k]!;
      else for (let k = inOffsets[v]!; k < end; k++) s += share[inTargets[k]!]!;
      const r = alpha * s + base;
      next[v] = r;
      err += Math.abs(r - x[v]!);
    }
    [x, next] = [next, x];
    if (err < n * tol) return x;
  }
  throw new SnaConvergenceError('pagerank', maxIter);
}
