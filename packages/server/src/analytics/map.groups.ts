import type { ChildMembershipRow, MapNodeColumns } from './map.queries.js';

/** An organisation nodes belong to, or a child network of the analysed network. */
export interface MapGroup {
  id: string;
  name: string;
}
export interface MapNetwork {
  id: string;
  name: string;
  slug: string;
}

/** The groups and child networks of a map, and each node's index into them (−1 for none). */
export interface Grouping {
  groups: MapGroup[];
  networks: MapNetwork[];
  group: number[];
  network: number[];
}

/**
 * The organisations the nodes belong to (by name) and the network's child networks (by name),
 * with each node's index into both: its organisation, and the first child network (by name) that
 * it — or, for a person, their organisation — currently belongs to.
 */
export function groupsAndNetworks(columns: MapNodeColumns, children: ChildMembershipRow[]): Grouping {
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
  const networks: MapNetwork[] = [];
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
