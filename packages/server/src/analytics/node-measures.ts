/**
 * The measures each node of a finished analysis carries, which node tables sort by and graph files
 * export. Dependency-free, so the web app imports this list by path rather than copying it.
 */
export const NODE_MEASURES = [
  'degree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'clustering',
  'core',
  'constraint',
  'effectiveSize',
  'community',
] as const;

/** One of the node measures. */
export type NodeMeasure = (typeof NODE_MEASURES)[number];
