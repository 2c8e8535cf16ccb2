/**
 * The map's colourings by category (organisation, network, community, role), apart from
 * graphology so that the printable report draws the same colours without loading it.
 */
import { BROKERAGE_ROLES, type AnalysisMap } from './analysis.types.ts';
import { CATEGORY_COLOURS, OTHER_COLOUR } from './palette.ts';
import type { ColourBy } from './map-graph.ts';

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
