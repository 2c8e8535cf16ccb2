import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';
import type { AnalysisLevel, RelationType } from '../shared/vocabulary.js';
import { surveys, surveyWaves } from '../surveys/surveys.table.js';
import type { AnalysisGraphMeasures, NodeListFilters } from './analyses.schema.js';
import { analyses, analysisNodes } from './analyses.table.js';
import { primaryOrganisations } from './network-graph.js';

export type AnalysisRow = typeof analyses.$inferSelect;

/** Which ties an analysis covers: a network's, at a level, of one wave and relation or of all. */
export interface AnalysisSelection {
  networkId: string;
  level: AnalysisLevel;
  waveId: string | null;
  relation: RelationType | null;
}

/** Analyses of exactly this selection (no wave or relation means all of them). */
const sameSelection = (selection: AnalysisSelection) =>
  and(
    eq(analyses.networkId, selection.networkId),
    eq(analyses.level, selection.level),
    selection.waveId ? eq(analyses.waveId, selection.waveId) : isNull(analyses.waveId),
    selection.relation ? eq(analyses.relation, selection.relation) : isNull(analyses.relation),
  );

/** The newest finished analysis of a network's ties at a level, for one wave and relation (or all). */
export async function latestDoneAnalysis(
  db: Executor,
  selection: AnalysisSelection,
): Promise<AnalysisRow | undefined> {
  const [row] = await db
    .select()
    .from(analyses)
    .where(and(sameSelection(selection), eq(analyses.status, 'done')))
    .orderBy(desc(analyses.finishedAt))
    .limit(1);
  return row;
}

/** Whether an analysis of the selection is queued and not yet taken by a runner. */
export async function isAnalysisQueued(db: Executor, selection: AnalysisSelection): Promise<boolean> {
  const [row] = await db
    .select({ id: analyses.id })
    .from(analyses)
    .where(and(sameSelection(selection), eq(analyses.status, 'queued')))
    .limit(1);
  return row !== undefined;
}

/**
 * Queues an analysis requested at the clock's time rather than the transaction's (`now()`), so
 * that it comes after those queued earlier in the same transaction.
 */
export async function insertAnalysisNow(
  db: Executor,
  request: AnalysisSelection & { requestedBy: string | null },
): Promise<AnalysisRow> {
  const [row] = await db
    .insert(analyses)
    .values({ ...request, requestedAt: sql`clock_timestamp()` })
    .returning();
  if (!row) throw new Error('insert returned no analysis');
  return row;
}

export type AnalysisRequest = AnalysisSelection & { requestedBy: string | null };

/** Queues an analysis; the runner takes it in the background. */
export async function queueAnalysis(db: Executor, request: AnalysisRequest): Promise<AnalysisRow> {
  const [row] = await db.insert(analyses).values(request).returning();
  if (!row) throw new Error('insert returned no analysis');
  return row;
}

/** The nodes an analysis stored, with their measures. */
export async function nodesOfAnalysis(db: Executor, analysisId: string) {
  return db.select().from(analysisNodes).where(eq(analysisNodes.analysisId, analysisId));
}

/**
 * The previous wave of the same survey, if this wave has one: in the waves' order (the date each
 * opens, then its number), not the order their analyses ran in.
 */
export async function previousWaveOf(db: Executor, waveId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select p.id from survey_waves w join survey_waves p on p.survey_id = w.survey_id
        and (p.opens_on, p.number) < (w.opens_on, w.number)
      where w.id = ${waveId}
      order by p.opens_on desc, p.number desc limit 1`,
  );
  return row?.id;
}

/** The next wave of the same survey, in the same order as `previousWaveOf`. */
export async function nextWaveOf(db: Executor, waveId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select n.id from survey_waves w join survey_waves n on n.survey_id = w.survey_id
        and (n.opens_on, n.number) > (w.opens_on, w.number)
      where w.id = ${waveId}
      order by n.opens_on, n.number limit 1`,
  );
  return row?.id;
}

/** Replaces a finished analysis's stored graph measures (its change since the previous wave, recomputed). */
export async function updateAnalysisGraph(db: Executor, id: string, graph: AnalysisGraphMeasures) {
  await db.update(analyses).set({ graph }).where(eq(analyses.id, id));
}

/** A network's analyses, newest first. */
export async function analysesOfNetwork(db: Executor, networkId: string): Promise<AnalysisRow[]> {
  return db
    .select()
    .from(analyses)
    .where(eq(analyses.networkId, networkId))
    .orderBy(desc(analyses.requestedAt), asc(analyses.id));
}

export async function findAnalysis(db: Executor, id: string): Promise<AnalysisRow | undefined> {
  const [row] = await db.select().from(analyses).where(eq(analyses.id, id));
  return row;
}

/** Whether the wave belongs to one of the network's surveys. */
export async function isWaveOfNetwork(db: Executor, waveId: string, networkId: string): Promise<boolean> {
  const [wave] = await db
    .select({ id: surveyWaves.id })
    .from(surveyWaves)
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .where(and(eq(surveyWaves.id, waveId), eq(surveys.networkId, networkId)));
  return wave !== undefined;
}

/**
 * A page of an analysis's node table with each node's person or organisation, filtered and sorted
 * by a measure's column (missing values last, then by index), and how many nodes pass the filters.
 */
