/** Network-analysis calls and their React Query keys. */
import { api, withQuery } from '../api/client.ts';
import type {
  AnalysisList,
  AnalysisMap,
  AnalysisNodePage,
  AnalysisSettings,
  AnalysisSummary,
  GraphExportParams,
  NodeListParams,
  OwnPosition,
  Selection,
  SurveyWithWaves,
} from './analysis.types.ts';

export type { Selection };

/**
 * The node table's sorting, filters and page: the server's query, with its `'true'`/`'false'`
 * filters as booleans (withQuery writes them back as text).
 */
export type NodeQuery = Pick<NodeListParams, 'sort' | 'order' | 'offset' | 'limit'> & {
  [Flag in 'isolate' | 'cutPoint' | 'inNetwork']?: boolean | undefined;
} & {
  [Filter in 'brokerageRole' | 'community']?: NodeListParams[Filter] | undefined;
};

export const analysisKeys = {
  // Under 'analyses', so that requesting an analysis refreshes every list of them.
  list: (networkId: string) => ['analyses', networkId] as const,
  surveys: (networkId: string) => ['analyses', networkId, 'surveys'] as const,
  nodes: (analysisId: string, query: NodeQuery) => ['analysis', analysisId, 'nodes', query] as const,
  map: (analysisId: string) => ['analysis', analysisId, 'map'] as const,
  position: (analysisId: string) => ['analysis', analysisId, 'position'] as const,
  settings: (networkId: string) => ['analyses', networkId, 'settings'] as const,
};

export const listAnalyses = (networkId: string, signal?: AbortSignal) =>
  api<AnalysisList>(`/networks/${encodeURIComponent(networkId)}/analyses`, { signal });

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

export const getOwnPosition = (analysisId: string, signal?: AbortSignal) =>
  api<OwnPosition>(`/analyses/${analysisId}/position`, { signal });

export const getAnalysisMap = (analysisId: string, signal?: AbortSignal) =>
  api<AnalysisMap>(`/analyses/${analysisId}/map`, { signal });

/** The address of the network's graph as a file, for the export links. */
export function graphFileUrl(
  networkId: string,
  selection: Selection,
  format: GraphExportParams['format'],
  table?: GraphExportParams['table'],
): string {
  return withQuery(`/api/v1/networks/${encodeURIComponent(networkId)}/graph`, {
    format,
    level: selection.level,
    wave: selection.waveId,
    relation: selection.relation,
    table,
  });
}

export const getAnalysisSettings = (networkId: string, signal?: AbortSignal) =>
  api<AnalysisSettings>(`/networks/${encodeURIComponent(networkId)}/analysis-settings`, { signal });

export const putAnalysisSettings = (networkId: string, mainSurveyId: string | null) =>
  api<AnalysisSettings>(`/networks/${encodeURIComponent(networkId)}/analysis-settings`, {
    method: 'PUT',
    body: { mainSurveyId },
  });
