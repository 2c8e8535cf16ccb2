/**
 * From the stored map's columnar arrays to what sigma draws: a graphology graph whose nodes carry
 * only what drawing needs (position, size, colour, label), while the measures stay in the arrays
 * and are looked up by node index (a node's key is its index). Colouring and sizing are computed
 * here, outside React, so a change of either is one pass over typed arrays.
 */
import Graph from 'graphology';
import type { AnalysisMap } from './analysis.types.ts';

export const COLOUR_BYS = ['organisation', 'network', 'community', 'role'] as const;
export type ColourBy = (typeof COLOUR_BYS)[number];

export const SIZE_BYS = [
  'degree',
  'betweenness',
  'pagerank',
  'core',
  'constraint',
  'effectiveSize',
  'closeness',
  'eigenvector',
] as const;
export type SizeBy = (typeof SIZE_BYS)[number];

/** What sigma reads from a node; nothing more is stored per node. */
export interface DrawnNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
}

export {
  categoryCodes,
  colourByCategory,
  HIDDEN_CATEGORY,
  type Colouring,
  type LegendEntry,
} from './map-colours.ts';

export const MIN_NODE_SIZE = 2;
export const MAX_NODE_SIZE = 14;

/**
 * Node sizes for a measure: the area grows with the value (size ∝ √value), from the smallest size
 * for the lowest value to the largest for the highest; nodes without a value get the smallest.
 * On an anonymised map the values are band indices, so each band has one size.
 */
export function sizesFor(values: readonly (number | null)[]): Float32Array {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  const sizes = new Float32Array(values.length).fill(MIN_NODE_SIZE);
  if (!(high > low)) return sizes;
  const span = MAX_NODE_SIZE - MIN_NODE_SIZE;
  values.forEach((value, i) => {
    if (value !== null && Number.isFinite(value))
      sizes[i] = MIN_NODE_SIZE + span * Math.sqrt((value - low) / (high - low));
  });
  return sizes;
}

/** Builds the graph sigma draws; repeated ties between the same two nodes are drawn once. */
export function buildGraph(map: AnalysisMap, colours: string[], sizes: Float32Array): Graph<DrawnNode> {
  const { nodes, edges } = map;
  const graph = new Graph<DrawnNode>({ type: 'directed', multi: false, allowSelfLoops: false });
  for (let i = 0; i < nodes.x.length; i += 1) {
    graph.addNode(String(i), {
      x: nodes.x[i]!,
      y: nodes.y[i]!,
      size: sizes[i]!,
      color: colours[i]!,
      label: map.showsNames ? (nodes.label[i] ?? null) : null,
    });
  }
  for (let e = 0; e < edges.source.length; e += 1) {
    const source = String(edges.source[e]);
    const target = String(edges.target[e]);
    if (source !== target && !graph.hasDirectedEdge(source, target)) graph.addDirectedEdge(source, target);
  }
  return graph;
}

/** Folds accents and case, so "jose" finds "José". */
export const searchable = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** Indices of the nodes whose label contains the query (at most `limit`), exact matches first. */
export function findNodes(labels: readonly (string | null)[], query: string, limit = 8): number[] {
  const wanted = searchable(query);
  if (!wanted) return [];
  const exact: number[] = [];
  const partial: number[] = [];
  labels.forEach((label, index) => {
    if (!label) return;
    const text = searchable(label);
    if (text === wanted) exact.push(index);
    else if (text.includes(wanted)) partial.push(index);
  });
  return [...exact, ...partial].slice(0, limit);
}
