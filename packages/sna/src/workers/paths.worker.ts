/**
 * Worker-thread entry point of `WorkerPool`: holds the graph it was last sent (adjacency in
 * SharedArrayBuffers, so nothing is copied) and runs the shortest-path kernel for each chunk
 * of sources it receives, reusing its working arrays from chunk to chunk.
 */
import { parentPort } from 'node:worker_threads';
import { KernelScratch } from '../kernel/kernel-scratch.js';
import type { CsrView } from '../kernel/paths-kernel.js';
import { runKernel } from '../kernel/paths-kernel.js';
import type { FromWorker, ToWorker } from './pool.js';

let graph: { id: number; csr: CsrView; scratch: KernelScratch } | undefined;

function reply(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.kind === 'graph') {
    graph = { id: message.graphId, csr: message.csr, scratch: new KernelScratch() };
    return;
  }
  try {
    if (graph?.id !== message.graphId) throw new Error(`worker has no graph ${message.graphId}`);
    const result = runKernel(graph.csr, message.sources, message.request, graph.scratch);
    const buffers = [result.betweenness, result.distanceSum, result.reached, result.harmonic];
    reply(
      { kind: 'result', result },
      buffers.map((a) => a.buffer as ArrayBuffer),
    );
  } catch (e) {
    reply({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
reply({ kind: 'ready' });
