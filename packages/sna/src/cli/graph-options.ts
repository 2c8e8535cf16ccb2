/** Options shared by the commands: how to read the input file and build the graph. */
import { formatFromPath, isGraphFormat, readGraph } from '../io/formats.js';
import type { GraphFormat } from '../io/format-error.js';
import type { GraphData } from '../io/graph-data.js';
import type { GraphFromDataOptions } from '../io/graph-convert.js';
import { SnaUsageError } from './cli-io.js';
import type { SnaFiles } from './cli-io.js';

/** parseArgs option declarations for building a graph. */
export const GRAPH_OPTIONS = {
  directed: { type: 'boolean' },
  weighted: { type: 'boolean' },
  'self-loops': { type: 'string' },
  'multi-edges': { type: 'string' },
} as const;

/** Parsed values of GRAPH_OPTIONS. */
export interface GraphOptionValues {
  directed?: boolean;
  weighted?: boolean;
  'self-loops'?: string;
  'multi-edges'?: string;
}

/** Checks the graph-building flags and turns them into graphFromData options. */
export function graphOptionsFrom(values: GraphOptionValues): GraphFromDataOptions {
  const options: GraphFromDataOptions = {};
  if (values.directed !== undefined) options.directed = values.directed;
  if (values.weighted !== undefined) options.weighted = values.weighted;
  const loops = values['self-loops'];
  if (loops !== undefined) {
    if (loops !== 'keep' && loops !== 'drop')
      throw new SnaUsageError(`--self-loops must be keep or drop, not "${loops}"`);
    options.selfLoops = loops;
  }
  const merge = values['multi-edges'];
  if (merge !== undefined) {
    if (merge !== 'sum' && merge !== 'first' && merge !== 'max') {
      throw new SnaUsageError(`--multi-edges must be sum, first or max, not "${merge}"`);
    }
    options.multiEdges = merge;
  }
  return options;
}

/** Picks a format from a flag, else from the path's extension; `role` names it in errors. */
export function chooseFormat(flag: string | undefined, path: string, role: 'input' | 'output'): GraphFormat {
  if (flag !== undefined) {
    if (!isGraphFormat(flag))
      throw new SnaUsageError(`unknown ${role} format "${flag}" (edgelist, csv, graphml, gexf)`);
    return flag;
  }
  const format = formatFromPath(path);
  if (format === undefined) {
    const option = role === 'input' ? '--from (or --format)' : '--to';
    throw new SnaUsageError(`cannot tell the ${role} format of "${path}" from its extension; pass ${option}`);
  }
  return format;
}

/** Reads and parses a graph file, naming the file in any error. */
export async function loadGraphData(files: SnaFiles, path: string, format: GraphFormat): Promise<GraphData> {
  if (format === 'gexf')
    throw new SnaUsageError('GEXF can be written but not read; use edgelist, csv or graphml input');
  const text = await files.read(path);
  return readGraph(text, format);
}
