/** The `trellis jigsaw` command line, for embedding in the main `trellis` command. */
export { EXIT, runJigsaw } from './run-jigsaw.js';
export type { JigsawCliIo } from './run-jigsaw.js';
export { JigsawDataError } from './csv.js';
export { readPairs, readRoster } from './read-roster.js';
export { USAGE } from './usage.js';
