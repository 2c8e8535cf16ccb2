import { and, asc, desc, eq, isNull, notExists, notInArray, sql } from 'drizzle-orm';
import type { Principal } from '../authz/policy.js';
import { queryRows, type Executor } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import { visibleTo } from '../networks/networks.queries.js';
import { networkParents, networks } from '../networks/networks.table.js';
import type { AnalysisRow } from './analyses.queries.js';
import { analyses, analysisMaps, analysisNodes } from './analyses.table.js';
import type { LayoutOutput, MapEdges } from './map.layout.js';
import { primaryOrganisations } from './network-graph.js';

/** Stores an analysis's map, replacing any earlier one. */
export async function storeMap(db: Executor, analysisId: string, edges: MapEdges, layout: LayoutOutput) {
  const values = {
    x: Array.from(layout.x),
    y: Array.from(layout.y),
    edgeSources: edges.sources,
    edgeTargets: edges.targets,
    edgeWeights: edges.weights,
    computedAt: new Date(),
  };
  await db
    .insert(analysisMaps)
    .values({ analysisId, ...values })
    .onConflictDoUpdate({ target: analysisMaps.analysisId, set: values });
}

/** A stored map as the endpoint answers it: positions and edges as arrays, parsed once from JSON. */
export interface StoredMap {
  computedAt: Date;
  x: number[];
  y: number[];
  source: number[];
  target: number[];
  weight: number[];
}

/**
 * The stored map of an analysis, if laid out. PostgreSQL writes the arrays as one JSON document:
 * on 100,000 ties that parses several times faster than the drivers' array parsing.
 */
export async function loadMap(db: Executor, analysisId: string): Promise<StoredMap | undefined> {
  const [row] = await queryRows<{ computed_at: Date | string; map: Omit<StoredMap, 'computedAt'> }>(
    db,
    sql`select computed_at, json_build_object('x', x, 'y', y, 'source', edge_sources, 'target', edge_targets,
        'weight', edge_weights) as map
      from analysis_maps where analysis_id = ${analysisId}`,
  );
  return row && { computedAt: new Date(row.computed_at), ...row.map };
}

/** The newest finished analysis that has no map yet (stored before maps existed, or whose layout failed). */
export async function nextAnalysisWithoutMap(
  db: Executor,
  skip: readonly string[],
): Promise<AnalysisRow | undefined> {
  const [row] = await db
    .select()
    .from(analyses)
    .where(
      and(
        eq(analyses.status, 'done'),
        notExists(db.select().from(analysisMaps).where(eq(analysisMaps.analysisId, analyses.id))),
        skip.length ? notInArray(analyses.id, [...skip]) : undefined,
      ),
    )
    .orderBy(desc(analyses.finishedAt), desc(analyses.id))
    .limit(1);
  return row;
}

/** Who each stored node is, by index: what a graph rebuilt from the ties is matched on. */
export function snapshotIdentities(db: Executor, analysisId: string) {
  return db
    .select({
      personId: analysisNodes.personId,
      organisationId: analysisNodes.organisationId,
      outsideLabel: analysisNodes.outsideLabel,
    })
    .from(analysisNodes)
    .where(eq(analysisNodes.analysisId, analysisId))
    .orderBy(analysisNodes.index);
}

/** Each column the map reads from an analysis's nodes, by the SQL that gives it. */
const NODE_COLUMNS = {
  personId: sql`s.person_id`,
  organisationId: sql`s.organisation_id`,
  outsideLabel: sql`s.outside_label`,
  personName: sql`s.person_name`,
  organisationName: sql`s.organisation_name`,
  groupId: sql`s.group_id`,
  groupName: sql`g.name`,
  inNetwork: sql`s.in_network`,
  community: sql`s.community`,
  brokerageRole: sql`s.brokerage_role`,
  isolate: sql`s.isolate`,
  cutPoint: sql`s.cut_point`,
  degree: sql`s.degree`,
  core: sql`s.core`,
  // Single precision, as the positions: enough to size and rank nodes, and a third less to send.
  betweenness: singlePrecision('betweenness'),
  closeness: singlePrecision('closeness'),
  pagerank: singlePrecision('pagerank'),
  eigenvector: singlePrecision('eigenvector'),
  constraint: singlePrecision('constraint'),
  effectiveSize: singlePrecision('effective_size'),
};

