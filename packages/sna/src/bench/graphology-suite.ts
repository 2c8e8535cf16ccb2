/**
 * The graphology side of the benchmark: its own loaders and the measures that graphology-metrics
 * and graphology-communities-louvain provide. Measures graphology has no function for are n/a.
 */
import { readFile } from 'node:fs/promises';
import graphologyModule from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import closenessModule from 'graphology-metrics/centrality/closeness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { BenchSuite } from './suite.js';

// These packages ship CommonJS with `export default` typings, which NodeNext types as the whole
// module; at run time the default import may already be the export itself.
function interop<T>(module: { default: T }): T {
  return (module as unknown as { default?: T }).default ?? (module as unknown as T);
}
const Graph = interop(graphologyModule);
const louvain = interop(louvainModule);
const betweenness = interop(betweennessModule);
const closeness = interop(closenessModule);
const pagerank = interop(pagerankModule);

/** Builds the graphology suite for one edge-list file. */
export function graphologySuite(path: string): BenchSuite {
  let graph = new Graph({ type: 'undirected' });
  return {
    async load() {
      const text = await readFile(path, 'utf8');
      const next = new Graph({ type: 'undirected' });
      for (const line of text.split('\n')) {
        if (line === '' || line.startsWith('#')) continue;
        const space = line.indexOf(' ');
        next.mergeEdge(line.slice(0, space), line.slice(space + 1));
      }
      graph = next;
    },
    size: () => ({ nodes: graph.order, edges: graph.size }),
    measures: {
      degree: () => {
        const degrees: Record<string, number> = {};
        graph.forEachNode((node: string) => (degrees[node] = graph.degree(node)));
        return degrees;
      },
      pagerank: () => pagerank(graph, { getEdgeWeight: null, alpha: 0.85 }),
      betweenness: () => betweenness(graph),
      closeness: () => closeness(graph),
      louvain: () => louvain(graph, { rng: seededMathRandom(1) }),
    },
  };
}

function seededMathRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
