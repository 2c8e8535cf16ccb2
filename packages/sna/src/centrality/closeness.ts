/**
 * Closeness centrality (Bavelas 1950; Freeman 1979, "Centrality in social networks: conceptual
 * clarification", Social Networks 1) with the Wasserman & Faust (1994) correction for
 * disconnected graphs, exactly as NetworkX 3.6 `closeness_centrality`:
 *
 *   C(u) = (r - 1) / sum of d(v, u)  ×  (r - 1) / (n - 1)   (the second factor when wfImproved)
 *
 * where r - 1 nodes v reach u. Distances are inward (from v to u) on directed graphs.
 */
import type { Graph } from '../graph/graph.js';
import type { KernelResult } from '../kernel/paths-kernel.js';
import { allSources, pathSums, pathSumsParallel } from './paths.js';
import type { PathOptions } from './paths.js';

/** Options of `closeness`. */
export interface ClosenessOptions extends PathOptions {
  /** Scale by the reachable fraction (NetworkX `wf_improved`); default true. */
  wfImproved?: boolean;
}

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { wfImproved: true, weighted: false } as const;

/** Closeness from the kernel's distance sums. */
export function closenessFromSums(sums: KernelResult, n: number, wfImproved: boolean): Float64Array {
  const out = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const r = sums.reached[u]!;
    const total = sums.distanceSum[u]!;
    if (total > 0 && n > 1) {
      let c = r / total;
      if (wfImproved) c *= r / (n - 1);
      out[u] = c;
    }
  }
  return out;
}

const request = (options: PathOptions) => ({
  weighted: options.weighted ?? DEFAULTS.weighted,
  betweenness: false,
  distances: true,
  component: null,
});

/** Closeness of every node (indexed by node index), on the calling thread. */
export function closeness(graph: Graph, options: ClosenessOptions = {}): Float64Array {
  const sums = pathSums(graph, allSources(graph.nodeCount), request(options), 'closeness');
  return closenessFromSums(sums, graph.nodeCount, options.wfImproved ?? DEFAULTS.wfImproved);
}

/** Closeness of every node, split over `options.workers` threads when the graph is large enough. */
export async function closenessParallel(graph: Graph, options: ClosenessOptions = {}): Promise<Float64Array> {
  const sums = await pathSumsParallel(
    graph,
    allSources(graph.nodeCount),
    request(options),
    'closeness',
    options,
  );
  return closenessFromSums(sums, graph.nodeCount, options.wfImproved ?? DEFAULTS.wfImproved);
}
