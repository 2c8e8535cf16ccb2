import { canOnNetwork, type Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import { notFound, unauthenticated, forbidden, validationFailed } from '../shared/errors.js';
import { loadVisibleNetwork, type NetworkInContext } from '../networks/networks.service.js';
import type { AnalysisLevel } from '../shared/vocabulary.js';
import type { AnalysisGraphMeasures, NodeListFilters, RequestAnalysisInput } from './analyses.schema.js';
import { exportAnonymisedGraph } from './export.anonymised.js';
import { exportNetworkGraph, type ExportRequest } from './export.js';
import { anonymisedNodePage } from './nodes.anonymised.js';
import {
  analysesOfNetwork,
  analysisNodePage,
  findAnalysis,
  isWaveOfNetwork,
  organisationsOfPeople,
  ownNodeOfAnalysis,
  queueAnalysis,
  type AnalysisRow,
} from './analyses.queries.js';
import { ANALYTICS_TEXTS } from './analytics.texts.js';

/** Analyses map the people of a network: for its members and admins only. */
async function loadNetworkForAnalyses(db: Executor, principal: Principal, networkKey: string) {
  if (principal.kind !== 'person') throw unauthenticated();
  const found = await loadVisibleNetwork(db, principal, networkKey);
  if (!canOnNetwork(principal, 'analysis.view', found.facts)) {
    throw forbidden(ANALYTICS_TEXTS.membersOnly);
  }
  return found;
}

const toSummary = (row: AnalysisRow) => ({
  id: row.id,
  networkId: row.networkId,
  waveId: row.waveId,
  relation: row.relation,
  level: row.level,
  status: row.status,
  error: row.error,
  requestedAt: row.requestedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  // Stored by run-analysis.ts in this shape (typed there by the same schema).
  graph: (row.graph as AnalysisGraphMeasures | null) ?? null,
});

/** The network's analyses, newest first, and whether the principal may ask for another. */
export async function listAnalyses(db: Executor, principal: Principal, networkKey: string) {
  const { network, facts } = await loadNetworkForAnalyses(db, principal, networkKey);
  const rows = await analysesOfNetwork(db, network.id);
  return {
    items: rows.map(toSummary),
    permissions: { request: canOnNetwork(principal, 'survey.manage', facts) },
  };
}

/** Queues an analysis of the network's ties (coordinators and evaluators). */
export async function requestAnalysis(
  db: Executor,
  principal: Principal,
  networkKey: string,
  input: RequestAnalysisInput,
) {
  const { network, facts } = await loadNetworkForAnalyses(db, principal, networkKey);
  if (!canOnNetwork(principal, 'survey.manage', facts) || principal.kind !== 'person') {
    throw forbidden(ANALYTICS_TEXTS.coordinatorsRun);
  }
  if (input.waveId !== null && !(await isWaveOfNetwork(db, input.waveId, network.id))) {
    throw validationFailed([{ path: 'waveId', message: ANALYTICS_TEXTS.notAWaveHere }]);
  }
  return toSummary(
    await queueAnalysis(db, { networkId: network.id, ...input, requestedBy: principal.personId }),
  );
}

/** An analysis and its network, for a caller who may view it; 404 for anyone else (as if it did not exist). */
export async function loadAnalysis(db: Executor, principal: Principal, id: string) {
  if (principal.kind !== 'person') throw unauthenticated();
  const row = await findAnalysis(db, id);
  if (!row) throw notFound('Analysis');
  const context = await loadNetworkForAnalyses(db, principal, row.networkId).catch(() => {
    throw notFound('Analysis');
  });
  return { row, context };
}

export async function getAnalysis(db: Executor, principal: Principal, id: string) {
  return toSummary((await loadAnalysis(db, principal, id)).row);
}

/**
 * Whether a map shows names: organisations always (they are public institutions); people only to
 * the network's evaluators, coordinators and facilitators (`analysis.view_names`), or to everyone
 * who may see it when the network opts in.
 */
export function showsNames(
  principal: Principal,
  { network, facts }: NetworkInContext,
  level: AnalysisLevel,
): boolean {
  return (
    level === 'organisations' ||
    network.namedMapForMembers ||
    canOnNetwork(principal, 'analysis.view_names', facts)
  );
}

/**
 * A page of an analysis's node table, sorted and filtered; for a caller who may not see names,
 * a page of the map's anonymised view instead (`nodes.anonymised.ts`).
 */
export async function listAnalysisNodes(
  db: Executor,
  principal: Principal,
  id: string,
  filters: NodeListFilters,
  k: number,
) {
  const { row, context } = await loadAnalysis(db, principal, id);
  if (!showsNames(principal, context, row.level)) return anonymisedNodePage(db, row, filters, k, principal);
  const { rows, total } = await analysisNodePage(db, row.id, filters);
  const affiliations = await organisationsOfPeople(
    db,
    rows.flatMap(({ person }) => (person?.id ? [person.id] : [])),
  );
  const items = rows.map(({ node, person, organisation }) => {
    const {
      analysisId: _analysis,
      personId: _person,
      organisationId: _organisation,
      outsideLabel,
      ...measures
    } = node;
    const label = person?.displayName ?? organisation?.name ?? outsideLabel ?? `#${node.index}`;
    return {
      ...measures,
      label,
      person: person?.id ? { id: person.id, displayName: person.displayName } : null,
      organisation: organisation?.id ? { id: organisation.id, name: organisation.name } : null,
      affiliation: (person?.id && affiliations.get(person.id)) || null,
    };
  });
  return { named: true, anonymity: null, total, items };
}

/** The network's graph as a file; people are named, or anonymised, under the same rule as the map. */
export async function exportGraph(
  db: Executor,
  principal: Principal,
  networkKey: string,
  options: Omit<ExportRequest, 'networkId' | 'named'>,
  k: number,
) {
  const context = await loadNetworkForAnalyses(db, principal, networkKey);
  const request = { ...options, networkId: context.network.id };
  const file = showsNames(principal, context, options.level)
    ? await exportNetworkGraph(db, { ...request, named: true })
    : await exportAnonymisedGraph(db, request, k, principal);
  return { ...file, filename: `${context.network.slug}-${options.level}.${file.extension}` };
}

/**
 * Where the caller stands on an analysis's map ("your position"): their own measures, the size of
 * their community and whether they are an isolate or a single point of failure. Only their own
 * node, so it tells them nothing about anyone else's identity; null when they are not on the map.
 */
export async function ownPosition(db: Executor, principal: Principal, id: string) {
  const { row } = await loadAnalysis(db, principal, id);
  if (principal.kind !== 'person' || row.level !== 'people') return { position: null };
  const own = await ownNodeOfAnalysis(db, row.id, principal.personId);
  if (!own) return { position: null };
  const { node, communitySize } = own;
  return {
    position: {
      degree: node.degree,
      inDegree: node.inDegree,
      outDegree: node.outDegree,
      betweenness: node.betweenness,
      isolate: node.isolate,
      cutPoint: node.cutPoint,
      brokerageRole: node.brokerageRole,
      // Alone in its community is not a community (see withoutSingletonCommunities).
      communitySize: communitySize > 1 ? communitySize : null,
    },
  };
}
