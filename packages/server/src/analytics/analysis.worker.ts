/**
 * Runs the analysis engine off the server's main thread, so that a region-sized analysis never
 * holds up a request. Input and output are plain data (structured clone).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { articulationPoints, computeAll, eiIndex, Graph } from '@trellis/sna';
import type { AnalysisInput, AnalysisOutput } from './compute.js';

const input = workerData as AnalysisInput;
const graph = Graph.fromEdges(input.edges, {
  directed: true,
  weighted: true,
  multiEdges: 'sum',
  nodes: input.keys,
});
graph.setNodeAttribute('group', new Map(input.keys.map((key, i) => [key, input.groups[i] ?? key])));
// Only people with an organisation carry one: the E-I index leaves out ties to anyone else.
graph.setNodeAttribute(
  'organisation',
  new Map(
    input.keys.flatMap((key, i) => {
      const organisation = input.organisations[i];
      return organisation ? [[key, organisation] as const] : [];
    }),
  ),
);
const result = await computeAll(graph, { attribute: 'group', seed: 1, workers: 1 });
const output: AnalysisOutput = {
  ...result,
  cutPoints: [...articulationPoints(graph)],
  organisationEiIndex: eiIndex(graph, 'organisation'),
};
parentPort?.postMessage(output);