/**
 * A measure as `real`. PostgreSQL refuses (underflow) a double too small for single precision
 * rather than rounding it to zero, and eigenvector centrality in a small component can be 1e-60.
 */
function singlePrecision(column: string) {
  const value = sql.raw(`s.${column}`);
  return sql`(case when abs(${value}) < 1e-37 then 0 else ${value} end)::real`;
}

/** The node columns of a map, each an array in node index order. */
export interface MapNodeColumns {
  personId: (string | null)[];
  organisationId: (string | null)[];
  outsideLabel: (string | null)[];
  personName: (string | null)[];
  organisationName: (string | null)[];
  groupId: (string | null)[];
  groupName: (string | null)[];
  inNetwork: boolean[];
  community: number[];
  brokerageRole: (string | null)[];
  isolate: boolean[];
  cutPoint: boolean[];
  degree: number[];
  core: number[];
  betweenness: number[];
  closeness: number[];
  pagerank: number[];
  eigenvector: (number | null)[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
}

const COLUMN_NAMES = Object.keys(NODE_COLUMNS) as (keyof MapNodeColumns)[];

/** Rows of values in NODE_COLUMNS order, turned into one array per column. */
export const toColumns = (rows: readonly unknown[][]) =>
  Object.fromEntries(
    COLUMN_NAMES.map((name, c) => [name, rows.map((row) => row[c])]),
  ) as unknown as MapNodeColumns;

/**
 * Every node of an analysis as columns in index order. One query, answered as one JSON document
 * (an array per node, sorted once): the drivers parse that several times faster than 20,000
 * rows. Names are joined here (who may see them is decided by the caller), and a person's group
 * is their organisation by the rule the analysis grouped them with; an organisation is its own.
 */
export async function mapNodeColumns(db: Executor, analysisId: string): Promise<MapNodeColumns> {
  const [result] = await queryRows<{ rows: unknown[][] }>(
    db,
    sql`with s as (
        select n.*, p.display_name as person_name, o.name as organisation_name,
          coalesce(n.organisation_id, po.organisation_id) as group_id
        from analysis_nodes n
        left join people p on p.id = n.person_id
        left join organisations o on o.id = n.organisation_id
        left join (${primaryOrganisations}) po on po.person_id = n.person_id
        where n.analysis_id = ${analysisId})
      select coalesce(json_agg(json_build_array(${sql.join(Object.values(NODE_COLUMNS), sql`, `)}) order by s.index),
        '[]'::json) as rows
      from s left join organisations g on g.id = s.group_id`,
  );
  return toColumns(result?.rows ?? []);
}

/** A child network of a network and one of its current members (a person or an organisation), if any. */
export interface ChildMembershipRow {
  id: string;
  name: string;
  slug: string;
  person_id: string | null;
  organisation_id: string | null;
}

/** The network's child networks by name, each with its current members (one row per member). */
export function childNetworkMemberships(
  db: Executor,
  networkId: string,
  viewer: Principal,
): Promise<ChildMembershipRow[]> {
  // Only the child networks the viewer may see: a members-only child is not named on its parent's map.
  return db
    .select({
      id: networks.id,
      name: networks.name,
      slug: networks.slug,
      person_id: memberships.personId,
      organisation_id: memberships.organisationId,
    })
    .from(networkParents)
    .innerJoin(networks, eq(networks.id, networkParents.childId))
    .leftJoin(memberships, and(eq(memberships.networkId, networks.id), isNull(memberships.endDate)))
    .where(and(eq(networkParents.parentId, networkId), visibleTo(viewer)))
    .orderBy(asc(networks.name), asc(networks.id));
}
