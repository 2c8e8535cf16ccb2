/**
 * From the stored map's columnar arrays to what sigma draws: a graphology graph whose nodes carry
 * only what drawing needs (position, size, colour, label), while the measures stay in the arrays
 * and are looked up by node index (a node's key is its index). Colouring and sizing are computed
 * here, outside React, so a change of either is one pass over typed arrays.
 */
import Graph from 'graphology';
import { BROKERAGE_ROLES, type AnalysisMap } from './analysis.types.ts';
import { CATEGORY_COLOURS, OTHER_COLOUR } from './palette.ts';

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

/** One line of the legend: a category (by its code) or every other node (code null). */
export interface LegendEntry {
  code: number | null;
  colour: string;
  count: number;
}

export interface Colouring {
  /** The colour of each node, by index. */
  colours: string[];
  /** The top categories by size, then "other" when some nodes are in none of them. */
  legend: LegendEntry[];
}

const NO_CATEGORY = -1;
/**
 * On an anonymised map, the nodes whose category is not shown (fewer than k people share it):
 * a category of their own, so the legend says what they are — "other organisations" — rather
 * than mixing them with the nodes that have none.
 */
export const HIDDEN_CATEGORY = -2;

const codeOf = (value: number | null | undefined) =>
  value === null ? HIDDEN_CATEGORY : (value ?? NO_CATEGORY);

/**
 * Each node's category code for a colouring (-1 for none, -2 not shown): an index into groups,
 * networks or roles, or a community.
 */
export function categoryCodes(map: AnalysisMap, by: ColourBy): Int32Array {
  const { nodes } = map;
  const count = nodes.x.length;
  const codes = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    switch (by) {
      case 'organisation':
        codes[i] = codeOf(nodes.group[i]);
        break;
      case 'network':
        codes[i] = codeOf(nodes.network[i]);
        break;
      case 'community':
        codes[i] = codeOf(nodes.community[i]);
        break;
      case 'role': {
        const role = nodes.brokerageRole[i];
        codes[i] = role ? BROKERAGE_ROLES.indexOf(role) : NO_CATEGORY;
        break;
      }
    }
  }
  return codes;
}

/**
 * Colours the largest categories (as many as there are palette colours) and greys the rest, so
 * that a map of 700 schools still has a legend one can read.
 */
export function colourByCategory(codes: Int32Array, topCount: number = CATEGORY_COLOURS.length): Colouring {
  const sizes = new Map<number, number>();
  for (const code of codes) if (code !== NO_CATEGORY) sizes.set(code, (sizes.get(code) ?? 0) + 1);
  // Largest first; equal sizes by code, so the same map always gets the same colours.
  const top = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, topCount);
  const colourOfCode = new Map(top.map(([code], rank) => [code, CATEGORY_COLOURS[rank]!]));
  const colours = Array.from(codes, (code) => colourOfCode.get(code) ?? OTHER_COLOUR);
  const legend: LegendEntry[] = top.map(([code, count]) => ({
    code,
    count,
    colour: colourOfCode.get(code)!,
  }));
  const others = codes.length - top.reduce((sum, [, count]) => sum + count, 0);
  if (others > 0) legend.push({ code: null, count: others, colour: OTHER_COLOUR });
  return { colours, legend };
}

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
