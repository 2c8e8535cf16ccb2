/**
 * Worker threads for the shortest-path kernel.
 *
 * A `WorkerPool` starts its threads once and keeps them for many calls. A graph's adjacency is
 * copied once into SharedArrayBuffers (cached per graph) and handed to each worker once; tasks
 * then carry only a chunk of source indices. Chunks are handed out as workers become free, and
 * their sums are added in chunk order (see `source-chunks.ts`), so results are identical for any
 * number of workers, and to the one-thread functions.
 *
 * Workers must load JavaScript, so the script is always `dist/workers/paths.worker.js` under the
 * package root, found relative to this file whether it runs from `dist/` or (in tests) from
 * `src/`. Build the package (`npx tsc -b packages/sna`) before using workers from sources.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CsrView, KernelRequest, KernelResult } from '../kernel/paths-kernel.js';
import { ChunkSum, sourceChunks } from '../kernel/source-chunks.js';
import { SnaError } from '../graph/errors.js';
import type { Graph } from '../graph/graph.js';

/** Messages from the pool to a worker. */
export type ToWorker =
  | { kind: 'graph'; graphId: number; csr: CsrView }
  | { kind: 'task'; graphId: number; sources: Int32Array; request: KernelRequest };

/** A worker's messages: ready once the kernel is loaded, then one reply per task. */
export type FromWorker =
  { kind: 'ready' } | { kind: 'result'; result: KernelResult } | { kind: 'error'; message: string };

/**
 * Below this amount of work (sources × (n + m) adjacency reads, about 0.2 s on one thread),
 * starting workers for one call (some 50 ms to start threads and load the kernel) does not pay.
 */
export const WORKER_THRESHOLD = 5e7;
/** With a pool already running only messages are paid for: about a millisecond. */
export const POOL_THRESHOLD = 1e6;

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
const graphIds = new WeakMap<Graph, number>();
let lastGraphId = 0;

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

function graphId(graph: Graph): number {
  let id = graphIds.get(graph);
  if (id === undefined) {
    id = ++lastGraphId;
    graphIds.set(graph, id);
  }
  return id;
}

/** One thread and the graph it currently holds. */
interface PoolWorker {
  thread: Worker;
  graphId: number;
}

/**
 * A fixed set of worker threads for betweenness, closeness, harmonic and `computeAll`: pass it
 * as `{ pool }` to reuse the threads across calls, and `close()` it when done. Calls on one
 * pool run one after another.
 */
export class WorkerPool {
  readonly size: number;
  private readonly workers: PoolWorker[];
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(threads: Worker[]) {
    this.size = threads.length;
    this.workers = threads.map((thread) => ({ thread, graphId: 0 }));
  }

  /** Starts `size` threads and waits until each has loaded the kernel. */
  static async start(size: number): Promise<WorkerPool> {
    if (!Number.isInteger(size) || size < 1) {
      throw new SnaError('workers', 'SNA_INVALID_OPTION', 'a pool needs a positive whole number of workers');
    }
    const script = workerScriptPath();
    const threads = Array.from({ length: size }, () => new Worker(script));
    try {
      await Promise.all(threads.map(onceReady));
    } catch (e) {
      await Promise.all(threads.map((t) => t.terminate()));
      throw e;
    }
    // Idle threads must not keep the process alive; they are referenced while a call runs.
    for (const t of threads) t.unref();
    return new WorkerPool(threads);
  }

  /** Runs the kernel over `sources`, split into chunks over the pool's threads. */
  run(graph: Graph, sources: Int32Array, request: KernelRequest): Promise<KernelResult> {
    if (this.closed) {
      return Promise.reject(new SnaError('workers', 'SNA_WORKER_FAILED', 'the worker pool is closed'));
    }
    const next = this.queue.then(() => this.runNow(graph, sources, request));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Stops the threads; the pool cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }

  private async runNow(graph: Graph, sources: Int32Array, request: KernelRequest): Promise<KernelResult> {
    const chunks = sourceChunks(sources);
    const csr = sharedCsr(graph);
    const id = graphId(graph);
    const sum = new ChunkSum();
    let nextChunk = 0;
    // Each worker takes the next chunk as soon as it is free, until none are left.
    const drain = async (worker: PoolWorker): Promise<void> => {
      if (worker.graphId !== id) {
        worker.thread.postMessage({ kind: 'graph', graphId: id, csr } satisfies ToWorker);
        worker.graphId = id;
      }
      while (nextChunk < chunks.length) {
        const index = nextChunk++;
        // A copy, because posting a view would clone its whole underlying buffer.
        const task: ToWorker = { kind: 'task', graphId: id, sources: chunks[index]!.slice(), request };
        sum.add(index, await runTask(worker.thread, task));
      }
    };
    for (const w of this.workers) w.thread.ref();
    try {
      await Promise.all(this.workers.map(drain));
    } catch (e) {
      // A failed worker leaves the pool unusable: stop every thread rather than let them run on.
      this.closed = true;
      await Promise.all(this.workers.map((w) => w.thread.terminate()));
      throw e;
    } finally {
      for (const w of this.workers) w.thread.unref();
    }
    return sum.result();
  }
}

/** Resolves when the thread has loaded the kernel and said so. */
function onceReady(thread: Worker): Promise<void> {
  return new Promise((resolveReady, reject) => {
    thread.once('message', () => resolveReady());
    thread.once('error', (e) => reject(new SnaError('workers', 'SNA_WORKER_FAILED', e.message)));
  });
}

/** Sends one task and waits for its reply, failing if the thread errors or exits first. */
function runTask(thread: Worker, task: ToWorker): Promise<KernelResult> {
  return new Promise((resolveTask, reject) => {
    const fail = (message: string) => {
      cleanUp();
      reject(new SnaError('workers', 'SNA_WORKER_FAILED', message));
    };
    const onMessage = (reply: FromWorker) => {
      cleanUp();
      if (reply.kind === 'result') resolveTask(reply.result);
      else
        reject(
          new SnaError(
            'workers',
            'SNA_WORKER_FAILED',
            reply.kind === 'error' ? reply.message : 'unexpected message',
          ),
        );
    };
    const onError = (e: Error) => fail(e.message);
    const onExit = (code: number) => fail(`worker exited with code ${code}`);
    const cleanUp = () => {
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
    };
    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.on('exit', onExit);
    thread.postMessage(task);
  });
}

/** Runs the kernel on a pool of `workers` threads started for this call only. */
export async function runKernelOnWorkers(
  graph: Graph,
  sources: Int32Array,
  request: KernelRequest,
  workers: number,
): Promise<KernelResult> {
  const pool = await WorkerPool.start(workers);
  try {
    return await pool.run(graph, sources, request);
  } finally {
    await pool.close();
  }
}
