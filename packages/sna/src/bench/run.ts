/**
 * `npm run bench:sna`: times Trellis against graphology, NetworkX and python-igraph on three
 * fixed-seed graphs, prints the tables and writes its section of the repository's docs/benchmarks.md.
 *
 * Environment knobs for quicker local runs (a partial run never overwrites the committed report
 * unless SNA_BENCH_WRITE=1): SNA_BENCH_SIZES=small,medium · SNA_BENCH_TOOLS=trellis,igraph ·
 * SNA_BENCH_BUDGET (seconds per measure, default 15) · SNA_BENCH_CAP (per-run cap in seconds, default 60).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ToolReport } from './js-bench.js';
import { writeBenchGraph } from './random-graph.js';
import type { BenchSize } from './random-graph.js';
import { benchmarkMarkdown, sizeTable, targetLines } from './report.js';
import type { SizeResults } from './report.js';
import { ensureIgraph, runJsTool, runPythonTool } from './runners.js';
import type { RunSettings } from './runners.js';
import { MEASURES } from './suite.js';

const SIZES: BenchSize[] = [
  { name: 'small', nodes: 1_000, edges: 10_000 },
  { name: 'medium', nodes: 20_000, edges: 200_000 },
  { name: 'large', nodes: 200_000, edges: 2_000_000 },
];
const SEED = 20_261_123;
const K = 256;
/** All-pairs measures cost O(nm): hours on the largest graph for every tool, so they stop at medium. */
const ALL_PAIRS = new Set(['betweenness', 'closeness']);
/** Trellis measures that also run on two worker threads. */
const WITH_WORKERS = new Set(['betweenness', 'betweenness_sampled', 'closeness']);

const env = process.env;
const budget = Number(env.SNA_BENCH_BUDGET ?? 15);
const cap = Number(env.SNA_BENCH_CAP ?? 60);
const maxRepeats = 5;
const wanted = new Set((env.SNA_BENCH_SIZES ?? 'small,medium,large').split(','));
const tools = new Set((env.SNA_BENCH_TOOLS ?? 'trellis,graphology,networkx,igraph').split(','));
const fullRun = SIZES.every((s) => wanted.has(s.name)) && tools.size === 4;

function packageVersion(name: string): string {
  try {
    const path = fileURLToPath(new URL(`../../../../node_modules/${name}/package.json`, import.meta.url));
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

const emptyReport = (tool: string, note: string): ToolReport => ({
  tool,
  nodes: 0,
  edges: 0,
  results: Object.fromEntries(
    ['load', ...MEASURES].map((m) => [m, { status: 'n/a' as const, runs: [], note }]),
  ),
});

// Another process busy on a two-core machine would slow every tool; the report records it.
function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadAverage();
  const dataDir = join(tmpdir(), 'trellis-sna-bench');
  mkdirSync(dataDir, { recursive: true });
  const notes: string[] = [];
  const igraphProblem = tools.has('igraph') ? ensureIgraph() : undefined;
  if (igraphProblem !== undefined) notes.push(igraphProblem);

  const all: SizeResults[] = [];
  for (const size of SIZES.filter((s) => wanted.has(s.name))) {
    const file = join(dataDir, `${size.name}-${size.nodes}-${size.edges}-${SEED}.txt`);
    if (!existsSync(file)) {
      process.stderr.write(`writing ${file} ...\n`);
      await writeBenchGraph(size, SEED, file);
    }
    const measures = MEASURES.filter((m) => size.name !== 'large' || !ALL_PAIRS.has(m));
    const settings: RunSettings = { file, measures: [...measures], budget, maxRepeats, cap, k: K, seed: 1 };
    const trellisMeasures = [
      'pool_start@2',
      ...measures.flatMap((m) => (WITH_WORKERS.has(m) ? [m, `${m}@2`] : [m])),
    ];
    process.stderr.write(`\n== ${size.name}: ${size.nodes} nodes, ${size.edges} edges\n`);
    const skipped = (tool: string) => emptyReport(tool, 'not run');
    const results: SizeResults = {
      size,
      trellis: tools.has('trellis')
        ? await runJsTool('trellis', { ...settings, measures: trellisMeasures })
        : skipped('trellis'),
      graphology: tools.has('graphology') ? await runJsTool('graphology', settings) : skipped('graphology'),
      networkx: tools.has('networkx') ? await runPythonTool('networkx', settings) : undefined,
      igraph:
        tools.has('igraph') && igraphProblem === undefined
          ? await runPythonTool('igraph', settings)
          : undefined,
    };
    all.push(results);
    process.stdout.write(`\n${sizeTable(results)}\n`);
  }

  notes.push(`Load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${loadAverage()}.`);
  const python = spawnSync('python3', ['--version'], { encoding: 'utf8' })
    .stdout.trim()
    .replace('Python ', '');
  const pythonVersions = Object.fromEntries(
    all
      .flatMap((r) => [r.networkx, r.igraph])
      .filter((t): t is ToolReport => t?.version !== undefined)
      .map((t) => [t.tool === 'igraph' ? 'python-igraph' : 'NetworkX', t.version as string]),
  );
  const markdown = benchmarkMarkdown(
    {
      command: 'npm run bench:sna',
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      cpu: cpuModel(),
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      python,
      versions: {
        graphology: packageVersion('graphology'),
        'graphology-metrics': packageVersion('graphology-metrics'),
        'graphology-communities-louvain': packageVersion('graphology-communities-louvain'),
        ...pythonVersions,
      },
      wallSeconds: (Date.now() - started) / 1000,
      cap,
      budget,
      maxRepeats,
      k: K,
      notes,
    },
    all,
  );
  process.stdout.write(`\n## Targets\n\n${targetLines(all).join('\n')}\n`);
  if (fullRun || env.SNA_BENCH_WRITE === '1') {
    // The repository's docs/benchmarks.md holds every benchmark; this run rewrites its own section.
    const out = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));
    writeSection(out, 'sna', markdown);
    process.stderr.write(`\nwrote the engine's section of ${out}\n`);
  } else {
    process.stderr.write(
      '\npartial run: docs/benchmarks.md left unchanged (SNA_BENCH_WRITE=1 to write it)\n',
    );
  }
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in `file`. */
function writeSection(file: string, name: string, content: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`);
  writeFileSync(
    file,
    `${text.slice(0, from + start.length)}\n${content.trimEnd()}\n${text.slice(to)}`,
    'utf8',
  );
}

await main();
