/**
 * `computeAll`: every graph- and node-level measure in one call, as a stable, JSON-ready
 * document (the `trellis sna metrics` output). Values that are undefined for a node or graph
 * (NaN in NetworkX, or a raise) are `null`, never NaN, so the document survives JSON.
 *
 * Shortest paths are traversed once from every source for betweenness, closeness, harmonic
 * centrality, diameter and average distance together, on worker threads when asked and worth it.
 */
import { betweennessPivots, rescaleBetweenness } from './centrality/betweenness.js';
import { closenessFromSums } from './centrality/closeness.js';
import { degrees, isolates } from './centrality/degree.js';
import { eigenvector } from './centrality/eigenvector.js';
import { pagerank } from './centrality/pagerank.js';
import { allSources, pathSumsParallel } from './centrality/paths.js';
import type { KernelResult } from './kernel/paths-kernel.js';
import { louvain } from './communities/louvain.js';
import { SnaConvergenceError } from './graph/errors.js';
import type { Graph } from './graph/graph.js';
import { attributeAssortativity } from './metrics/assortativity.js';
import { degreeCentralization } from './metrics/centralization.js';
import { averageOf, clustering, transitivity } from './metrics/clustering.js';
import { density, reciprocity } from './metrics/cohesion.js';
import { largestComponent, sortedSizes, strongComponents, weakComponents } from './metrics/components.js';
import { coreNumber } from './metrics/core-number.js';
import { distanceSummary } from './metrics/distance.js';
import { eiIndex } from './metrics/ei-index.js';
import { modularity } from './metrics/modularity.js';
import { categories } from './graph/attributes.js';
import { brokerage } from './structural-holes/brokerage.js';
import { BROKERAGE_ROLES, type BrokerageRole } from './structural-holes/brokerage-roles.js';
import { constraint } from './structural-holes/constraint.js';
import { effectiveSize } from './structural-holes/effective-size.js';
import type { WorkerPool } from './workers/pool.js';

/** Options of `computeAll`. */
export interface ComputeAllOptions {
  /** Node attribute naming each node's group: enables E-I index, assortativity, group modularity and brokerage. */
  attribute?: string;
  /** Estimate betweenness from k seeded pivots instead of every source (other measures stay exact). */
  sample?: { k: number; seed: number };
  /** Worker threads for the shortest-path measures; default 1. Ignored when `pool` is given. */
  workers?: number;
  /** Running worker threads to use (and keep) for the shortest-path measures. */
  pool?: WorkerPool;
  /** Louvain resolution (default 1) and seed (default 0). */
  resolution?: number;
  seed?: number;
  /** Use edge weights as distances in shortest-path measures; default false (NetworkX's default). */
  weightedPaths?: boolean;
  /** Work above which workers are used; default `WORKER_THRESHOLD`. */
  workerThreshold?: number;
}

/** Component count and sizes (largest first). */
export interface ComponentSummary {
  count: number;
  sizes: number[];
}

/** Graph-level measures. */
export interface GraphMeasures {
  directed: boolean;
  weighted: boolean;
  nodeCount: number;
  edgeCount: number;
  selfLoopCount: number;
  isolateCount: number;
  density: number;
  /** Null for undirected graphs. */
  reciprocity: number | null;
  transitivity: number;
  averageClustering: number;
  weakComponents: ComponentSummary;
  /** Null for undirected graphs. */
  strongComponents: ComponentSummary | null;
  degreeCentralization: number;
  inDegreeCentralization: number | null;
  outDegreeCentralization: number | null;
  /** Size of the largest (strong, if directed) component, on which the two distances are measured. */
  largestComponentSize: number;
  diameter: number;
  averageShortestPath: number;
  betweenness: { exact: boolean; pivots: number | null; seed: number | null; errorBound: number | null };
  /** Null when power iteration did not converge (every node's eigenvector is then null). */
  eigenvectorConverged: boolean;
  communities: { method: 'louvain'; count: number; modularity: number; resolution: number; seed: number };
  /** Present when `attribute` was given. */
  attribute?: {
    name: string;
    groups: number;
    eiIndex: number | null;
    assortativity: number | null;
    /** Modularity of the partition into the attribute's groups (nodes without a value as one more group). */
    modularity: number;
  };
}

/** Gould–Fernandez brokerage counts of one node. */
export type BrokerageCounts = Record<BrokerageRole, number>;

/** Node-level measures of one node. */
export interface NodeMeasures {
  id: string;
  degree: number;
  /** Directed graphs only. */
  inDegree?: number;
  outDegree?: number;
  /** Weighted graphs only: the sum of edge weights. */
  strength?: number;
  isolate: boolean;
  betweenness: number;
  closeness: number;
  harmonic: number;
  eigenvector: number | null;
  pagerank: number;
  clustering: number;
  core: number;
  constraint: number | null;
  effectiveSize: number | null;
  community: number;
  /** Directed graphs with `attribute` only. */
  brokerage?: BrokerageCounts;
}

