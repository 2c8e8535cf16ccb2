/**
 * Modularity of a partition (Newman & Girvan 2004, Phys. Rev. E 69; directed form Leicht &
 * Newman 2008, Phys. Rev. Lett. 100), as NetworkX 3.6 `community.modularity`:
 *
 *   Q = sum over communities c of  L_c / m  -  gamma · (K_c^out · K_c^in) / m^2   (directed)
 *   Q = sum over communities c of  L_c / m  -  gamma · (K_c / 2m)^2              (undirected)
 *
 * with L_c the (weighted) edges inside c, K the (weighted) degrees; an undirected self-loop
 * adds 2 to its node's degree and 1 to L_c. Weights are used when the graph is weighted.
 */
import { SnaError } from '../graph/errors.js';
import type { Graph } from '../graph/graph.js';

/** Options of `modularity`. */
export interface ModularityOptions {
  resolution?: number;
  /** Default: the graph's own `weighted`. */
  weighted?: boolean;
}

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { resolution: 1 } as const;

/** Modularity of the partition given as a community label (0..k-1) per node. */
export function modularity(graph: Graph, labels: ArrayLike<number>, options: ModularityOptions = {}): number {
  const gamma = options.resolution ?? DEFAULTS.resolution;
  const weighted = options.weighted ?? graph.weighted;
  const n = graph.nodeCount;
  if (labels.length !== n)
    throw new SnaError('modularity', 'SNA_INVALID_INPUT', 'one label per node is needed');
  let k = 0;
  for (let u = 0; u < n; u++) {
    const c = labels[u]!;
    if (!Number.isInteger(c) || c < 0)
      throw new SnaError('modularity', 'SNA_INVALID_INPUT', 'labels must be integers >= 0');
    if (c + 1 > k) k = c + 1;
  }
  const inside = new Float64Array(k);
  const kOut = new Float64Array(k);
  const kIn = new Float64Array(k);
  let m = 0;
  graph.forEachEdge((s, t, w0) => {
    const w = weighted ? w0 : 1;
    m += w;
    const cs = labels[s]!;
    const ct = labels[t]!;
    if (cs === ct) inside[cs]! += w;
    kOut[cs]! += w;
    kIn[ct]! += w;
  });
  if (m === 0) return 0; // NetworkX divides by zero here
  let q = 0;
  if (graph.directed) {
    for (let c = 0; c < k; c++) q += inside[c]! / m - (gamma * kOut[c]! * kIn[c]!) / (m * m);
  } else {
    for (let c = 0; c < k; c++) {
      const kc = kOut[c]! + kIn[c]!;
      q += inside[c]! / m - gamma * (kc / (2 * m)) ** 2;
    }
  }
  return q;
}
