import type { Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import type { AnalysisRow } from './analyses.queries.js';
import { loadAnalysis, showsNames } from './analyses.service.js';
import type { BROKERAGE_ROLES } from './compute.js';
import { anonymiseNodes, edgesByPosition } from './map.anonymise.js';
import { groupsAndNetworks } from './map.groups.js';
import {
  childNetworkMemberships,
  loadMap,
  mapNodeColumns,
  toColumns,
  type MapNodeColumns,
  type StoredMap,
} from './map.queries.js';
import type { AnalysisMapBody, MapStatus } from './map.schema.js';

type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/**
 * The stored map of an analysis for the caller: positions, ties, measures and the groups to colour
 * by, as parallel arrays. Callers who may see names get every node as stored; anyone else gets the
 * anonymised view (`map.anonymise.ts`): the nodes in the analysis's keyed order, attributes shown
 * only where at least k nodes share them, measures as bands. Never computed here: an analysis not
 * yet laid out answers `pending` (the runner lays it out), a failed one `failed`.
 */
export async function getAnalysisMap(
  db: Executor,
  principal: Principal,
  id: string,
  k: number,
): Promise<AnalysisMapBody> {
  const { row, context } = await loadAnalysis(db, principal, id);
  const named = showsNames(principal, context, row.level);
  if (row.status !== 'done') return emptyMap(row, named, row.status === 'failed' ? 'failed' : 'pending');
  // All three at once (on PostgreSQL, on three connections): a map is rarely missing for long.
  const [map, columns, children] = await Promise.all([
    loadMap(db, row.id),
    mapNodeColumns(db, row.id),
    childNetworkMemberships(db, row.networkId, principal),
  ]);
  if (!map) return emptyMap(row, named, 'pending');
  const grouping = groupsAndNetworks(columns, children);
  const ready = {
    analysisId: row.id,
    level: row.level,
    status: 'ready' as const,
    computedAt: map.computedAt.toISOString(),
  };
  if (!named) return { ...ready, ...anonymisedMap(row, columns, grouping, map, k) };
  const { groups, networks, group, network } = grouping;
  return {
    ...ready,
    showsNames: true,
    anonymity: null,
    groups,
    networks,
    nodes: { ...namedColumns(columns), group, network, x: map.x, y: map.y },
    edges: { source: map.source, target: map.target, weight: map.weight },
  };
}

/** The map for a caller who may not see names: keyed order, generalised attributes, no ids or labels. */
function anonymisedMap(
  row: AnalysisRow,
  columns: MapNodeColumns,
  grouping: ReturnType<typeof groupsAndNetworks>,
  map: StoredMap,
  k: number,
) {
  const view = anonymiseNodes(columns, grouping, row.anonymityKey, k);
  const positions = (values: readonly number[]) => Array.from(view.order.order, (stored) => values[stored]!);
  const nothing = Array.from(view.order.order, () => null);
  return {
    showsNames: false,
    anonymity: { k, bands: view.bands },
    groups: view.groups,
    networks: view.networks,
    nodes: { id: nothing, label: nothing, ...view.columns, x: positions(map.x), y: positions(map.y) },
    edges: edgesByPosition(view.order, map),
  };
}

function emptyMap(row: AnalysisRow, named: boolean, status: MapStatus): AnalysisMapBody {
  const none: never[] = [];
  return {
    analysisId: row.id,
    level: row.level,
    status,
    showsNames: named,
    anonymity: null,
    computedAt: null,
    groups: [],
    networks: [],
    nodes: {
      ...namedColumns(toColumns([])),
      group: none,
      network: none,
      x: none,
      y: none,
    },
    edges: { source: none, target: none, weight: none },
  };
}

/** Who the nodes are and their measures, as stored, for a caller who may see names. */
function namedColumns(columns: MapNodeColumns) {
  const {
    personId,
    organisationId,
    outsideLabel,
    personName,
    organisationName,
    groupId: _groupId,
    groupName: _groupName,
    ...measures
  } = columns;
  const id = organisationId.map((organisation, i) => organisation ?? personId[i]!);
  const label = organisationName.map(
    (organisation, i) => organisation ?? personName[i] ?? outsideLabel[i] ?? null,
  );
  return { id, label, ...measures, brokerageRole: measures.brokerageRole as (BrokerageRole | null)[] };
}
