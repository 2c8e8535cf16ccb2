/** What each JavaScript tool provides to the benchmark runner. */

/** A tool's loader and measures over the graph it loaded; a missing measure is reported n/a. */
export interface BenchSuite {
  load: () => Promise<void>;
  size: () => { nodes: number; edges: number };
  measures: Partial<Record<string, () => unknown>>;
}

/** Every measure the benchmark times, in table order. `@2` marks a two-worker variant. */
export const MEASURES = [
  'degree',
  'pagerank',
  'betweenness',
  'betweenness_sampled',
  'closeness',
  'clustering',
  'components',
  'louvain',
  'core',
  'constraint',
] as const;

/** A benchmark measure name. */
export type MeasureName = (typeof MEASURES)[number];
