/**
 * Eigenvector centrality (Bonacich 1972, "Factoring and weighting approaches to status scores
 * and clique identification", J. Math. Sociol. 2) by power iteration on A + I, as NetworkX 3.6
 * `eigenvector_centrality`: uniform start, Euclidean normalisation, stop when the L1 change is
 * below n × tol (tol 1e-6), at most 100 iterations. On directed graphs a node's score comes
 * from its in-neighbours (left eigenvector). Weights are used when the graph is weighted.
 */
import { SnaConvergenceError } from '../graph/errors.js';
import type { Graph } from '../graph/graph.js';

/** Options of `eigenvector`. */
export interface EigenvectorOptions {
  tol?: number;
  maxIter?: number;
  /** Default: the graph's own `weighted`. */
  weighted?: boolean;
}

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { tol: 1e-6, maxIter: 100 } as const;

/** Eigenvector centrality of every node (indexed by node index), Euclidean norm 1. */
export function eigenvector(graph: Graph, options: EigenvectorOptions = {}): Float64Array {
  const tol = options.tol ?? DEFAULTS.tol;
  const maxIter = options.maxIter ?? DEFAULTS.maxIter;
  const weighted = options.weighted ?? graph.weighted;
  const n = graph.nodeCount;
  if (n === 0) return new Float64Array(0);
  const { inOffsets, inTargets, inWeights } = graph;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIter; iter++) {
    let norm = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v]!; // the identity term of A + I
      const end = inOffsets[v + 1]!;
      if (weighted) for (let k = inOffsets[v]!; k < end; k++) s += x[inTargets[k]!]! * inWeights[k]!;
      else for (let k = inOffsets[v]!; k < end; k++) s += x[inTargets[k]!]!;
      next[v] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm) || 1;
    let err = 0;
    for (let v = 0; v < n; v++) {
      const r = next[v]! / norm;
      next[v] = r;
      err += Math.abs(r - x[v]!);
    }
    [x, next] = [next, x];
    if (err < n * tol) return x;
  }
  throw new SnaConvergenceError('eigenvector', maxIter);
}
