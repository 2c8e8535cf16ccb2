/**
 * Runs the shortest-path kernel on several worker threads.
 *
 * Sources are dealt round-robin (source i goes to worker i mod W), which balances work when
 * expensive sources cluster in index order; the per-worker sums are added in worker order, so
 * for a given W the result is deterministic, and for any W it equals the one-thread result up
 * to floating-point reordering.
 *
 * Workers must load JavaScript, so the script is always `dist/workers/paths.worker.js` under the
 * package root, found relative to this file whether it runs from `dist/` or (in tests) from
 * `src/`. Build the package (`npx tsc -b packages/sna`) before using workers from sources.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CsrView, KernelRequest, KernelResult } from '../centrality/paths-kernel.js';
import { SnaError } from '../graph/errors.js';
import type { Graph } from '../graph/graph.js';

/** What one worker receives. */
export interface WorkerInput {
  csr: CsrView;
  sources: Int32Array;
  request: KernelRequest;
}

/**
 * Below this amount of work (sources × (n + m) adjacency reads, about 0.2 s on one thread),
 * starting workers (some 50 ms to start threads and load the kernel) does not pay.
 */
export const WORKER_THRESHOLD = 5e7;

/** The worker script's absolute path; throws a clear error when the package has not been built. */
export function workerScriptPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(here, '..', '..');
  const script = join(root, 'dist', 'workers', 'paths.worker.js');
  if (!existsSync(script)) {
    throw new SnaError(
      'workers',
      'SNA_WORKER_FAILED',
      `worker script ${script} not found; build the package first (npx tsc -b packages/sna)`,
    );
  }
  return script;
}

const shared = new WeakMap<Graph, CsrView>();

function toShared<T extends Int32Array | Float64Array>(a: T, make: (b: SharedArrayBuffer) => T): T {
  const out = make(new SharedArrayBuffer(a.byteLength));
  out.set(a);
  return out;
}

/** The graph's out-adjacency copied once into SharedArrayBuffers (cached per graph). */
export function sharedCsr(graph: Graph): CsrView {
  let view = shared.get(graph);
  if (view === undefined) {
    view = {
      n: graph.nodeCount,
      offsets: toShared(graph.outOffsets, (b) => new Int32Array(b)),
      targets: toShared(graph.outTargets, (b) => new Int32Array(b)),
      weights: toShared(graph.outWeights, (b) => new Float64Array(b)),
    };
    shared.set(graph, view);
  }
  return view;
}

/** Runs the kernel over `sources` on `workers` threads and adds up their results. */
export async function runKernelOnWorkers(
  graph: Graph,
  sources: Int32Array,
  request: KernelRequest,
  workers: number,
): Promise<KernelResult> {
  const script = workerScriptPath();
  const csr = sharedCsr(graph);
  const parts: Int32Array[] = [];
  for (let w = 0; w < workers; w++) {
    const part = new Int32Array(Math.ceil(Math.max(0, sources.length - w) / workers));
    for (let i = w, j = 0; i < sources.length; i += workers) part[j++] = sources[i]!;
    parts.push(part);
  }
  const started: Worker[] = [];
  const run = (part: Int32Array) =>
    new Promise<KernelResult>((resolvePart, reject) => {
      const input: WorkerInput = { csr, sources: part, request };
      const worker = new Worker(script, { workerData: input });
      started.push(worker);
      let done = false;
      worker.once('message', (r: KernelResult) => {
        done = true;
        resolvePart(r);
      });
      worker.once('error', (e) => reject(new SnaError('workers', 'SNA_WORKER_FAILED', e.message)));
      worker.once('exit', (code) => {
        if (!done) reject(new SnaError('workers', 'SNA_WORKER_FAILED', `worker exited with code ${code}`));
      });
    });
  let results: KernelResult[];
  try {
    results = await Promise.all(parts.map(run));
  } catch (e) {
    // One failed worker fails the call; stop the others rather than let them run on.
    await Promise.all(started.map((w) => w.terminate()));
    throw e;
  }
  const total = results[0]!;
  for (let r = 1; r < results.length; r++) {
    const part = results[r]!;
    addInto(total.betweenness, part.betweenness);
    addInto(total.distanceSum, part.distanceSum);
    addInto(total.reached, part.reached);
    addInto(total.harmonic, part.harmonic);
    total.componentDistanceSum += part.componentDistanceSum;
    total.componentEccentricity = Math.max(total.componentEccentricity, part.componentEccentricity);
  }
  return total;
}

function addInto(a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
}
