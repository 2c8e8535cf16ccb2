/**
 * What the analysis page shows lives in its address, so that a view can be linked and Back
 * restores it: the level, wave and relation of the analysis, the map or the table, and the
 * table's sorting, filters and page.
 */
import { ANALYSIS_LEVELS, RELATION_TYPES, type RelationType } from '../api/vocabulary.ts';
import type { NodeQuery, Selection } from './analysis.api.ts';
import { BROKERAGE_ROLES, NODE_SORTS, type AnalysisSummary, type BrokerageRole } from './analysis.types.ts';

export const TABLE_PAGE_SIZE = 25;
export type View = 'map' | 'table';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);
const flag = (value: string | null) => (value === 'true' ? true : value === 'false' ? false : undefined);

/** The `wave` parameter that asks for all the network's ties (every wave and import). */
export const ALL_TIES = 'all';

/**
 * The analysis the address asks for; anything it cannot read falls back to the default. With no
 * wave (or one it cannot read), it is the latest analysed wave (`defaultWaveId`), or all ties
 * when no wave is analysed; `wave=all` asks for all ties.
 */
export function readSelection(params: URLSearchParams, defaultWaveId: string | null = null): Selection {
  const wave = params.get('wave');
  return {
    level: oneOf(ANALYSIS_LEVELS, params.get('level')) ?? 'people',
    waveId: wave === ALL_TIES ? null : wave && UUID.test(wave) ? wave : defaultWaveId,
    relation: oneOf<RelationType>(RELATION_TYPES, params.get('relation')) ?? null,
  };
}

/** A wave as the page orders them: by the date it opens, then its number. */
export interface OrderedWave {
  id: string;
  opensOn: string;
  number: number;
}

/**
 * The latest wave (by opening date, then number) with a finished analysis at this level and
 * relation: where the analysis page opens when the address names no wave.
 */
export function latestAnalysedWave(
  items: AnalysisSummary[],
  waves: OrderedWave[],
  level: Selection['level'],
  relation: Selection['relation'],
): string | null {
  const analysed = new Set(
    items
      .filter((a) => a.status === 'done' && a.level === level && a.relation === relation && a.waveId)
      .map((a) => a.waveId),
  );
  const latest = waves
    .filter((wave) => analysed.has(wave.id))
    .sort((a, b) => (a.opensOn === b.opensOn ? b.number - a.number : a.opensOn < b.opensOn ? 1 : -1))[0];
  return latest?.id ?? null;
}

export const readView = (params: URLSearchParams): View => (params.get('view') === 'table' ? 'table' : 'map');

/** The node table's query as the address gives it. */
export function readNodeQuery(params: URLSearchParams): NodeQuery {
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const community = Number.parseInt(params.get('community') ?? '', 10);
  return {
    sort: oneOf(NODE_SORTS, params.get('sort')) ?? 'betweenness',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
    limit: TABLE_PAGE_SIZE,
    offset: (page - 1) * TABLE_PAGE_SIZE,
    isolate: flag(params.get('isolate')),
    cutPoint: flag(params.get('cutPoint')),
    inNetwork: flag(params.get('inNetwork')),
    brokerageRole: oneOf<BrokerageRole>(BROKERAGE_ROLES, params.get('role')),
    community: Number.isInteger(community) && community >= 0 ? community : undefined,
  };
}

/** Changes to the address's parameters: null, undefined or '' removes one. */
export type ParamChanges = Record<string, string | number | boolean | null | undefined>;

/** A copy of `params` with `changes` applied; null, undefined and '' remove a parameter. */
export function withParams(params: URLSearchParams, changes: ParamChanges): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** The table's filters cleared (the page too), keeping the sort. */
export const NO_FILTERS: ParamChanges = {
  isolate: null,
  cutPoint: null,
  inNetwork: null,
  role: null,
  community: null,
  page: null,
};

const matches = (analysis: AnalysisSummary, selection: Selection) =>
  analysis.level === selection.level &&
  analysis.waveId === selection.waveId &&
  analysis.relation === selection.relation;

/** For one selection: the newest finished analysis, and a newer one still queued, running or failed. */
export interface SelectedAnalyses {
  done: AnalysisSummary | undefined;
  inProgress: AnalysisSummary | undefined;
  failed: AnalysisSummary | undefined;
}

/** Picks the selection's analyses from the network's list (newest first, as the API gives it). */
export function pickAnalyses(items: AnalysisSummary[], selection: Selection): SelectedAnalyses {
  const mine = items.filter((analysis) => matches(analysis, selection));
  const doneAt = mine.findIndex((analysis) => analysis.status === 'done');
  const newer = doneAt === -1 ? mine : mine.slice(0, doneAt);
  return {
    done: doneAt === -1 ? undefined : mine[doneAt],
    inProgress: newer.find((analysis) => analysis.status === 'queued' || analysis.status === 'running'),
    // Only the newest attempt's failure matters: a later success or a retry replaces it.
    failed: newer[0]?.status === 'failed' ? newer[0] : undefined,
  };
}
