/** One entry point over all formats: pick a reader or writer by name or by file extension. */
import { readCsv, writeCsv } from './csv.js';
import { readEdgeList, writeEdgeList } from './edgelist.js';
import { SnaFormatError } from './format-error.js';
import type { GraphFormat } from './format-error.js';
import { writeGexf } from './gexf-writer.js';
import type { GraphData } from './graph-data.js';
import { readGraphml } from './graphml-reader.js';
import { writeGraphml } from './graphml-writer.js';

/** Formats that can be read; GEXF is write-only. */
export const READABLE_FORMATS = ['edgelist', 'csv', 'graphml'] as const;
/** Formats that can be written. */
export const WRITABLE_FORMATS = ['edgelist', 'csv', 'graphml', 'gexf'] as const;

/** A format that has a reader. */
export type ReadableFormat = (typeof READABLE_FORMATS)[number];

const EXTENSIONS: Record<string, GraphFormat> = {
  '.txt': 'edgelist',
  '.edgelist': 'edgelist',
  '.edges': 'edgelist',
  '.csv': 'csv',
  '.graphml': 'graphml',
  '.xml': 'graphml',
  '.gexf': 'gexf',
};

/** The format a file name implies by its extension, or undefined. */
export function formatFromPath(path: string): GraphFormat | undefined {
  const match = /\.[^./\\]+$/.exec(path.toLowerCase());
  return match === null ? undefined : EXTENSIONS[match[0]];
}

/** True when `name` is a format this package knows. */
export function isGraphFormat(name: string): name is GraphFormat {
  return (WRITABLE_FORMATS as readonly string[]).includes(name);
}

/** Parses graph file text in the given format. */
export function readGraph(text: string, format: GraphFormat): GraphData {
  switch (format) {
    case 'edgelist':
      return readEdgeList(text);
    case 'csv':
      return readCsv(text);
    case 'graphml':
      return readGraphml(text);
    case 'gexf':
      throw new SnaFormatError('gexf', 'reading GEXF is not supported; convert it to GraphML in Gephi first');
  }
}

/** Serialises graph content in the given format. */
export function writeGraph(data: GraphData, format: GraphFormat): string {
  switch (format) {
    case 'edgelist':
      return writeEdgeList(data);
    case 'csv':
      return writeCsv(data);
    case 'graphml':
      return writeGraphml(data);
    case 'gexf':
      return writeGexf(data);
  }
}
