/**
 * Attribute assortativity (Newman 2003, "Mixing patterns in networks", Phys. Rev. E 67), as
 * NetworkX 3.6 `attribute_assortativity_coefficient`: r = (tr e - sum of a_i b_i) / (1 - sum of
 * a_i b_i) over the normalised mixing matrix e, where an undirected edge counts in both
 * directions (a self-loop once) and weights are ignored.
 *
 * Edges touching a node without a value are left out (NetworkX would make None a category).
 * Null when undefined (no edges, or every edge within a single category).
 */
import { categories } from '../graph/attributes.js';
import type { Graph } from '../graph/graph.js';

/** Assortativity coefficient of node attribute `attribute`, in [-1, 1]. */
export function attributeAssortativity(graph: Graph, attribute: string): number | null {
  const { labels, names } = categories(graph, attribute, 'assortativity');
  const k = names.length;
  const a = new Float64Array(k);
  const b = new Float64Array(k);
  let diag = 0;
  let total = 0;
  const add = (x: number, y: number) => {
    a[x]! += 1;
    b[y]! += 1;
    if (x === y) diag += 1;
    total += 1;
  };
  graph.forEachEdge((s, t) => {
    const x = labels[s]!;
    const y = labels[t]!;
    if (x === -1 || y === -1) return;
    add(x, y);
    if (!graph.directed && s !== t) add(y, x);
  });
  if (total === 0) return null;
  let ab = 0;
  for (let i = 0; i < k; i++) ab += (a[i]! / total) * (b[i]! / total);
  const r = (diag / total - ab) / (1 - ab);
  return Number.isFinite(r) ? r : null;
}
