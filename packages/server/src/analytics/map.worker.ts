/**
 * Lays out an analysis's map off the server's main thread: ForceAtlas2 on 20,000 nodes takes
 * seconds, which no request should wait for. Input and output are plain data (structured clone).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { layOut, type LayoutInput } from './map.layout.js';

parentPort?.postMessage(layOut(workerData as LayoutInput));
