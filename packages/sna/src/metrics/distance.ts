/**
 * Diameter and average shortest-path length of the largest component (strong component for
 * directed graphs), as NetworkX `diameter` and `average_shortest_path_length` on that subgraph.
 * Hop distances by default; NetworkX raises on disconnected graphs, Trellis measures the
 * largest component instead and reports its size.
 */
import type { KernelResult } from '../kernel/paths-kernel.js';
import { pathSums } from '../centrality/paths.js';
import type { Graph } from '../graph/graph.js';
import { largestComponent } from './components.js';

/** Distance summary of the largest component. */
export interface DistanceSummary {
  largestComponentSize: number;
  diameter: number;
  averageShortestPath: number;
}

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { weighted: false } as const;

/** Turns the kernel's component sums into the summary. */
export function distanceSummary(sums: KernelResult, component: Uint8Array): DistanceSummary {
  let size = 0;
  for (let i = 0; i < component.length; i++) size += component[i]!;
  return {
    largestComponentSize: size,
    diameter: sums.componentEccentricity,
    averageShortestPath: size > 1 ? sums.componentDistanceSum / (size * (size - 1)) : 0,
  };
}

/** Diameter and average shortest path of the largest component. */
export function distances(graph: Graph, options: { weighted?: boolean } = {}): DistanceSummary {
  const component = largestComponent(graph);
  const sources: number[] = [];
  for (let v = 0; v < graph.nodeCount; v++) if (component[v] === 1) sources.push(v);
  const request = {
    weighted: options.weighted ?? DEFAULTS.weighted,
    betweenness: false,
    distances: true,
    component,
  };
  const sums = pathSums(graph, Int32Array.from(sources), request, 'distances');
  return distanceSummary(sums, component);
}
