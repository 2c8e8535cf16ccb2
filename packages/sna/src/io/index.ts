/** Readers and writers for graph files: edge lists, CSV, GraphML and GEXF. */
export { SnaFormatError } from './format-error.js';
export type { FormatErrorLocation, GraphFormat } from './format-error.js';
export type { EdgeRecord, GraphData } from './graph-data.js';
export { readEdgeList, writeEdgeList } from './edgelist.js';
export { parseCsv, formatCsv, formatCsvField } from './csv-parser.js';
export type { CsvRecord, FormatCsvOptions } from './csv-parser.js';
export { readCsv, writeCsv } from './csv.js';
export { readGraphml } from './graphml-reader.js';
export { writeGraphml } from './graphml-writer.js';
export { writeGexf } from './gexf-writer.js';
export { graphFromData, dataFromGraph } from './graph-convert.js';
export type { GraphFromDataOptions } from './graph-convert.js';
export {
  READABLE_FORMATS,
  WRITABLE_FORMATS,
  formatFromPath,
  isGraphFormat,
  readGraph,
  writeGraph,
} from './formats.js';
export type { ReadableFormat } from './formats.js';
