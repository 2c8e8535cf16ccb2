/**
 * Betweenness centrality: the share of shortest paths between other pairs that pass through a
 * node. Exact by Brandes (2001), "A faster algorithm for betweenness centrality", J. Math.
 * Sociol. 25(2):163–177; sampled with k pivots as Brandes & Pich (2007), "Centrality
 * estimation in large networks", Int. J. Bifurcation and Chaos 17(7).
 *
 * Scaling follows NetworkX 3.6 `betweenness_centrality` (endpoints excluded): normalized values
 * divide by (n-1)(n-2) for directed and undirected graphs alike; unnormalized undirected values
 * are halved. With pivots, NetworkX's sampling adjustment is applied (pivot nodes scale by
 * 1/((k-1)(n-2)), others by 1/(k(n-2))), so k = n gives the exact values.
 */
import { SnaError } from '../graph/errors.js';
import type { Graph } from '../graph/graph.js';
import { createRandom, sampleIndices } from '../graph/random.js';
import { allSources, pathSums, pathSumsParallel } from './paths.js';
import type { PathOptions } from './paths.js';

/** Options of `betweenness`. */
export interface BetweennessOptions extends PathOptions {
  /** Divide by the number of pairs, as NetworkX `normalized=True`; default true. */
  normalized?: boolean;
  /** Estimate from k pivot sources drawn with a seeded generator. */
  sample?: { k: number; seed: number } | null;
  /** Explicit pivot sources (node indices); overrides `sample`. */
  sources?: ArrayLike<number> | null;
}

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { normalized: true, weighted: false, sample: null, sources: null } as const;

/** The pivot set for the options, or null for all nodes. */
function pivots(graph: Graph, options: BetweennessOptions): Int32Array | null {
  if (options.sources != null) return Int32Array.from(options.sources);
  const sample = options.sample ?? DEFAULTS.sample;
  if (sample === null) return null;
  if (!Number.isInteger(sample.k) || sample.k < 1) {
    throw new SnaError('betweenness', 'SNA_INVALID_OPTION', 'sample.k must be a positive integer');
  }
  const k = Math.min(sample.k, graph.nodeCount);
  return sampleIndices(graph.nodeCount, k, createRandom(sample.seed));
}

/** Applies NetworkX's rescaling to raw Brandes dependencies, in place. */
export function rescaleBetweenness(
  raw: Float64Array,
  graph: Graph,
  normalized: boolean,
  pivotSet: Int32Array | null,
): Float64Array {
  const n = graph.nodeCount;
  const N = n - 1; // endpoints excluded
  if (N < 2) return raw.fill(0);
  const correction = graph.directed ? 1 : 2;
  if (pivotSet === null || pivotSet.length === n) {
    const scale = normalized ? 1 / (N * (N - 1)) : 1 / correction;
    for (let i = 0; i < n; i++) raw[i]! *= scale;
    return raw;
  }
  const k = pivotSet.length;
  const scaleSource = k > 1 ? (normalized ? 1 / ((k - 1) * (N - 1)) : N / ((k - 1) * correction)) : NaN;
  const scaleOther = normalized ? 1 / (k * (N - 1)) : N / (k * correction);
  const isPivot = new Uint8Array(n);
  for (let i = 0; i < k; i++) isPivot[pivotSet[i]!] = 1;
  for (let i = 0; i < n; i++) raw[i]! *= isPivot[i] === 1 ? scaleSource : scaleOther;
  return raw;
}

const request = (options: BetweennessOptions) => ({
  weighted: options.weighted ?? DEFAULTS.weighted,
  betweenness: true,
  distances: false,
  component: null,
});

/** Betweenness of every node (indexed by node index), on the calling thread. */
export function betweenness(graph: Graph, options: BetweennessOptions = {}): Float64Array {
  const p = pivots(graph, options);
  const raw = pathSums(graph, p ?? allSources(graph.nodeCount), request(options), 'betweenness').betweenness;
  return rescaleBetweenness(raw, graph, options.normalized ?? DEFAULTS.normalized, p);
}

/** Betweenness of every node, split over `options.workers` threads when the graph is large enough. */
export async function betweennessParallel(
  graph: Graph,
  options: BetweennessOptions = {},
): Promise<Float64Array> {
  const p = pivots(graph, options);
  const sums = await pathSumsParallel(
    graph,
    p ?? allSources(graph.nodeCount),
    request(options),
    'betweenness',
    options,
  );
  return rescaleBetweenness(sums.betweenness, graph, options.normalized ?? DEFAULTS.normalized, p);
}

/** The pivot sources `betweenness` would use for these options (null: every node). */
export function betweennessPivots(graph: Graph, options: BetweennessOptions): Int32Array | null {
  return pivots(graph, options);
}
