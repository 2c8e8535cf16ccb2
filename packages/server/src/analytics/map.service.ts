import type { Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import type { AnalysisRow } from './analyses.queries.js';
import { loadAnalysis, showsNames } from './analyses.service.js';
import type { BROKERAGE_ROLES } from './compute.js';
import {
  childNetworkMemberships,
  loadMap,
  mapNodes,
  type ChildMembershipRow,
  type MapNodeRow,
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
  const map = row.status === 'done' ? await loadMap(db, row.id) : undefined;
  if (!map) return emptyMap(row, named, row.status === 'failed' ? 'failed' : 'pending');
  const [nodes, children] = await Promise.all([
    mapNodes(db, row.id),
    childNetworkMemberships(db, row.networkId),
  ]);
  const { groups, networks, group, network } = groupsAndNetworks(nodes, children);
  return {
    analysisId: row.id,
    level: row.level,
    status: 'ready',
    showsNames: named,
    computedAt: map.computedAt.toISOString(),
    groups,
    networks,
    nodes: { ...nodeColumns(nodes, named), group, network, x: map.x, y: map.y },
    edges: { source: map.edgeSources, target: map.edgeTargets, weight: map.edgeWeights },
  };
}

function emptyMap(row: AnalysisRow, named: boolean, status: MapStatus): AnalysisMapBody {
  const empty = nodeColumns([], named);
  return {
    analysisId: row.id,
    level: row.level,
    status,
    showsNames: named,
    computedAt: null,
    groups: [],
    networks: [],
    nodes: { ...empty, x: [], y: [], group: [], network: [] },
    edges: { source: [], target: [], weight: [] },
  };
}

/** The measures and identities of the nodes, a column each; names only where the caller may see them. */
function nodeColumns(nodes: MapNodeRow[], named: boolean) {
  // Organisations are public institutions: always named. People and outsiders only when `named`.
  const id = nodes.map((n) => n.organisation_id ?? (named ? n.person_id : null));
  const label = nodes.map((n) => n.organisation_name ?? (named ? (n.person_name ?? n.outside_label) : null));
  return {
    id,
    label,
    inNetwork: nodes.map((n) => n.in_network),
    community: nodes.map((n) => n.community),
    brokerageRole: nodes.map((n) => n.brokerage_role as BrokerageRole | null),
    isolate: nodes.map((n) => n.isolate),
    cutPoint: nodes.map((n) => n.cut_point),
    degree: nodes.map((n) => n.degree),
    betweenness: nodes.map((n) => n.betweenness),
    closeness: nodes.map((n) => n.closeness),
    pagerank: nodes.map((n) => n.pagerank),
    eigenvector: nodes.map((n) => n.eigenvector),
    constraint: nodes.map((n) => n.constraint),
    effectiveSize: nodes.map((n) => n.effective_size),
    core: nodes.map((n) => n.core),
  };
}

/**
 * The organisations the nodes belong to (by name) and the network's child networks (by name),
 * with each node's index into both: its organisation, and the first child network (by name) that
 * it — or, for a person, their organisation — is a current member of.
 */
function groupsAndNetworks(nodes: MapNodeRow[], children: ChildMembershipRow[]) {
  const groupNames = new Map<string, string>();
  for (const node of nodes)
    if (node.group_id && node.group_name) groupNames.set(node.group_id, node.group_name);
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
  const networkOf = (node: MapNodeRow) => {
    const own = node.person_id ? firstNetworkOf.get(node.person_id) : undefined;
    const viaGroup = node.group_id ? firstNetworkOf.get(node.group_id) : undefined;
    return Math.min(own ?? Infinity, viaGroup ?? Infinity);
  };
  return {
    groups,
    networks,
    group: nodes.map((node) => (node.group_id ? (groupIndex.get(node.group_id) ?? -1) : -1)),
    network: nodes.map((node) => {
      const index = networkOf(node);
      return Number.isFinite(index) ? index : -1;
    }),
  };
}
