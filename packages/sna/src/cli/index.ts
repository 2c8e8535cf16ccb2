/** The `trellis sna` command line, for embedding in the main `trellis` command. */
export { runSna, EXIT } from './run-sna.js';
export type { SnaCliIo } from './cli-io.js';
export { USAGE } from './usage.js';
