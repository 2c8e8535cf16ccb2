/** Starts each tool's runner in its own process and collects its JSON report. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ToolReport } from './js-bench.js';

/** The settings a runner needs for one graph file. */
export interface RunSettings {
  file: string;
  measures: string[];
  budget: number;
  maxRepeats: number;
  /** Per-run cap in seconds: Python stops the call (SIGALRM), JavaScript runners are killed. */
  cap: number;
  k: number;
  seed: number;
}

const JS_RUNNER = fileURLToPath(new URL('./js-bench.js', import.meta.url));
// The Python script is not compiled, so it is found beside the TypeScript sources.
const PY_RUNNER = fileURLToPath(new URL('../../src/bench/python-bench.py', import.meta.url));

/**
 * igraph's C core and NumPy/SciPy may start OpenMP or BLAS threads; on a two-core machine their
 * spin-waiting made igraph's PageRank 300× slower in a trial run. The targets compare with igraph
 * on one thread, so the Python tools are pinned to one.
 */
const ONE_THREAD = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

/** A child's report, or 'timeout' when a run outlived `capSeconds` after its `#run` line and was killed. */
function collect(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  capSeconds?: number,
): Promise<ToolReport | 'timeout'> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (capSeconds !== undefined && chunk.includes('#run')) {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, capSeconds * 1000);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) resolve('timeout');
      else if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ToolReport);
    });
  });
}

/**
 * Runs Trellis or graphology with a large heap and an exposed GC: one process times loading,
 * then each measure gets a fresh process (its own heap) that is killed if a run passes the cap.
 */
export async function runJsTool(tool: 'trellis' | 'graphology', s: RunSettings): Promise<ToolReport> {
  const child = (measures: string[], timeLoad: boolean) =>
    collect(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=12000',
        JS_RUNNER,
        tool,
        s.file,
        measures.join(','),
        String(s.budget),
        String(s.maxRepeats),
        String(s.k),
        String(s.seed),
        timeLoad ? '1' : '0',
      ],
      process.env,
      s.cap,
    );
  const first = await child([], true);
  if (first === 'timeout') throw new Error(`${tool} could not load ${s.file}`);
  for (const measure of s.measures) {
    const report = await child([measure], false);
    first.results[measure] =
      report === 'timeout'
        ? { status: 'timeout', runs: [], cap: s.cap }
        : (report.results[measure] ?? { status: 'error', runs: [] });
  }
  return first;
}

/** Runs NetworkX or python-igraph through python-bench.py. */
export async function runPythonTool(tool: 'networkx' | 'igraph', s: RunSettings): Promise<ToolReport> {
  const report = await collect(
    'python3',
    [
      PY_RUNNER,
      '--tool',
      tool,
      '--file',
      s.file,
      '--measures',
      s.measures.join(','),
      '--cap',
      String(s.cap),
      '--budget',
      String(s.budget),
      '--max-repeats',
      String(s.maxRepeats),
      '--k',
      String(s.k),
      '--seed',
      String(s.seed),
    ],
    { ...process.env, ...ONE_THREAD },
  );
  // Python enforces the cap itself, so the parent never kills it.
  if (report === 'timeout') throw new Error(`${tool} timed out`);
  return report;
}

/** Makes sure `import igraph` works, installing it from the machine's local wheels if needed. */
export function ensureIgraph(): string | undefined {
  const probe = () => spawnSync('python3', ['-c', 'import igraph'], { encoding: 'utf8' }).status === 0;
  if (probe()) return undefined;
  process.stderr.write('python-igraph is missing; installing it from /opt/pypi/files ...\n');
  const install = spawnSync(
    'python3',
    ['-m', 'pip', 'install', '--quiet', '--no-index', '--find-links', '/opt/pypi/files', 'igraph'],
    { encoding: 'utf8' },
  );
  if (probe()) return undefined;
  return `python-igraph could not be installed: ${install.stderr.trim().split('\n').at(-1) ?? 'unknown error'}`;
}
