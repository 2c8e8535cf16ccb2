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
  // With every p_wv finite, p_uw can be 0 for non-contacts and the two-step sum needs no test
  // of who is a contact: each term is p_uw · p_wv, exactly 0 for a non-contact. Zero or
  // negative weights can make some p_wv 0/0; then contacts are marked and tested.
  const unmarked = allFinite(pFrom);
  const out = new Float64Array(n);
  const mark = new Int32Array(unmarked ? 0 : n).fill(-1);
  const pu = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const su = strength[u]!;
    if (su === 0) {
      out[u] = NaN;
      continue;
    }
    const end = offsets[u + 1]!;
    for (let k = offsets[u]!; k < end; k++) {
      const w = targets[k]!;
      if (w === u) continue; // a node is not its own contact
      if (!unmarked) mark[w] = u;
      pu[w] = weights[k]! / su;
    }
    let c = 0;
    for (let k = offsets[u]!; k < end; k++) {
      const v = targets[k]!;
      if (v === u) continue;
      const indirect = unmarked
        ? twoStepShare(adj, pFrom, pu, v)
        : twoStepShareOfContacts(adj, pFrom, pu, mark, u, v);
      const l = pu[v]! + indirect;
      c += l * l;
    }
    out[u] = c;
    for (let k = offsets[u]!; k < end; k++) pu[targets[k]!] = 0;
  }
  return out;
}

function allFinite(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

/** Sum over v's neighbours w of p_uw · p_wv, with p_uw 0 for every w that is not u's contact. */
function twoStepShare(adj: MutualAdjacency, pFrom: Float64Array, pu: Float64Array, v: number): number {
  const { offsets, targets } = adj;
  let sum = 0;
  const end = offsets[v + 1]!;
  for (let j = offsets[v]!; j < end; j++) sum += pu[targets[j]!]! * pFrom[j]!;
  return sum;
}

/** The same sum over the w marked as u's contacts (and neither u nor v). */
function twoStepShareOfContacts(
  adj: MutualAdjacency,
  pFrom: Float64Array,
  pu: Float64Array,
  mark: Int32Array,
  u: number,
  v: number,
): number {
  const { offsets, targets } = adj;
  let sum = 0;
  for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
    const w = targets[j]!;
    if (mark[w] === u && w !== u && w !== v) sum += pu[w]! * pFrom[j]!;
  }
  return sum;
}

/**
 * p_wv for every adjacency entry v → w: the mutual weight of v–w over w's strength (0 for a
 * self-loop). Computed once per entry, it takes a division and a random read of strength[w]
 * out of the inner loop.
 */
function proportionsFromTarget(adj: MutualAdjacency, strength: Float64Array, n: number): Float64Array {
  const { offsets, targets, weights } = adj;
  const p = new Float64Array(targets.length);
  for (let v = 0; v < n; v++) {
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const w = targets[j]!;
      // v's self-loop is no two-step path u–v–v: its share is 0.
      p[j] = w === v ? 0 : weights[j]! / strength[w]!;
    }
  }
  return p;
}
