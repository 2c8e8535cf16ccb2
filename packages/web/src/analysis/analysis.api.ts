/** Network-analysis calls and their React Query keys. */
import { api, withQuery } from '../api/client.ts';
import type { AnalysisLevel, RelationType } from '../api/vocabulary.ts';
import type {
  AnalysisMap,
  AnalysisNodePage,
  AnalysisSummary,
  BrokerageRole,
  NodeSort,
  SurveyWithWaves,
} from './analysis.types.ts';

/** Which ties an analysis covers: a level, and one wave and relation or all (null). */
export interface Selection {
  level: AnalysisLevel;
  waveId: string | null;
  relation: RelationType | null;
}

/** The node table's sorting, filters and page. */
export interface NodeQuery {
  sort: NodeSort;
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
  isolate?: boolean | undefined;
  cutPoint?: boolean | undefined;
  inNetwork?: boolean | undefined;
  brokerageRole?: BrokerageRole | undefined;
  community?: number | undefined;
}

export const analysisKeys = {
  // Under 'analyses', so that requesting an analysis refreshes every list of them.
  list: (networkId: string) => ['analyses', networkId] as const,
  surveys: (networkId: string) => ['analyses', networkId, 'surveys'] as const,
  nodes: (analysisId: string, query: NodeQuery) => ['analysis', analysisId, 'nodes', query] as const,
  map: (analysisId: string) => ['analysis', analysisId, 'map'] as const,
};

export const listAnalyses = (networkId: string, signal?: AbortSignal) =>
  api<{ items: AnalysisSummary[]; permissions: { request: boolean } }>(
    `/networks/${encodeURIComponent(networkId)}/analyses`,
    { signal },
  );

export const requestAnalysis = (networkId: string, selection: Selection) =>
  api<AnalysisSummary>(`/networks/${encodeURIComponent(networkId)}/analyses`, {
    method: 'POST',
    body: selection,
  });

/** The network's surveys: their waves are what an analysis can be limited to. */
export const listSurveys = (networkId: string, signal?: AbortSignal) =>
  api<{ items: SurveyWithWaves[] }>(`/networks/${encodeURIComponent(networkId)}/surveys`, { signal });

export const listNodes = (analysisId: string, query: NodeQuery, signal?: AbortSignal) =>
  api<AnalysisNodePage>(withQuery(`/analyses/${analysisId}/nodes`, { ...query }), { signal });

export const getAnalysisMap = (analysisId: string, signal?: AbortSignal) =>
  api<AnalysisMap>(`/analyses/${analysisId}/map`, { signal });

/** The address of the network's graph as a file, for the export links. */
export function graphFileUrl(
  networkId: string,
  selection: Selection,
  format: 'graphml' | 'gexf' | 'csv',
  table?: 'nodes' | 'edges',
): string {
  return withQuery(`/api/v1/networks/${encodeURIComponent(networkId)}/graph`, {
    format,
    level: selection.level,
    wave: selection.waveId,
    relation: selection.relation,
    table,
  });
}
