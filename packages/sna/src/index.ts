/**
 * @trellis/sna — Trellis's network analysis engine: graph measures over compact typed arrays.
 *
 * Node-level functions return typed arrays indexed by node index (`graph.nodeId(i)` gives the
 * id); `computeAll` returns everything keyed by id as one JSON-ready document. Definitions are
 * in packages/sna/docs/measures.md.
 */
export const SNA_VERSION = '0.1.0';

export { Graph } from './graph/graph.js';
export type { EdgeInput, GraphOptions } from './graph/graph.js';
export { SnaError, SnaConvergenceError } from './graph/errors.js';
export { createRandom, mulberry32 } from './graph/random.js';
export type { Random } from './graph/random.js';
export type { SnaErrorCode } from './graph/errors.js';

export { degrees, isolates } from './centrality/degree.js';
export type { Degrees } from './centrality/degree.js';
export { betweenness, betweennessParallel } from './centrality/betweenness.js';
export type { BetweennessOptions } from './centrality/betweenness.js';
export { closeness, closenessParallel } from './centrality/closeness.js';
export type { ClosenessOptions } from './centrality/closeness.js';
export { harmonic, harmonicParallel } from './centrality/harmonic.js';
export type { PathOptions } from './centrality/paths.js';
export { eigenvector } from './centrality/eigenvector.js';
export type { EigenvectorOptions } from './centrality/eigenvector.js';
export { pagerank } from './centrality/pagerank.js';
export type { PageRankOptions } from './centrality/pagerank.js';

export { density, reciprocity } from './metrics/cohesion.js';
export { clustering, averageClustering, transitivity } from './metrics/clustering.js';
export { weakComponents, strongComponents, largestComponent } from './metrics/components.js';
export type { Components } from './metrics/components.js';
export { degreeCentralization } from './metrics/centralization.js';
export type { Centralization } from './metrics/centralization.js';
export { distances } from './metrics/distance.js';
export type { DistanceSummary } from './metrics/distance.js';
export { coreNumber } from './metrics/core-number.js';
export { articulationPoints } from './metrics/articulation-points.js';
export { modularity } from './metrics/modularity.js';
export type { ModularityOptions } from './metrics/modularity.js';
export { eiIndex } from './metrics/ei-index.js';
export { attributeAssortativity } from './metrics/assortativity.js';

export { constraint } from './structural-holes/constraint.js';
export { effectiveSize } from './structural-holes/effective-size.js';
export { brokerage } from './structural-holes/brokerage.js';
export type { Brokerage } from './structural-holes/brokerage.js';
export { BROKERAGE_ROLES } from './structural-holes/brokerage-roles.js';
export type { BrokerageRole } from './structural-holes/brokerage-roles.js';

export { louvain } from './communities/louvain.js';
export type { Communities, LouvainOptions } from './communities/louvain.js';
export { labelPropagation } from './communities/label-propagation.js';
export type { LabelPropagationOptions } from './communities/label-propagation.js';

export { POOL_THRESHOLD, WORKER_THRESHOLD, WorkerPool } from './workers/pool.js';
export { computeAll, sampledBetweennessErrorBound } from './compute-all.js';
export type {
  BrokerageCounts,
  ComponentSummary,
  ComputeAllOptions,
  ComputeAllResult,
  GraphMeasures,
  NodeMeasures,
} from './compute-all.js';
