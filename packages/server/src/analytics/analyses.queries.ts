import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import type { AnalysisLevel, RelationType } from '../shared/vocabulary.js';
import { analyses } from './analyses.table.js';

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
