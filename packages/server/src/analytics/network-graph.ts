import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import type { AnalysisLevel, RelationType } from '../shared/vocabulary.js';
import { networkWithDescendants } from '../networks/networks.queries.js';
import { eligibleRespondents } from '../memberships/memberships.queries.js';

/** A node of the graph to analyse: a person, an organisation, or someone outside Trellis. */
export interface GraphNode {
  key: string;
  personId: string | null;
  organisationId: string | null;
  outsideLabel: string | null;
  inNetwork: boolean;
  /** A person's organisation (their first current affiliation by name), if any. */
  affiliationId: string | null;
}

/** The group for E-I and brokerage: a person's organisation; anyone else is a group of one. */
export const groupOf = (node: GraphNode): string => node.affiliationId ?? node.key;

/** What a stored node row and a graph node are matched on: the person, the organisation or the outsider's label. */
export const nodeIdentity = (node: Pick<GraphNode, 'personId' | 'organisationId' | 'outsideLabel'>) =>
  node.personId ?? node.organisationId ?? node.outsideLabel ?? '';

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface TieSelection {
  networkId: string;
  waveId: string | null;
  relation: RelationType | null;
}

const selectedTies = ({ networkId, waveId, relation }: TieSelection) => sql`
  select t.from_person_id, t.to_person_id, t.to_outside_name, t.to_outside_organisation, t.weight
  from ties t
  where t.network_id = ${networkId}
    ${waveId ? sql`and t.wave_id = ${waveId}` : sql``}
    ${relation ? sql`and t.relation = ${relation}` : sql``}`;

/**
 * Each person's organisation for grouping (person_id, organisation_id): their first current
 * affiliation by organisation name. Set-based, so that 20,000 people cost one sort, not 20,000 lookups.
 */
export const primaryOrganisations = sql`select distinct on (a.person_id) a.person_id, a.organisation_id
  from affiliations a join organisations o on o.id = a.organisation_id
  where a.end_date is null or a.end_date >= current_date
  order by a.person_id, o.name, o.id`;

const outsideKey = (name: string, organisation: string | null) =>
  `outside:${name.trim().toLowerCase()}|${(organisation ?? '').trim().toLowerCase()}`;
const outsideLabel = (name: string, organisation: string | null) =>
  organisation ? `${name} (${organisation})` : name;

/** The people graph: members (isolates included), the people they named, and their ties. */
export async function peopleGraph(db: Executor, selection: TieSelection): Promise<NetworkGraph> {
  const people = await queryRows<{ id: string; in_network: boolean; organisation_id: string | null }>(
    db,
    sql`with members as (${eligibleRespondents(selection.networkId)}), chosen as (${selectedTies(selection)}),
      involved as (
        select person_id from members
        union select from_person_id from chosen
        union select to_person_id from chosen where to_person_id is not null)
      select p.id, p.id in (select person_id from members) as in_network, po.organisation_id
      from people p left join (${primaryOrganisations}) po on po.person_id = p.id
      where p.id in (select person_id from involved)
      order by p.id`,
  );
  const ties = await queryRows<{
    from_person_id: string;
    to_person_id: string | null;
    to_outside_name: string | null;
    to_outside_organisation: string | null;
    weight: number;
  }>(db, selectedTies(selection));
  const nodes: GraphNode[] = people.map((p) => ({
    key: p.id,
    personId: p.id,
    organisationId: null,
    outsideLabel: null,
    inNetwork: p.in_network,
    affiliationId: p.organisation_id,
  }));
  const outsiders = new Map<string, GraphNode>();
  const edges = ties.map((tie) => {
    if (tie.to_person_id !== null)
      return { source: tie.from_person_id, target: tie.to_person_id, weight: tie.weight };
    const key = outsideKey(tie.to_outside_name ?? '', tie.to_outside_organisation);
    if (!outsiders.has(key)) {
      outsiders.set(key, {
        key,
        personId: null,
        organisationId: null,
        outsideLabel: outsideLabel(tie.to_outside_name ?? '', tie.to_outside_organisation),
        inNetwork: false,
        affiliationId: null,
      });
    }
    return { source: tie.from_person_id, target: key, weight: tie.weight };
  });
  return { nodes: [...nodes, ...outsiders.values()], edges };
}

/**
 * The organisations graph: member organisations and the organisations of everyone on the people
 * map, with a tie from one to another weighted by the person ties between their people. Ties
 * inside one organisation and ties to people outside Trellis have no place on it.
 */
export async function organisationsGraph(db: Executor, selection: TieSelection): Promise<NetworkGraph> {
  const people = await peopleGraph(db, selection);
  const organisationOf = new Map(
    people.nodes.flatMap((n) => (n.affiliationId === null ? [] : [[n.key, n.affiliationId] as const])),
  );
  const members = await queryRows<{ organisation_id: string }>(
    db,
    // A network of networks counts its member networks' organisations as its own, as its survey does.
    sql`select m.organisation_id from network_memberships m
      where m.network_id in (${networkWithDescendants(selection.networkId)})
        and m.organisation_id is not null and m.end_date is null`,
  );
  const memberIds = new Set(members.map((m) => m.organisation_id));
  const ids = new Set([...memberIds, ...organisationOf.values()]);
  const weights = new Map<string, GraphEdge>();
  for (const edge of people.edges) {
    const from = organisationOf.get(edge.source);
    const to = organisationOf.get(edge.target);
    if (from === undefined || to === undefined || from === to) continue;
    const key = `${from}>${to}`;
    const existing = weights.get(key);
    if (existing) existing.weight += edge.weight;
    else weights.set(key, { source: from, target: to, weight: edge.weight });
  }
  const nodes = [...ids].sort().map((id) => ({
    key: id,
    personId: null,
    organisationId: id,
    outsideLabel: null,
    inNetwork: memberIds.has(id),
    affiliationId: null,
  }));
  return { nodes, edges: [...weights.values()] };
}

export const graphOfLevel = (level: AnalysisLevel) => (level === 'people' ? peopleGraph : organisationsGraph);
