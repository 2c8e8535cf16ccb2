import { safeErrorReport } from '../shared/safe-error-report.js';
import type { ChangeFeed } from '../db/change-feed.js';
import type { Database, Executor } from '../db/database.js';
import { ANALYSIS_LEVELS } from '../shared/vocabulary.js';
import {
  claimNextQueuedAnalysis,
  claimQueuedAnalysis,
  insertAnalysisNow,
  isAnalysisQueued,
  latestDoneAnalysis,
  nextWaveOf,
  updateAnalysisGraph,
  markAnalysisDone,
  markAnalysisFailed,
  replaceAnalysisNodes,
  requeueStaleAnalyses,
  type AnalysisRow,
  type AnalysisSelection,
} from './analyses.queries.js';
import type { AnalysisGraphMeasures } from './analyses.schema.js';
import { computeInWorker, outwardEiIndex, storedNodeMeasures } from './compute.js';
import { storeMapOfGraph, layOutNextMissingMap } from './map.jobs.js';
import { graphOfLevel, type NetworkGraph } from './network-graph.js';
import { changeSincePreviousWave } from './wave-change.js';

/**
 * Queues the analyses of all of each network's ties ("all ties", the analysis page's default and
 * the export's), of people and of organisations, as closing a wave queues the wave's: whenever its
 * ties change (a wave closed, ties imported, the demo built). One still queued reads the new ties
 * when it runs, so none is added beside it. They are requested at the clock's time, not the
 * transaction's, so that they run after the wave's own analyses queued in the same transaction.
 */
export async function queueAllTiesAnalyses(
  db: Executor,
  networkIds: Iterable<string>,
  requestedBy: string | null,
): Promise<AnalysisRow[]> {
  const queued: AnalysisRow[] = [];
  for (const networkId of new Set(networkIds)) {
    for (const level of ANALYSIS_LEVELS) {
      const selection = { networkId, level, waveId: null, relation: null };
      if (await isAnalysisQueued(db, selection)) continue;
      queued.push(await insertAnalysisNow(db, { ...selection, requestedBy }));
    }
  }
  return queued;
}

/**
 * Computes one claimed analysis and stores its snapshot, or records why it failed. Returns the
 * graph it analysed once the snapshot is stored, for its map.
 */
async function compute(db: Database, analysis: AnalysisRow): Promise<NetworkGraph | undefined> {
  try {
    const selection = { networkId: analysis.networkId, waveId: analysis.waveId, relation: analysis.relation };
    const graph = await graphOfLevel(analysis.level)(db, selection);
    const result = await computeInWorker(graph);
    const rows = result.nodes.map((measures, index) => {
      const node = graph.nodes[index]!;
      return {
        analysisId: analysis.id,
        index,
        personId: node.personId,
        organisationId: node.organisationId,
        outsideLabel: node.outsideLabel,
        inNetwork: node.inNetwork,
        ...storedNodeMeasures(measures, result.cutPoints[index] === 1),
      };
    });
    const measures = {
      ...result.graph,
      outwardEiIndex: analysis.level === 'people' ? outwardEiIndex(graph) : null,
      organisationEiIndex: result.organisationEiIndex,
      memberCount: graph.nodes.filter((node) => node.inNetwork).length,
    };
    const change = analysis.waveId
      ? await changeSincePreviousWave(
          db,
          { ...selection, waveId: analysis.waveId, level: analysis.level },
          graph.edges,
          measures,
        )
      : undefined;
    // Typed by the API's schema, so that what is stored is what GET /analyses documents.
    const graphMeasures: AnalysisGraphMeasures = { ...measures, changeSincePreviousWave: change ?? null };
    await db.transaction(async (tx) => {
      await replaceAnalysisNodes(tx, analysis.id, rows);
      await markAnalysisDone(tx, analysis.id, graphMeasures);
    });
    if (analysis.waveId)
      await recomputeNextWaveChange(db, { ...selection, waveId: analysis.waveId, level: analysis.level });
    return graph;
  } catch (error) {
    console.error(`analysis ${analysis.id} failed:`, safeErrorReport(error));
    await markAnalysisFailed(db, analysis.id, 'The analysis could not be completed; it has been logged.');
    return undefined;
  }
}

