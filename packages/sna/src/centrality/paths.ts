/**
 * Runs the shortest-path kernel for a graph on one thread or on worker threads, choosing
 * threads only when the work pays for their start-up (see `WORKER_THRESHOLD` and
 * `POOL_THRESHOLD`). Every path sums the same source chunks in the same order, so the choice
 * never changes a result.
 */
import { SnaError } from '../graph/errors.js';
import type { Graph } from '../graph/graph.js';
import { POOL_THRESHOLD, runKernelOnWorkers, WORKER_THRESHOLD } from '../workers/pool.js';
import type { WorkerPool } from '../workers/pool.js';
import { runKernelInChunks } from '../kernel/source-chunks.js';
import type { CsrView, KernelRequest, KernelResult } from '../kernel/paths-kernel.js';

/** Options shared by every measure built on shortest paths. */
export interface PathOptions {
  /** Use edge weights as distances (Dijkstra); default false, as NetworkX (`weight=None`). */
  weighted?: boolean;
  /** Worker threads started for this call; default 1 (no threads). Ignored when `pool` is given. */
  workers?: number;
  /** Running worker threads to use (and keep) instead of starting new ones. */
  pool?: WorkerPool;
  /**
   * Minimum work (sources × (n + m)) before threads are used; default `WORKER_THRESHOLD`, or
   * `POOL_THRESHOLD` with a pool.
   */
  workerThreshold?: number;
}

/** The graph's out-adjacency as the kernel reads it. */
export function csrView(graph: Graph): CsrView {
  return {
    n: graph.nodeCount,
    offsets: graph.outOffsets,
    targets: graph.outTargets,
    weights: graph.outWeights,
  };
}

/** Throws unless every weight is positive and finite (Dijkstra's requirement). */
export function checkDistanceWeights(graph: Graph, algorithm: string): void {
  const w = graph.outWeights;
  for (let i = 0; i < w.length; i++) {
    if (!(w[i]! > 0)) {
      throw new SnaError(
        algorithm,
        'SNA_INVALID_INPUT',
        'weighted shortest paths need positive edge weights',
      );
    }
  }
}

/** All node indices 0..n-1. */
export function allSources(n: number): Int32Array {
  const s = new Int32Array(n);
  for (let i = 0; i < n; i++) s[i] = i;
  return s;
}

function prepare(graph: Graph, request: KernelRequest, algorithm: string): void {
  if (request.weighted) checkDistanceWeights(graph, algorithm);
}

/** Runs the kernel on the calling thread. */
export function pathSums(
  graph: Graph,
  sources: Int32Array,
  request: KernelRequest,
  algorithm: string,
): KernelResult {
  prepare(graph, request, algorithm);
  return runKernelInChunks(csrView(graph), sources, request);
}

/** Runs the kernel on worker threads (a pool, or `workers > 1`) when the work is large enough, else inline. */
export async function pathSumsParallel(
  graph: Graph,
  sources: Int32Array,
  request: KernelRequest,
  algorithm: string,
  options: PathOptions,
): Promise<KernelResult> {
  prepare(graph, request, algorithm);
  const pool = options.pool;
  const workers = pool?.size ?? Math.max(1, Math.floor(options.workers ?? 1));
  const threshold = options.workerThreshold ?? (pool === undefined ? WORKER_THRESHOLD : POOL_THRESHOLD);
  const work = sources.length * (graph.nodeCount + graph.outTargets.length);
  if (workers === 1 || work < threshold || sources.length < 2) {
    return runKernelInChunks(csrView(graph), sources, request);
  }
  if (pool !== undefined) return pool.run(graph, sources, request);
  return runKernelOnWorkers(graph, sources, request, Math.min(workers, sources.length));
}
