import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BROKERAGE_ROLES, type BrokerageRole, type ComputeAllResult, type NodeMeasures } from '@trellis/sna';
import { groupOf, type NetworkGraph } from './network-graph.js';

/** What the worker needs: node keys with their groups, and the weighted directed edges. */
export interface AnalysisInput {
  keys: string[];
  groups: string[];
  /** A person's organisation, null for anyone else (for the E-I index across organisations). */
  organisations: (string | null)[];
  edges: { source: string; target: string; weight: number }[];
}

// Workers load JavaScript: the built scripts, found from this file whether it runs from dist/ or src/ (tests).
const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs a built worker script of this folder on `input` and resolves with the one message it posts. */
export function runWorker<Output>(script: string, input: unknown): Promise<Output> {
  const path = join(PACKAGE_ROOT, 'dist', 'analytics', script);
  if (!existsSync(path)) {
    return Promise.reject(new Error(`${path} is missing: build the server (npm run build) first.`));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(path, { workerData: input });
    worker.once('message', (result: Output) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the worker ${script} stopped with code ${code}`));
    });
  });
}

/** The engine's measures, and 1 for each single point of failure (articulation point), by node index. */
export type AnalysisOutput = ComputeAllResult & { cutPoints: number[]; organisationEiIndex: number | null };

/** What an analysis computes: the engine's output with communities as `withoutSingletonCommunities` counts them. */
export type AnalysisResult = Omit<AnalysisOutput, 'graph'> & {
  graph: AnalysisOutput['graph'] & { communities: CommunitySummary };
};

/** The engine's community summary, with Trellis's count of communities of one (`singletons`). */
export type CommunitySummary = ComputeAllResult['graph']['communities'] & { singletons: number };

/**
 * Communities as people read them: a node alone in its community (an isolate, mostly) is not a
 * community. Communities of two or more are numbered first, largest first (ties by their first
 * node), so that 0..count−1 are the real communities; the singletons follow, and `count` counts
 * only the real ones, `singletons` the rest.
 */
export function withoutSingletonCommunities(output: AnalysisOutput): AnalysisResult {
  const sizes = new Map<number, number>();
  const first = new Map<number, number>();
  output.nodes.forEach((node, index) => {
    sizes.set(node.community, (sizes.get(node.community) ?? 0) + 1);
    if (!first.has(node.community)) first.set(node.community, index);
  });
  const order = [...sizes.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || first.get(a)! - first.get(b)!,
  );
  const renumber = new Map(order.map((label, position) => [label, position]));
  const singletons = order.filter((label) => sizes.get(label) === 1).length;
  return {
    ...output,
    nodes: output.nodes.map((node) => ({ ...node, community: renumber.get(node.community)! })),
    graph: {
      ...output.graph,
      communities: { ...output.graph.communities, count: order.length - singletons, singletons },
    },
  };
}

/** Computes every measure of the graph in a worker thread. */
export function computeInWorker(graph: NetworkGraph): Promise<AnalysisResult> {
  const input: AnalysisInput = {
    keys: graph.nodes.map((node) => node.key),
    groups: graph.nodes.map(groupOf),
    organisations: graph.nodes.map((node) => node.affiliationId),
    edges: graph.edges,
  };
  return runWorker<AnalysisOutput>('analysis.worker.js', input).then(withoutSingletonCommunities);
}

/** The Gould–Fernandez brokerage roles, declared once in the engine. */
export { BROKERAGE_ROLES };
export type { BrokerageRole };

/** The Gould–Fernandez role a node plays most often, or null when it brokers nothing. */
export function dominantBrokerageRole(node: NodeMeasures): BrokerageRole | null {
  if (!node.brokerage) return null;
  let best: BrokerageRole | null = null;
  let most = 0;
  for (const role of BROKERAGE_ROLES) {
    if (node.brokerage[role] > most) {
      most = node.brokerage[role];
      best = role;
    }
  }
  return best;
}

/**
 * One node's measures as an analysis stores them (`analysis_nodes`' measure columns), for the
 * runner's snapshot and for an export that computes them on the spot.
 */
export function storedNodeMeasures(measures: NodeMeasures, cutPoint: boolean) {
  return {
    degree: measures.degree,
    inDegree: measures.inDegree ?? null,
    outDegree: measures.outDegree ?? null,
    betweenness: measures.betweenness,
    closeness: measures.closeness,
    eigenvector: measures.eigenvector,
    pagerank: measures.pagerank,
    clustering: measures.clustering,
    core: measures.core,
    constraint: measures.constraint,
    effectiveSize: measures.effectiveSize,
    community: measures.community,
    brokerageRole: dominantBrokerageRole(measures),
    isolate: measures.isolate,
    cutPoint,
  };
}

/**
 * Krackhardt's E-I index of the ties members make, inside the network (I) against outward, to
 * people outside it (E): (E − I) / (E + I), from −1 (all inward: an echo chamber) to +1. Null
 * when members make no ties.
 */
export function outwardEiIndex(graph: NetworkGraph): number | null {
  const inNetwork = new Set(graph.nodes.filter((node) => node.inNetwork).map((node) => node.key));
  let internal = 0;
  let external = 0;
  for (const edge of graph.edges) {
    if (!inNetwork.has(edge.source)) continue;
    if (inNetwork.has(edge.target)) internal += 1;
    else external += 1;
  }
  return internal + external === 0 ? null : (external - internal) / (external + internal);
}
