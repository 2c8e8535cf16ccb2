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
  /** Per-measure cap in seconds (Python tools only; JavaScript cannot stop a synchronous call). */
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

function collect(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ToolReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ToolReport);
    });
  });
}

/** Runs Trellis or graphology in a fresh Node process with a large heap and an exposed GC. */
export function runJsTool(tool: 'trellis' | 'graphology', s: RunSettings): Promise<ToolReport> {
  return collect(process.execPath, [
    '--expose-gc',
    '--max-old-space-size=12000',
    JS_RUNNER,
    tool,
    s.file,
    s.measures.join(','),
    String(s.budget),
    String(s.maxRepeats),
    String(s.k),
    String(s.seed),
  ]);
}

/** Runs NetworkX or python-igraph through python-bench.py. */
export function runPythonTool(tool: 'networkx' | 'igraph', s: RunSettings): Promise<ToolReport> {
  return collect(
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
