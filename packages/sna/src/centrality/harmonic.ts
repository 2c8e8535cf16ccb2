/**
 * Harmonic centrality: the sum of 1 / d(v, u) over nodes v that reach u (Marchiori & Latora
 * 2000, "Harmony in the small-world", Physica A 285; Boldi & Vigna 2014, "Axioms for
 * centrality"). Unnormalized and inward on directed graphs, as NetworkX `harmonic_centrality`.
 */
import type { Graph } from '../graph/graph.js';
import { allSources, pathSums } from './paths.js';
import type { PathOptions } from './paths.js';

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { weighted: false } as const;

/** Harmonic centrality of every node (indexed by node index). */
export function harmonic(graph: Graph, options: Pick<PathOptions, 'weighted'> = {}): Float64Array {
  const request = {
    weighted: options.weighted ?? DEFAULTS.weighted,
    betweenness: false,
    distances: true,
    component: null,
  };
  return pathSums(graph, allSources(graph.nodeCount), request, 'harmonic').harmonic;
}
