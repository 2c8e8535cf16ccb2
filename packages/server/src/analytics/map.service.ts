import type { Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import type { AnalysisRow } from './analyses.queries.js';
import { loadAnalysis, showsNames } from './analyses.service.js';
import type { BROKERAGE_ROLES } from './compute.js';
import {
  childNetworkMemberships,
  loadMap,
  mapNodeColumns,
  toColumns,
  type ChildMembershipRow,
  type MapNodeColumns,
} from './map.queries.js';
import type { AnalysisMapBody, MapStatus } from './map.schema.js';

type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/**
 * The stored map of an analysis for the caller: positions, ties, measures and the groups to colour
 * by, as parallel arrays; people anonymised under the node table's rule. Never computed here: an
 * analysis not yet laid out answers `pending` (the runner lays it out), a failed one `failed`.
 */
export async function getAnalysisMap(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<AnalysisMapBody> {
  const { row, context } = await loadAnalysis(db, principal, id);
  const named = showsNames(principal, context, row.level);
  if (row.status !== 'done') return emptyMap(row, named, row.status === 'failed' ? 'failed' : 'pending');
  // All three at once (on PostgreSQL, on three connections): a map is rarely missing for long.
  const [map, columns, children] = await Promise.all([
    loadMap(db, row.id),
    mapNodeColumns(db, row.id),
    childNetworkMemberships(db, row.networkId),
  ]);
  if (!map) return emptyMap(row, named, 'pending');
  const { groups, networks, group, network } = groupsAndNetworks(columns, children);
  return {
    analysisId: row.id,
    level: row.level,
    status: 'ready',
    showsNames: named,
    computedAt: map.computedAt.toISOString(),
    groups,
    networks,
    nodes: { ...nodeColumns(columns, named), group, network, x: map.x, y: map.y },
    edges: { source: map.source, target: map.target, weight: map.weight },
  };
}

function emptyMap(row: AnalysisRow, named: boolean, status: MapStatus): AnalysisMapBody {
  const none: never[] = [];
  return {
    analysisId: row.id,
    level: row.level,
    status,
    showsNames: named,
    computedAt: null,
    groups: [],
    networks: [],
    nodes: {
      ...nodeColumns(toColumns([]), named),
      group: none,
      network: none,
      x: none,
      y: none,
    },
    edges: { source: none, target: none, weight: none },
  };
}

/** Who the nodes are and their measures; people and outsiders named only where the caller may see names. */
function nodeColumns(columns: MapNodeColumns, named: boolean) {
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
  // Organisations are public institutions: always named.
  const id = organisationId.map((organisation, i) => organisation ?? (named ? personId[i]! : null));
  const label = organisationName.map(
    (organisation, i) => organisation ?? (named ? (personName[i] ?? outsideLabel[i] ?? null) : null),
  );
  return { id, label, ...measures, brokerageRole: measures.brokerageRole as (BrokerageRole | null)[] };
}

/**
 * The organisations the nodes belong to (by name) and the network's child networks (by name),
 * with each node's index into both: its organisation, and the first child network (by name) that
 * it — or, for a person, their organisation — currently belongs to.
 */
function groupsAndNetworks(columns: MapNodeColumns, children: ChildMembershipRow[]) {
  const { groupId, groupName, personId } = columns;
  const groupNames = new Map<string, string>();
  groupId.forEach((id, i) => {
    if (id !== null && groupName[i]) groupNames.set(id, groupName[i]);
  });
  const groups = [...groupNames]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const groupIndex = new Map(groups.map((group, index) => [group.id, index]));

  // Rows come by child network name, so a member's first row is its first network.
  const networks: AnalysisMapBody['networks'] = [];
  const networkIndex = new Map<string, number>();
  const firstNetworkOf = new Map<string, number>();
  for (const row of children) {
    let index = networkIndex.get(row.id);
    if (index === undefined) {
      index = networks.push({ id: row.id, name: row.name, slug: row.slug }) - 1;
      networkIndex.set(row.id, index);
    }
    const member = row.person_id ?? row.organisation_id;
    if (member && !firstNetworkOf.has(member)) firstNetworkOf.set(member, index);
  }
  const indexIn = (index: Map<string, number>, key: string | null | undefined) =>
    key ? (index.get(key) ?? -1) : -1;
  const network = groupId.map((group, i) => {
    const own = indexIn(firstNetworkOf, personId[i]);
    const viaGroup = indexIn(firstNetworkOf, group);
    return own === -1 ? viaGroup : viaGroup === -1 ? own : Math.min(own, viaGroup);
  });
  return { groups, networks, group: groupId.map((id) => indexIn(groupIndex, id)), network };
}
