/**
 * Runs the analysis engine off the server's main thread, so that a region-sized analysis never
 * holds up a request. Input and output are plain data (structured clone).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { articulationPoints, computeAll, Graph } from '@trellis/sna';
import type { AnalysisInput, AnalysisOutput } from './compute.js';

const input = workerData as AnalysisInput;
const graph = Graph.fromEdges(input.edges, {
  directed: true,
  weighted: true,
  multiEdges: 'sum',
  nodes: input.keys,
});
graph.setNodeAttribute('group', new Map(input.keys.map((key, i) => [key, input.groups[i] ?? key])));
const result = await computeAll(graph, { attribute: 'group', seed: 1, workers: 1 });
const output: AnalysisOutput = { ...result, cutPoints: [...articulationPoints(graph)] };
parentPort?.postMessage(output);
