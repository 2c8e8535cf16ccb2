import { and, desc, eq, notExists, notInArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import type { AnalysisRow } from './analyses.queries.js';
import { analyses, analysisMaps, analysisNodes } from './analyses.table.js';
import type { LayoutOutput, MapEdges } from './map.layout.js';
import { primaryOrganisation } from './network-graph.js';

export type MapRow = typeof analysisMaps.$inferSelect;

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

/** The stored map of an analysis, if laid out. */
export async function loadMap(db: Executor, analysisId: string): Promise<MapRow | undefined> {
  const [row] = await db.select().from(analysisMaps).where(eq(analysisMaps.analysisId, analysisId));
  return row;
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

/** A stored node as the map reads it: its measures, names and organisation (its group). */
export interface MapNodeRow {
  person_id: string | null;
  organisation_id: string | null;
  outside_label: string | null;
  person_name: string | null;
  organisation_name: string | null;
  group_id: string | null;
  group_name: string | null;
  in_network: boolean;
  community: number;
  brokerage_role: string | null;
  isolate: boolean;
  cut_point: boolean;
  degree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number | null;
  constraint: number | null;
  effective_size: number | null;
  core: number;
}

/**
 * Every node of an analysis in index order, in one query: names are joined here (who may see them
 * is decided by the caller), and a person's group is their organisation by the rule the analysis
 * grouped them with; an organisation is its own group.
 */
export function mapNodes(db: Executor, analysisId: string) {
  return queryRows<MapNodeRow>(
    db,
    sql`select s.*, g.name as group_name from (
        select n.index, n.person_id, n.organisation_id, n.outside_label, p.display_name as person_name,
          o.name as organisation_name,
          coalesce(n.organisation_id, ${primaryOrganisation(sql`n.person_id`)}) as group_id,
          n.in_network, n.community, n.brokerage_role, n.isolate, n.cut_point, n.degree, n.betweenness,
          n.closeness, n.pagerank, n.eigenvector, n.constraint, n.effective_size, n.core
        from analysis_nodes n
        left join people p on p.id = n.person_id
        left join organisations o on o.id = n.organisation_id
        where n.analysis_id = ${analysisId}) s
      left join organisations g on g.id = s.group_id
      order by s.index`,
  );
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
export function childNetworkMemberships(db: Executor, networkId: string) {
  return queryRows<ChildMembershipRow>(
    db,
    sql`select c.id, c.name, c.slug, m.person_id, m.organisation_id
      from network_parents np
      join networks c on c.id = np.child_id
      left join network_memberships m on m.network_id = c.id and m.end_date is null
      where np.parent_id = ${networkId}
      order by c.name, c.id`,
  );
}