/** The whole document. */
export interface ComputeAllResult {
  graph: GraphMeasures;
  nodes: NodeMeasures[];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Hoeffding bound on the normalised betweenness error with k uniform pivots, holding for every
 * node at once with probability 0.95: sqrt(ln(2n / 0.05) / (2k)) (see docs/measures.md).
 */
export function sampledBetweennessErrorBound(n: number, k: number): number {
  return Math.sqrt(Math.log((2 * n) / 0.05) / (2 * k));
}

async function shortestPathPass(
  graph: Graph,
  options: ComputeAllOptions,
  component: Uint8Array,
): Promise<{ sums: KernelResult; bc: Float64Array; pivots: Int32Array | null }> {
  const weighted = options.weightedPaths ?? false;
  const pathOptions = {
    workers: options.workers ?? 1,
    ...(options.pool === undefined ? {} : { pool: options.pool }),
    ...(options.workerThreshold === undefined ? {} : { workerThreshold: options.workerThreshold }),
  };
  const pivots = options.sample ? betweennessPivots(graph, { sample: options.sample }) : null;
  const all = allSources(graph.nodeCount);
  if (pivots === null) {
    const request = { weighted, betweenness: true, distances: true, component };
    const sums = await pathSumsParallel(graph, all, request, 'computeAll', pathOptions);
    return { sums, bc: rescaleBetweenness(sums.betweenness, graph, true, null), pivots };
  }
  // Sampling makes only betweenness approximate; distances still need every source.
  const sums = await pathSumsParallel(
    graph,
    all,
    { weighted, betweenness: false, distances: true, component },
    'computeAll',
    pathOptions,
  );
  const bcSums = await pathSumsParallel(
    graph,
    pivots,
    { weighted, betweenness: true, distances: false, component: null },
    'computeAll',
    pathOptions,
  );
  return { sums, bc: rescaleBetweenness(bcSums.betweenness, graph, true, pivots), pivots };
}

/** Computes every graph- and node-level measure of `graph`. */
export async function computeAll(graph: Graph, options: ComputeAllOptions = {}): Promise<ComputeAllResult> {
  const n = graph.nodeCount;
  const resolution = options.resolution ?? 1;
  const seed = options.seed ?? 0;
  const component = largestComponent(graph);
  const { sums, bc, pivots } = await shortestPathPass(graph, options, component);
  const close = closenessFromSums(sums, n, true);
  const dist = distanceSummary(sums, component);
  const deg = degrees(graph);
  const strength = graph.weighted ? degrees(graph, { weighted: true }).degree : null;
  let ev: Float64Array | null = null;
  try {
    ev = eigenvector(graph);
  } catch (e) {
    if (!(e instanceof SnaConvergenceError)) throw e;
  }
  const pr = pagerank(graph);
  const cl = clustering(graph);
  const core = coreNumber(graph);
  const cons = constraint(graph);
  const eff = effectiveSize(graph);
  const comm = louvain(graph, { resolution, seed });
  const weak = weakComponents(graph);
  const centralization = degreeCentralization(graph);
  const iso = isolates(graph);
  const isIsolate = new Uint8Array(n);
  for (const u of iso) isIsolate[u] = 1;

  const graphMeasures: GraphMeasures = {
    directed: graph.directed,
    weighted: graph.weighted,
    nodeCount: n,
    edgeCount: graph.edgeCount,
    selfLoopCount: graph.selfLoopCount,
    isolateCount: iso.length,
    density: density(graph),
    reciprocity: reciprocity(graph),
    transitivity: transitivity(graph),
    averageClustering: averageOf(cl),
    weakComponents: { count: weak.count, sizes: sortedSizes(weak) },
    strongComponents: null,
    degreeCentralization: centralization.degree,
    inDegreeCentralization: centralization.in,
    outDegreeCentralization: centralization.out,
    largestComponentSize: dist.largestComponentSize,
    diameter: dist.diameter,
    averageShortestPath: dist.averageShortestPath,
    betweenness: {
      exact: pivots === null,
      pivots: pivots === null ? null : pivots.length,
      seed: options.sample ? options.sample.seed : null,
      errorBound: pivots === null ? null : sampledBetweennessErrorBound(n, pivots.length),
    },
    eigenvectorConverged: ev !== null,
    communities: { method: 'louvain', count: comm.count, modularity: comm.modularity, resolution, seed },
  };
  if (graph.directed) {
    const strong = strongComponents(graph);
    graphMeasures.strongComponents = { count: strong.count, sizes: sortedSizes(strong) };
  }

  let roles: ReturnType<typeof brokerage> | null = null;
  if (options.attribute !== undefined) {
    const name = options.attribute;
    const cats = categories(graph, name, 'computeAll');
    // Nodes without a value form one more group, so the partition covers every node.
    const groups = Int32Array.from(cats.labels, (c) => (c === -1 ? cats.names.length : c));
    graphMeasures.attribute = {
      name,
      groups: cats.names.length,
      eiIndex: eiIndex(graph, name),
      assortativity: attributeAssortativity(graph, name),
      modularity: modularity(graph, groups, { resolution }),
    };
    if (graph.directed) roles = brokerage(graph, name);
  }

  const nodes: NodeMeasures[] = new Array<NodeMeasures>(n);
  for (let u = 0; u < n; u++) {
    const node: NodeMeasures = { id: graph.nodeId(u), degree: deg.degree[u]! } as NodeMeasures;
    if (graph.directed) {
      node.inDegree = deg.inDegree[u]!;
      node.outDegree = deg.outDegree[u]!;
    }
    if (strength !== null) node.strength = strength[u]!;
    node.isolate = isIsolate[u] === 1;
    node.betweenness = bc[u]!;
    node.closeness = close[u]!;
    node.harmonic = sums.harmonic[u]!;
    node.eigenvector = ev === null ? null : ev[u]!;
    node.pagerank = pr[u]!;
    node.clustering = cl[u]!;
    node.core = core[u]!;
    node.constraint = finite(cons[u]!);
    node.effectiveSize = finite(eff[u]!);
    node.community = comm.labels[u]!;
    if (roles !== null) {
      const counts = {} as BrokerageCounts;
      for (const role of BROKERAGE_ROLES) counts[role] = roles[role][u]!;
      node.brokerage = counts;
    }
    nodes[u] = node;
  }
  return { graph: graphMeasures, nodes };
}
