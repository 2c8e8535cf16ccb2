import { safeErrorReport } from '../shared/safe-error-report.js';
import type { Database, Executor } from '../db/database.js';
import type { AnalysisRow } from './analyses.queries.js';
import { runWorker } from './compute.js';
import { mapEdges, type LayoutInput, type LayoutOutput, type MapEdges } from './map.layout.js';
import { nextAnalysisWithoutMap, snapshotIdentities, storeMap } from './map.queries.js';
import { graphOfLevel, nodeIdentity, type NetworkGraph } from './network-graph.js';
import { nodeOrder } from './node-order.js';

type MapAnalysis = Pick<AnalysisRow, 'id' | 'anonymityKey'>;

/**
 * Lays out a map's nodes in a worker thread, each starting in its slot of the analysis's keyed
 * order (never by stored index, which follows person ids), and stores the positions with the edges.
 */
async function layOutAndStore(db: Executor, analysis: MapAnalysis, nodeCount: number, edges: MapEdges) {
  const startSlots = nodeOrder(analysis.anonymityKey, nodeCount).positionOf;
  const input: LayoutInput = { nodeCount, edges, startSlots };
  const layout = await runWorker<LayoutOutput>('map.worker.js', input);
  await storeMap(db, analysis.id, edges, layout);
}

/** Lays out and stores the map of an analysis just computed from `graph` (its nodes in index order). */
export function storeMapOfGraph(db: Executor, analysis: MapAnalysis, graph: NetworkGraph): Promise<void> {
  const edges = mapEdges(
    graph.nodes.map((node) => node.key),
    graph.edges,
  );
  return layOutAndStore(db, analysis, graph.nodes.length, edges);
}

/**
 * Lays out the newest finished analysis that has no map — one stored before maps existed, or
 * whose layout failed — leaving out those in `skip` (layouts that failed in this process, so that
 * one bad graph does not spin the runner). Its ties are read again from the same selection and
 * matched to the stored nodes; a tie whose ends are no longer both in the snapshot is left off.
 * False when every finished analysis has its map.
 */
export async function layOutNextMissingMap(db: Database, skip: Set<string>): Promise<boolean> {
  const analysis = await nextAnalysisWithoutMap(db, [...skip]);
  if (!analysis) return false;
  try {
    const [stored, graph] = await Promise.all([
      snapshotIdentities(db, analysis.id),
      graphOfLevel(analysis.level)(db, analysis),
    ]);
    const keyOf = new Map(graph.nodes.map((node) => [nodeIdentity(node), node.key]));
    // A stored node that the rebuilt graph lacks gets a key no tie names.
    const keys = stored.map((node, index) => keyOf.get(nodeIdentity(node)) ?? `#missing:${index}`);
    await layOutAndStore(db, analysis, stored.length, mapEdges(keys, graph.edges));
  } catch (error) {
    console.error(`the map of analysis ${analysis.id} could not be laid out:`, safeErrorReport(error));
    skip.add(analysis.id);
  }
  return true;
}
