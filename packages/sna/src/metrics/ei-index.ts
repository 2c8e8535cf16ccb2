/**
 * Krackhardt & Stern (1988) E-I index, "Informal networks and organizational crises: an
 * experimental simulation", Social Psychology Quarterly 51(2): (E - I) / (E + I), with E the ties
 * between groups and I the ties within them. -1: all ties inward; +1: all outward.
 *
 * NetworkX has no such function. Each edge counts once (a directed edge once per direction);
 * self-loops and edges touching a node without a group are left out. Null when no edge counts.
 */
import { categories } from '../graph/attributes.js';
import type { Graph } from '../graph/graph.js';

/** The E-I index of the groups given by node attribute `attribute`. */
export function eiIndex(graph: Graph, attribute: string): number | null {
  const { labels } = categories(graph, attribute, 'ei-index');
  let internal = 0;
  let external = 0;
  graph.forEachEdge((s, t) => {
    if (s === t || labels[s] === -1 || labels[t] === -1) return;
    if (labels[s] === labels[t]) internal++;
    else external++;
  });
  return internal + external === 0 ? null : (external - internal) / (external + internal);
}
