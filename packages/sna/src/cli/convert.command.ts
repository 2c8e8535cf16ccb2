/** `trellis sna convert IN OUT`: read one graph format and write another. */
import { parseArgs } from 'node:util';
import { writeGraph } from '../io/formats.js';
import { dataFromGraph, graphFromData } from '../io/graph-convert.js';
import { SnaUsageError } from './cli-io.js';
import type { SnaCliIo, SnaFiles } from './cli-io.js';
import { GRAPH_OPTIONS, chooseFormat, graphOptionsFrom, loadGraphData } from './graph-options.js';

/** Runs the convert command; returns the exit code. */
export async function runConvert(args: string[], io: SnaCliIo, files: SnaFiles): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...GRAPH_OPTIONS, from: { type: 'string' }, to: { type: 'string' } },
  });
  if (positionals.length !== 2) throw new SnaUsageError('convert needs IN and OUT');
  const [input, output] = positionals as [string, string];
  const from = chooseFormat(values.from, input, 'input');
  const to = chooseFormat(values.to, output, 'output');
  const options = graphOptionsFrom(values);

  const data = await loadGraphData(files, input, from);
  // Going through the graph model applies the same self-loop and repeated-edge policy as metrics.
  const text = writeGraph(dataFromGraph(graphFromData(data, options)), to);
  if (output === '-') io.stdout(text);
  else await files.write(output, text);
  return 0;
}
