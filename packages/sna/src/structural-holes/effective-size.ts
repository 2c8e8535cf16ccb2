/**
 * Burt's effective size (Burt 1992, Structural Holes), as NetworkX 3.6 `effective_size`:
 *
 *   e(u) = sum over contacts v of (1 - sum over contacts w of p_uw m_vw)
 *
 * with p_uw u's proportional tie to w and m_vw v's tie to w over v's strongest tie. For
 * unweighted undirected graphs this equals Borgatti's n - 2t/n. NaN for nodes without contacts;
 * self-loops ignored; weights used when the graph is weighted.
 */
import type { Graph } from '../graph/graph.js';
import { mutualAdjacency, mutualStrength } from './mutual.js';

/** Effective size of every node (indexed by node index); NaN for isolated nodes. */
export function effectiveSize(graph: Graph, options: { weighted?: boolean } = {}): Float64Array {
  const n = graph.nodeCount;
  const adj = mutualAdjacency(graph, options.weighted ?? graph.weighted);
  const { offsets, targets, weights } = adj;
  const strength = mutualStrength(adj, n);
  const maxTie = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let m = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++)
      if (targets[k] !== u && weights[k]! > m) m = weights[k]!;
    maxTie[u] = m;
  }
  const out = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const pu = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const su = strength[u]!;
    if (su === 0) {
      out[u] = NaN;
      continue;
    }
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      mark[targets[k]!] = u;
      pu[targets[k]!] = weights[k]! / su;
    }
    let e = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = targets[k]!;
      if (v === u) continue;
      let redundancy = 0;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = targets[j]!;
        if (w !== u && w !== v && mark[w] === u) redundancy += pu[w]! * weights[j]!;
      }
      e += 1 - redundancy / maxTie[v]!;
    }
    out[u] = e;
  }
  return out;
}
