import type { Executor } from '../db/database.js';
import { graphOfLevel, type GraphEdge } from './network-graph.js';
import { latestDoneAnalysis, previousWaveOf, type AnalysisSelection } from './analyses.queries.js';

/** How the map changed since the survey's previous wave. */
export interface WaveChange {
  previousWaveId: string;
  tiesGained: number;
  tiesLost: number;
  /** Differences (this wave minus the previous); null when either side has no value. */
  densityChange: number | null;
  eiChange: number | null;
  outwardEiChange: number | null;
  organisationEiChange: number | null;
}

type Selection = AnalysisSelection & { waveId: string };

const pairs = (edges: GraphEdge[]) => new Set(edges.map((edge) => `${edge.source}>${edge.target}`));

type Measures = {
  density?: number;
  attribute?: { eiIndex: number | null } | null;
  outwardEiIndex?: number | null;
  organisationEiIndex?: number | null;
};

const difference = (now: number | null | undefined, before: number | null | undefined) =>
  now === null || now === undefined || before === null || before === undefined ? null : now - before;

/**
 * Compares a wave's map with the previous wave's: ties (directed pairs) gained and lost, and the
 * change in density and E-I indices, using the previous wave's finished analysis of the same kind.
 * Undefined for the first wave, or when the previous wave has not been analysed.
 */
export async function changeSincePreviousWave(
  db: Executor,
  selection: Selection,
  edges: GraphEdge[],
  measures: Measures,
): Promise<WaveChange | undefined> {
  const previousWaveId = await previousWaveOf(db, selection.waveId);
  if (!previousWaveId) return undefined;
  const previous = await latestDoneAnalysis(db, { ...selection, waveId: previousWaveId });
  if (!previous) return undefined;
  const before = previous.graph as Measures;
  const old = await graphOfLevel(selection.level)(db, { ...selection, waveId: previousWaveId });
  const now = pairs(edges);
  const then = pairs(old.edges);
  return {
    previousWaveId,
    tiesGained: [...now].filter((pair) => !then.has(pair)).length,
    tiesLost: [...then].filter((pair) => !now.has(pair)).length,
    densityChange: difference(measures.density, before.density),
    eiChange: difference(measures.attribute?.eiIndex, before.attribute?.eiIndex),
    outwardEiChange: difference(measures.outwardEiIndex, before.outwardEiIndex),
    organisationEiChange: difference(measures.organisationEiIndex, before.organisationEiIndex),
  };
}
