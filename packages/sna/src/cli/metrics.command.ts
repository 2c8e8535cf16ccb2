/** `trellis sna metrics FILE`: every node measure as one JSON document. */
import { parseArgs } from 'node:util';
import { computeAll } from '../index.js';
import { graphFromData } from '../io/graph-convert.js';
import { SnaUsageError } from './cli-io.js';
import type { SnaCliIo, SnaFiles } from './cli-io.js';
import { GRAPH_OPTIONS, chooseFormat, graphOptionsFrom, loadGraphData } from './graph-options.js';

/** Runs the metrics command; returns the exit code. */
export async function runMetrics(args: string[], io: SnaCliIo, files: SnaFiles): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...GRAPH_OPTIONS,
      format: { type: 'string' },
      attribute: { type: 'string' },
      sample: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new SnaUsageError('metrics needs exactly one FILE');
  const path = positionals[0] as string;
  const format = chooseFormat(values.format, path, 'input');
  // Weights change what every measure means, so metrics uses them only when asked (convert keeps them).
  const graphOptions = { ...graphOptionsFrom(values), weighted: values.weighted ?? false };
  const sample = values.sample === undefined ? undefined : positiveInteger('--sample', values.sample);
  if (values.seed !== undefined && sample === undefined)
    throw new SnaUsageError('--seed only applies with --sample');
  const seed = values.seed === undefined ? 0 : integer('--seed', values.seed);
  const workers = values.workers === undefined ? 1 : positiveInteger('--workers', values.workers);

  const data = await loadGraphData(files, path, format);
  if (values.attribute !== undefined && !data.nodeAttributes.has(values.attribute)) {
    const known = [...data.nodeAttributes.keys()];
    throw new SnaUsageError(
      `node attribute "${values.attribute}" is not in ${path}` +
        (known.length > 0 ? ` (it has: ${known.join(', ')})` : ' (it has no node attributes)'),
    );
  }
  const graph = graphFromData(data, graphOptions);
  const result = await computeAll(graph, {
    ...(values.attribute === undefined ? {} : { attribute: values.attribute }),
    ...(sample === undefined ? {} : { sample: { k: sample, seed } }),
    workers,
  });
  io.stdout(formatResult(result));
  return 0;
}

/** JSON with one node per line: still one valid document, but diffable and greppable. */
export function formatResult(result: { graph: unknown; nodes: readonly unknown[] }): string {
  const { nodes, ...rest } = result;
  const head = JSON.stringify(rest).slice(0, -1);
  const body = nodes.map((node) => JSON.stringify(node)).join(',\n');
  return `${head},"nodes":[${nodes.length === 0 ? '' : `\n${body}\n`}]}\n`;
}

function integer(flag: string, text: string): number {
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new SnaUsageError(`${flag} must be an integer, not "${text}"`);
  }
  return Number(text);
}

function positiveInteger(flag: string, text: string): number {
  const value = integer(flag, text);
  if (value < 1) throw new SnaUsageError(`${flag} must be at least 1, not ${value}`);
  return value;
}
