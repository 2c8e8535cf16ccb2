/**
 * Errors raised by the graph model and the algorithms.
 *
 * Each error names the package and the algorithm (`sna/pagerank: ...`) and carries a stable
 * `code`, so that the server's error catalogue can map it to a response without parsing text.
 */

/** Stable codes for algorithm and graph-model errors. */
export type SnaErrorCode =
  | 'SNA_INVALID_INPUT'
  | 'SNA_INVALID_OPTION'
  | 'SNA_NOT_CONVERGED'
  | 'SNA_UNSUPPORTED_GRAPH'
  | 'SNA_WORKER_FAILED';

/** An error raised by a `@trellis/sna` algorithm or by the graph model. */
export class SnaError extends Error {
  override readonly name = 'SnaError';
  readonly code: SnaErrorCode;
  /** The algorithm (or `graph`) that raised it, e.g. `pagerank`. */
  readonly algorithm: string;

  constructor(algorithm: string, code: SnaErrorCode, message: string) {
    super(`sna/${algorithm}: ${message}`);
    this.algorithm = algorithm;
    this.code = code;
  }
}

/** Raised when an iterative method (PageRank, eigenvector) does not converge in its iteration budget. */
export class SnaConvergenceError extends SnaError {
  readonly iterations: number;

  constructor(algorithm: string, iterations: number) {
    super(algorithm, 'SNA_NOT_CONVERGED', `did not converge in ${iterations} iterations`);
    this.iterations = iterations;
  }
}
