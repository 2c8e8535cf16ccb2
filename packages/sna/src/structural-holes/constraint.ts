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
import type { MutualAdjacency } from './mutual.js';

/** Constraint of every node (indexed by node index); NaN for isolated nodes. */
export function constraint(graph: Graph, options: { weighted?: boolean } = {}): Float64Array {
  const n = graph.nodeCount;
  const adj = mutualAdjacency(graph, options.weighted ?? graph.weighted);
  const { offsets, targets, weights } = adj;
  const strength = mutualStrength(adj, n);
  const pFrom = proportionsFromTarget(adj, strength, n);
  const out = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const pu = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const su = strength[u]!;
    if (su === 0) {
      out[u] = NaN;
      continue;
    }
    const end = offsets[u + 1]!;
    for (let k = offsets[u]!; k < end; k++) {
      mark[targets[k]!] = u;
      pu[targets[k]!] = weights[k]! / su;
    }
    let c = 0;
    for (let k = offsets[u]!; k < end; k++) {
      const v = targets[k]!;
      if (v === u) continue;
      let indirect = 0;
      // Paths u–w–v: w must be a contact of both.
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = targets[j]!;
        if (mark[w] === u && w !== u && w !== v) indirect += pu[w]! * pFrom[j]!;
      }
      const l = pu[v]! + indirect;
      c += l * l;
    }
    out[u] = c;
  }
  return out;
}

/**
 * p_wv for every adjacency entry v → w: the mutual weight of v–w over w's strength. Computed
 * once per entry, it takes a division and a random read of strength[w] out of the inner loop.
 */
function proportionsFromTarget(adj: MutualAdjacency, strength: Float64Array, n: number): Float64Array {
  const { offsets, targets, weights } = adj;
  const p = new Float64Array(targets.length);
  for (let v = 0; v < n; v++) {
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) p[j] = weights[j]! / strength[targets[j]!]!;
  }
  return p;
}