export async function analysisNodePage(db: Executor, analysisId: string, filters: NodeListFilters) {
  const where = and(
    eq(analysisNodes.analysisId, analysisId),
    filters.inNetwork ? eq(analysisNodes.inNetwork, filters.inNetwork === 'true') : undefined,
    filters.isolate ? eq(analysisNodes.isolate, filters.isolate === 'true') : undefined,
    filters.cutPoint ? eq(analysisNodes.cutPoint, filters.cutPoint === 'true') : undefined,
    filters.brokerageRole ? eq(analysisNodes.brokerageRole, filters.brokerageRole) : undefined,
    filters.community !== undefined ? eq(analysisNodes.community, filters.community) : undefined,
  );
  // Each sort is named after its column.
  const column = analysisNodes[filters.sort];
  const direction: SQL = filters.order === 'asc' ? sql`asc nulls last` : sql`desc nulls last`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        node: analysisNodes,
        person: { id: people.id, displayName: people.displayName },
        organisation: { id: organisations.id, name: organisations.name },
      })
      .from(analysisNodes)
      .leftJoin(people, eq(people.id, analysisNodes.personId))
      .leftJoin(organisations, eq(organisations.id, analysisNodes.organisationId))
      .where(where)
      .orderBy(sql`${column} ${direction}`, asc(analysisNodes.index))
      .limit(filters.limit)
      .offset(filters.offset),
    db.select({ n: count() }).from(analysisNodes).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Takes the oldest queued analysis, if any (another process never takes the same one). */
export async function claimNextQueuedAnalysis(db: Executor): Promise<AnalysisRow | undefined> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`update analyses set status = 'running', started_at = now()
      where id = (select id from analyses where status = 'queued' order by requested_at, id limit 1 for update skip locked)
      returning id`,
  );
  if (!row) return undefined;
  return findAnalysis(db, row.id);
}

/** Takes one analysis by id, if it is still queued. */
export async function claimQueuedAnalysis(db: Executor, id: string): Promise<AnalysisRow | undefined> {
  const [claimed] = await db
    .update(analyses)
    .set({ status: 'running', startedAt: new Date() })
    .where(and(eq(analyses.id, id), eq(analyses.status, 'queued')))
    .returning();
  return claimed;
}

/**
 * Each person's organisation as the map groups them (`primaryOrganisations`), for the node
 * table's organisation column: by person id.
 */
export async function organisationsOfPeople(
  db: Executor,
  personIds: string[],
): Promise<Map<string, { id: string; name: string }>> {
  if (personIds.length === 0) return new Map();
  const rows = await queryRows<{ person_id: string; id: string; name: string }>(
    db,
    sql`select po.person_id, o.id, o.name from (${primaryOrganisations}) po
      join organisations o on o.id = po.organisation_id
      where po.person_id in (${sql.join(
        personIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
  );
  return new Map(rows.map((row) => [row.person_id, { id: row.id, name: row.name }]));
}

/** The caller's own node on an analysis's map, with the size of its community; undefined when not on it. */
export async function ownNodeOfAnalysis(db: Executor, analysisId: string, personId: string) {
  const [node] = await db
    .select()
    .from(analysisNodes)
    .where(and(eq(analysisNodes.analysisId, analysisId), eq(analysisNodes.personId, personId)))
    .limit(1);
  if (!node) return undefined;
  const [size] = await db
    .select({ n: count() })
    .from(analysisNodes)
    .where(and(eq(analysisNodes.analysisId, analysisId), eq(analysisNodes.community, node.community)));
  return { node, communitySize: size?.n ?? 1 };
}

const NODE_BATCH = 1_000;

/** Replaces an analysis's stored nodes with these, in batches. */
export async function replaceAnalysisNodes(
  db: Executor,
  analysisId: string,
  nodes: (typeof analysisNodes.$inferInsert)[],
): Promise<void> {
  await db.delete(analysisNodes).where(eq(analysisNodes.analysisId, analysisId));
  for (let i = 0; i < nodes.length; i += NODE_BATCH)
    await db.insert(analysisNodes).values(nodes.slice(i, i + NODE_BATCH));
}

/** Marks an analysis done with its graph's measures. */
export async function markAnalysisDone(
  db: Executor,
  id: string,
  graph: AnalysisGraphMeasures,
): Promise<void> {
  await db
    .update(analyses)
    .set({ status: 'done', graph, finishedAt: new Date(), error: null })
    .where(eq(analyses.id, id));
}

/** Marks an analysis failed, with the message its readers see. */
export async function markAnalysisFailed(db: Executor, id: string, error: string): Promise<void> {
  await db
    .update(analyses)
    .set({ status: 'failed', error, finishedAt: new Date() })
    .where(eq(analyses.id, id));
}

// A process that stopped mid-analysis leaves it running: after this long, it is queued again.
const STALE_AFTER = sql`interval '15 minutes'`;

/** Queues again the analyses left running too long by a process that stopped. */
export async function requeueStaleAnalyses(db: Executor): Promise<void> {
  await db.execute(
    sql`update analyses set status = 'queued' where status = 'running' and started_at < now() - ${STALE_AFTER}`,
  );
}
