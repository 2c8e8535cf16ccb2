/**
 * Times one JavaScript tool (Trellis or graphology) on one edge-list file in its own process, so
 * that one tool's heap never slows another, and prints the results as JSON (like python-bench.py).
 *
 * Usage: node --expose-gc dist/bench/js-bench.js TOOL FILE MEASURES BUDGET MAX_REPEATS K SEED TIME_LOAD
 *
 * Before each timed run it prints a `#run` line, so the parent can stop a run that passes the
 * cap (a synchronous JavaScript call cannot be interrupted from inside); the JSON comes last.
 */
import { graphologySuite } from './graphology-suite.js';
import type { BenchSuite } from './suite.js';
import { timeMeasure } from './timing.js';
import type { MeasureResult } from './timing.js';
import { trellisSuite } from './trellis-suite.js';

/** What a runner prints: the loaded graph's size and one result per measure. */
export interface ToolReport {
  tool: string;
  version?: string;
  python?: string;
  nodes: number;
  edges: number;
  results: Record<string, MeasureResult>;
}

async function main(): Promise<void> {
  const [tool, file, measureList, budget, maxRepeats, k, seed, timeLoad] = process.argv.slice(2);
  if (file === undefined || measureList === undefined)
    throw new Error('usage: js-bench TOOL FILE MEASURES ...');
  const suite: BenchSuite =
    tool === 'trellis' ? trellisSuite(file, Number(k ?? 256), Number(seed ?? 1)) : graphologySuite(file);
  const policy = { budget: Number(budget ?? 20), maxRepeats: Number(maxRepeats ?? 5) };
  const results: Record<string, MeasureResult> = {};
  // Loading is timed like any measure when asked; the last load is the graph the measures use.
  if (timeLoad === '1') results.load = await timeMeasure(suite.load, { ...policy, maxRepeats: 3 });
  else await suite.load();
  const announce = () => process.stdout.write('#run\n');
  for (const name of measureList.split(',').filter((m) => m !== '')) {
    const fn = suite.measures[name];
    process.stderr.write(`  ${tool} ${name} ...\n`);
    results[name] =
      fn === undefined
        ? { status: 'n/a', runs: [], note: `no ${tool} function` }
        : await timeMeasure(fn, policy, announce);
  }
  const report: ToolReport = { tool: tool ?? '', ...suite.size(), results };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
