/**
 * Worker-thread entry point: runs the shortest-path kernel for a share of the sources on
 * adjacency arrays shared with the main thread (SharedArrayBuffer, so nothing is copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runKernel } from '../centrality/paths-kernel.js';
import type { WorkerInput } from './pool.js';

const input = workerData as WorkerInput;
const result = runKernel(input.csr, input.sources, input.request);
const transfer = [
  result.betweenness.buffer,
  result.distanceSum.buffer,
  result.reached.buffer,
  result.harmonic.buffer,
];
parentPort?.postMessage(result, transfer as ArrayBuffer[]);
