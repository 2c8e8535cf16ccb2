/**
 * Gould & Fernandez (1989) brokerage roles, "Structures of mediation: a formal approach to
 * brokerage in transaction networks", Sociological Methodology 19:89–126.
 *
 * Node b brokers every directed two-path a -> b -> c (a, b, c distinct) with no direct tie
 * a -> c. By the groups of a, b and c the role is:
 *   coordinator     a, b, c all in one group
 *   gatekeeper      b and c share a group, a is outside      (b controls access to its group)
 *   representative  a and b share a group, c is outside      (b speaks for its group)
 *   consultant      a and c share a group, b is outside      (itinerant broker)
 *   liaison         all three groups differ
 * Counts per node, as statnet's `brokerage` (unnormalised). Two-paths touching a node without a
 * group are not counted. Defined on directed graphs only; NetworkX has no equivalent.
 */
import { categories } from '../graph/attributes.js';
import { SnaError } from '../graph/errors.js';
import type { Graph } from '../graph/graph.js';
import { BROKERAGE_ROLES, type BrokerageRole } from './brokerage-roles.js';

/** Brokerage counts per role, each indexed by node index. */
export type Brokerage = Record<BrokerageRole, Int32Array>;

/** Gould–Fernandez brokerage counts of every node for groups given by node attribute `attribute`. */
export function brokerage(graph: Graph, attribute: string): Brokerage {
  if (!graph.directed) {
    throw new SnaError(
      'brokerage',
      'SNA_UNSUPPORTED_GRAPH',
      'brokerage roles are defined on directed graphs',
    );
  }
  const { labels: g } = categories(graph, attribute, 'brokerage');
  const n = graph.nodeCount;
  const res = Object.fromEntries(BROKERAGE_ROLES.map((role) => [role, new Int32Array(n)])) as Brokerage;
  const { outOffsets, outTargets, inOffsets, inTargets } = graph;
  // mark[c] === a when a -> c exists, for the current in-neighbour a.
  const mark = new Int32Array(n).fill(-1);
  for (let b = 0; b < n; b++) {
    const gb = g[b]!;
    if (gb === -1) continue;
    for (let i = inOffsets[b]!; i < inOffsets[b + 1]!; i++) {
      const a = inTargets[i]!;
      const ga = g[a]!;
      if (a === b || ga === -1) continue;
      for (let k = outOffsets[a]!; k < outOffsets[a + 1]!; k++) mark[outTargets[k]!] = a;
      for (let k = outOffsets[b]!; k < outOffsets[b + 1]!; k++) {
        const c = outTargets[k]!;
        const gc = g[c]!;
        if (c === a || c === b || gc === -1 || mark[c] === a) continue;
        if (ga === gb) {
          if (gb === gc) res.coordinator[b]!++;
          else res.representative[b]!++;
        } else if (gb === gc) res.gatekeeper[b]!++;
        else if (ga === gc) res.consultant[b]!++;
        else res.liaison[b]!++;
      }
    }
  }
  return res;
}
