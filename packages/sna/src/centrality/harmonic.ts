/**
 * Harmonic centrality: the sum of 1 / d(v, u) over nodes v that reach u (Marchiori & Latora
 * 2000, "Harmony in the small-world", Physica A 285; Boldi & Vigna 2014, "Axioms for
 * centrality", Internet Mathematics 10). Unnormalized and inward on directed graphs, as
 * NetworkX `harmonic_centrality`.
 */
import type { Graph } from '../graph/graph.js';
import type { KernelRequest } from '../kernel/paths-kernel.js';
import { allSources, pathSums, pathSumsParallel } from './paths.js';
import type { PathOptions } from './paths.js';

/** Default options (NetworkX's defaults). */
export const DEFAULTS = { weighted: false } as const;

const request = (options: PathOptions): KernelRequest => ({
  weighted: options.weighted ?? DEFAULTS.weighted,
  betweenness: false,
  distances: true,
  component: null,
});

/** Harmonic centrality of every node (indexed by node index), on the calling thread. */
export function harmonic(graph: Graph, options: PathOptions = {}): Float64Array {
  return pathSums(graph, allSources(graph.nodeCount), request(options), 'harmonic').harmonic;
}

/** Harmonic centrality of every node, split over `options.workers` threads when the graph is large enough. */
export async function harmonicParallel(graph: Graph, options: PathOptions = {}): Promise<Float64Array> {
  const sums = await pathSumsParallel(
    graph,
    allSources(graph.nodeCount),
    request(options),
    'harmonic',
    options,
  );
  return sums.harmonic;
}
