/** Turns a string node attribute into integer category labels for the loops that use it. */
import { SnaError } from './errors.js';
import type { Graph } from './graph.js';

/** Category of each node (-1: no value) and the category names by label. */
export interface Categories {
  labels: Int32Array;
  names: string[];
}

/** Integer labels for attribute `name`; throws when the graph has no such attribute. */
export function categories(graph: Graph, name: string, algorithm: string): Categories {
  if (!graph.nodeAttributeNames().includes(name)) {
    throw new SnaError(algorithm, 'SNA_INVALID_INPUT', `the graph has no node attribute '${name}'`);
  }
  const labels = new Int32Array(graph.nodeCount);
  const index = new Map<string, number>();
  const names: string[] = [];
  for (let u = 0; u < graph.nodeCount; u++) {
    const value = graph.getNodeAttribute(name, u);
    if (value === undefined) {
      labels[u] = -1;
      continue;
    }
    let c = index.get(value);
    if (c === undefined) {
      c = names.length;
      index.set(value, c);
      names.push(value);
    }
    labels[u] = c;
  }
  return { labels, names };
}
