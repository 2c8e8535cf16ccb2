/** The `trellis spc` command line, for embedding in the main `trellis` command. */
export { EXIT, runSpc } from './run-spc.js';
export type { SpcCliIo } from './run-spc.js';
export { SpcDataError, readSeries } from './read-series.js';
export { USAGE } from './usage.js';
