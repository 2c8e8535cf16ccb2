/**
 * Burt's constraint (Burt 1992, Structural Holes, Harvard UP; Burt 2004, "Structural holes and
 * good ideas", Am. J. Sociol. 110), as NetworkX 3.6 `constraint`:
 *
 *   c(u) = sum over contacts v of (p_uv + sum over contacts w of p_uw p_wv)^2
 *
 * with p_uv the mutual weight of u–v over u's total. Undefined (NaN) for nodes without
 * contacts. Self-loops are ignored; weights are used when the graph is weighted.
 */
import type { Graph } from '../graph/graph.js';
import { mutualAdjacency, mutualStrength } from './mutual.js';

/** Constraint of every node (indexed by node index); NaN for isolated nodes. */
export function constraint(graph: Graph, options: { weighted?: boolean } = {}): Float64Array {
  const n = graph.nodeCount;
  const adj = mutualAdjacency(graph, options.weighted ?? graph.weighted);
  const { offsets, targets, weights } = adj;
  const strength = mutualStrength(adj, n);
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
    let c = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = targets[k]!;
      if (v === u) continue;
      let indirect = 0;
      // Paths u–w–v: w must be a contact of both.
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = targets[j]!;
        if (w !== u && w !== v && mark[w] === u) indirect += (pu[w]! * weights[j]!) / strength[w]!;
      }
      const l = pu[v]! + indirect;
      c += l * l;
    }
    out[u] = c;
  }
  return out;
}
