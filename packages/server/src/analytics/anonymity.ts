/**
 * k-anonymity for what anonymised callers see of a people map (the privacy rule in DESIGN.md):
 * every attribute shown on a node is shared by at least k nodes, and so is every combination of
 * them. Two tools: quantile bands for measures (each band holds ≥ k nodes), and a partition that
 * hides, node by node, whichever attribute would single out a class of fewer than k.
 */

/** The smallest class of nodes an anonymised answer may show, unless configured otherwise. */
export const DEFAULT_ANONYMITY_K = 5;
/** Below 3, "anonymised" would mean telling two people apart from each other only. */
export const MIN_ANONYMITY_K = 3;

/** k as given, or an error that says why not. */
export function checkAnonymityK(k: number): number {
  if (!Number.isInteger(k) || k < MIN_ANONYMITY_K) {
    throw new RangeError(`k must be a whole number of at least ${MIN_ANONYMITY_K}, not ${k}.`);
  }
  return k;
}

/** An attribute's exact value on a node; null is a value too ("none", "not available"). */
export type AttributeValue = string | number | boolean | null;

/** What an anonymised answer shows of an attribute on a node: its value, or that it is not shown. */
export const HIDDEN = Symbol('hidden');
export type Shown = AttributeValue | typeof HIDDEN;

/**
 * The attributes to show, one column per attribute (most useful first), each value kept or
 * replaced by HIDDEN so that every class of nodes with the same shown values has at least k
 * members. The nodes are split attribute by attribute: in a class, the values that at least k
 * of its nodes share are shown and each starts a class of its own; the nodes with rarer values
 * have that attribute hidden and go on as one class (enlarged with the smallest shown value while
 * it has fewer than k). Every class split is at least k, so every final one is. A map of fewer
 * than k nodes shows nothing.
 */
export function kAnonymous(columns: readonly (readonly AttributeValue[])[], k: number): Shown[][] {
  checkAnonymityK(k);
  const count = columns[0]?.length ?? 0;
  const shown: Shown[][] = columns.map(() => new Array<Shown>(count).fill(HIDDEN));
  const split = (members: number[], attribute: number) => {
    if (attribute === columns.length) return;
    const column = columns[attribute]!;
    const byValue = new Map<AttributeValue, number[]>();
    for (const node of members) {
      const value = column[node]!;
      const same = byValue.get(value);
      if (same) same.push(node);
      else byValue.set(value, [node]);
    }
    // Largest first, so that the smallest is the one to give up; equal sizes in a fixed order.
    const kept = [...byValue.entries()]
      .filter(([, nodes]) => nodes.length >= k)
      .sort((a, b) => b[1].length - a[1].length || String(a[0]).localeCompare(String(b[0])));
    let rest = members.length - kept.reduce((sum, [, nodes]) => sum + nodes.length, 0);
    while (rest > 0 && rest < k && kept.length > 0) rest += kept.pop()![1].length;
    const keptValues = new Set(kept.map(([value]) => value));
    const hidden: number[] = [];
    for (const node of members) if (!keptValues.has(column[node]!)) hidden.push(node);
    for (const [value, nodes] of kept) {
      for (const node of nodes) shown[attribute]![node] = value;
      split(nodes, attribute + 1);
    }
    if (hidden.length > 0) split(hidden, attribute + 1);
  };
  split(
    Array.from({ length: count }, (_, node) => node),
    0,
  );
  return shown;
}

/** A band of a measure's values: the lowest and highest value in it, and how many nodes. */
export interface Band {
  min: number;
  max: number;
  count: number;
}

/** The most bands a measure is cut into: enough to size nodes by, few enough to read. */
export const MAX_BANDS = 5;

/**
 * Cuts a measure into quantile bands of about equal size, each of at least k nodes, never
 * splitting equal values; each node gets its band's index (0 = lowest), or null when it has no
 * value or when fewer than k nodes have one.
 */
export function quantileBands(
  values: readonly (number | null)[],
  k: number,
  maxBands = MAX_BANDS,
): { band: (number | null)[]; bands: Band[] } {
  checkAnonymityK(k);
  // A typed array sorts numerically, natively: several times faster than a comparator on 20,000.
  const sorted = Float64Array.from(values.filter((value): value is number => value !== null)).sort();
  const bandCount = Math.min(maxBands, Math.floor(sorted.length / k));
  if (bandCount < 1) return { band: values.map(() => null), bands: [] };
  const target = sorted.length / bandCount;
  const bands: Band[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = Math.max(start + k, Math.round((bands.length + 1) * target));
    end = Math.min(end, sorted.length);
    // Equal values stay in one band.
    while (end < sorted.length && sorted[end] === sorted[end - 1]) end += 1;
    bands.push({ min: sorted[start]!, max: sorted[end - 1]!, count: end - start });
    start = end;
  }
  const last = bands.at(-1)!;
  if (bands.length > 1 && last.count < k) {
    bands.pop();
    const previous = bands.at(-1)!;
    previous.max = last.max;
    previous.count += last.count;
  }
  const band = values.map((value) => (value === null ? null : bandOf(bands, value)));
  return { band, bands };
}

/** The band that holds a value (bands are sorted and the value is in one of them). */
function bandOf(bands: readonly Band[], value: number): number {
  let low = 0;
  let high = bands.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (value > bands[middle]!.max) low = middle + 1;
    else high = middle;
  }
  return low;
}