/**
 * When an earlier wave's analysis arrives after the next wave's (they ran out of order, or the
 * earlier one was run again), the next wave's change since the previous wave is computed again
 * from the waves' order, so that it does not depend on which analysis finished first.
 */
async function recomputeNextWaveChange(db: Database, selection: AnalysisSelection & { waveId: string }) {
  const nextWaveId = await nextWaveOf(db, selection.waveId);
  if (!nextWaveId) return;
  const next = await latestDoneAnalysis(db, { ...selection, waveId: nextWaveId });
  if (!next?.graph) return;
  const measures = next.graph as AnalysisGraphMeasures;
  const nextSelection = { ...selection, waveId: nextWaveId };
  const { edges } = await graphOfLevel(selection.level)(db, nextSelection);
  const change = await changeSincePreviousWave(db, nextSelection, edges, measures);
  await updateAnalysisGraph(db, next.id, { ...measures, changeSincePreviousWave: change ?? null });
}

/**
 * Runs one queued analysis now, by id, leaving the rest of the queue alone (for tests and tools
 * that need a particular analysis done), map included; false when it is not queued.
 */
export async function runQueuedAnalysis(
  db: Database,
  analysisId: string,
  announce: () => Promise<void> = async () => undefined,
): Promise<boolean> {
  const claimed = await claimQueuedAnalysis(db, analysisId);
  if (!claimed) return false;
  await computeThenLayOut(db, claimed, announce);
  return true;
}

/**
 * Runs the next queued analysis, then lays out its map; false when there was none. The analysis
 * is done (and `announce` tells caches so) as soon as its measures are stored: on the largest
 * maps the layout adds a quarter to a third to the measures' time, which pages that show only
 * measures need not wait for. Its map answers `pending` meanwhile.
 */
export async function runNextAnalysis(
  db: Database,
  announce: () => Promise<void> = async () => undefined,
): Promise<boolean> {
  const next = await claimNextQueuedAnalysis(db);
  if (!next) return false;
  await computeThenLayOut(db, next, announce);
  return true;
}

async function computeThenLayOut(db: Database, analysis: AnalysisRow, announce: () => Promise<void>) {
  const graph = await compute(db, analysis);
  if (!graph) return;
  await announce();
  // A layout that fails leaves the analysis without a map; the runner tries it again when idle.
  await storeMapOfGraph(db, analysis, graph).catch((error: unknown) => {
    console.error(`the map of analysis ${analysis.id} could not be laid out:`, safeErrorReport(error));
  });
}

const POLL_MS = 2_000;

/**
 * The server's background analysis loop: it wakes when a change is announced (a wave closed, an
 * analysis asked for, here or in another process) and every two seconds, and runs queued
 * analyses one at a time; each announces its result so that caches show it. When the queue is
 * empty it lays out, one at a time, the maps of finished analyses that have none.
 */
export function startAnalysisRunner(db: Database, changes: ChangeFeed) {
  let stopped = false;
  let wake: (() => void) | undefined;
  // A change with named topics touched only those (survey answers), which queue no job: waking for
  // each of the hundreds of answers saved before a deadline would cost every save a claim query.
  const unsubscribe = changes.subscribe((topics) => {
    if (topics === undefined) wake?.();
  });
  const announce = () => changes.announce().catch(() => undefined);
  const failedLayouts = new Set<string>();
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, POLL_MS);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    await requeueStaleAnalyses(db);
    while (!stopped) {
      const ran =
        (await runNextAnalysis(db, announce).catch((error: unknown) => {
          console.error('analysis runner:', safeErrorReport(error));
          return false;
        })) ||
        (await layOutNextMissingMap(db, failedLayouts).catch((error: unknown) => {
          console.error('analysis runner, laying out maps:', safeErrorReport(error));
          return false;
        }));
      if (ran) await announce();
      else if (!stopped) await sleep();
    }
  })();
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      wake?.();
      await loop;
    },
  };
}
