/** Trellis network analysis engine: graph measures over compact typed arrays. */
export const SNA_VERSION = '0.1.0';

export { Graph } from './graph/graph.js';
export type { EdgeInput, GraphOptions } from './graph/graph.js';
export { SnaError, SnaConvergenceError } from './graph/errors.js';
export type { SnaErrorCode } from './graph/errors.js';
