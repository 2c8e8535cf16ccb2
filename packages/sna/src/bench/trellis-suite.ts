/**
 * The Trellis side of the benchmark: the package's own reader and measures. Loading includes
 * reading the file, parsing the edge list and building the CSR graph, as for the other tools.
 * Variants ending in `@2` run the same measure on two worker threads.
 */
import { readFile } from 'node:fs/promises';
import { betweenness, betweennessParallel } from '../centrality/betweenness.js';
import { closeness, closenessParallel } from '../centrality/closeness.js';
import { degrees } from '../centrality/degree.js';
import { pagerank } from '../centrality/pagerank.js';
import { louvain } from '../communities/louvain.js';
import { Graph } from '../graph/graph.js';
import { readEdgeList } from '../io/edgelist.js';
import { graphFromData } from '../io/graph-convert.js';
import { clustering } from '../metrics/clustering.js';
import { weakComponents } from '../metrics/components.js';
import { coreNumber } from '../metrics/core-number.js';
import { constraint } from '../structural-holes/constraint.js';
import { WorkerPool } from '../workers/pool.js';
import type { BenchSuite } from './suite.js';

/**
 * Builds the Trellis suite for one edge-list file; `k` and `seed` drive sampled betweenness.
 *
 * The `@2` variants run on one two-thread `WorkerPool`, as an application computing several
 * measures would: the pool starts on the first call (a warm-up run for cheap measures, the
 * first timed run for slow ones) and is reused after that. `pool_start@2` times starting and
 * closing a pool on its own, so the report shows what the first call pays.
 */
export function trellisSuite(path: string, k: number, seed: number): BenchSuite {
  let graph = Graph.fromEdges([]);
  const sample = { k, seed };
  let started: Promise<WorkerPool> | undefined;
  const pool = () => (started ??= WorkerPool.start(2));
  return {
    async load() {
      graph = graphFromData(readEdgeList(await readFile(path, 'utf8')));
    },
    size: () => ({ nodes: graph.nodeCount, edges: graph.edgeCount }),
    measures: {
      degree: () => degrees(graph),
      pagerank: () => pagerank(graph),
      betweenness: () => betweenness(graph),
      'betweenness@2': async () => betweennessParallel(graph, { pool: await pool() }),
      betweenness_sampled: () => betweenness(graph, { sample }),
      'betweenness_sampled@2': async () => betweennessParallel(graph, { sample, pool: await pool() }),
      closeness: () => closeness(graph),
      'closeness@2': async () => closenessParallel(graph, { pool: await pool() }),
      'pool_start@2': async () => (await WorkerPool.start(2)).close(),
      clustering: () => clustering(graph),
      components: () => weakComponents(graph),
      louvain: () => louvain(graph, { seed: 1 }),
      core: () => coreNumber(graph),
      constraint: () => constraint(graph),
    },
  };
}
