/**
 * Measures of an inquiry: defining, listing, changing and removing them. What each shows across
 * its schools (points, schools, signals) comes from measure_series, kept by series.ts.
 */
import { and, asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { ApiError, conflict, notFound, validationFailed } from '../shared/errors.js';
import type { InquiryAction } from '../authz/policy.js';
import { changeIdeas, pdsaCycles } from './cycles.table.js';
import { loadInquiry, mayOnInquiry, requireOnInquiry, type InquiryInContext } from './inquiry-access.js';
import type { CreateMeasureInput, MeasureView, UpdateMeasureInput } from './measures.schema.js';
import { measurePoints, measures, measureSeries } from './measures.table.js';
import { measureTexts as texts } from './measures.texts.js';
import { refreshMeasureSeries } from './series.js';

export type MeasureRow = typeof measures.$inferSelect;

const actorOf = (principal: Principal) => (principal.kind === 'person' ? principal.personId : null);

/** A measure and its inquiry, when the principal may take `action` on it; a hidden one is not found. */
export async function loadMeasureFor(
  db: Executor,
  principal: Principal,
  action: InquiryAction,
  measureId: string,
): Promise<{ measure: MeasureRow; context: InquiryInContext }> {
  const [measure] = await db.select().from(measures).where(eq(measures.id, measureId));
  if (!measure) throw notFound('Measure');
  const context = await loadInquiry(db, principal, measure.inquiryId).catch((error: unknown) => {
    // The inquiry is hidden from the caller: so is its measure (and its existence).
    throw error instanceof ApiError && error.code === 'NOT_FOUND' ? notFound('Measure') : error;
  });
  requireOnInquiry(principal, action, context);
  return { measure, context };
}

/** Refuses a change idea that is not one of the inquiry's (field path `changeIdeaId`). */
async function requireChangeIdeaOf(db: Executor, inquiryId: string, changeIdeaId: string | null | undefined) {
  if (!changeIdeaId) return;
  const [idea] = await db
    .select({ id: changeIdeas.id })
    .from(changeIdeas)
    .where(and(eq(changeIdeas.id, changeIdeaId), eq(changeIdeas.inquiryId, inquiryId)));
  if (!idea) throw validationFailed([{ path: 'changeIdeaId', message: texts.changeIdeaOfInquiry }]);
}

/** Refuses a cycle that is not one of the inquiry's (field path `cycleId`). */
export async function requireCycleOf(db: Executor, inquiryId: string, cycleId: string | null | undefined) {
  if (!cycleId) return;
  const [cycle] = await db
    .select({ id: pdsaCycles.id })
    .from(pdsaCycles)
    .where(and(eq(pdsaCycles.id, cycleId), eq(pdsaCycles.inquiryId, inquiryId)));
  if (!cycle) throw validationFailed([{ path: 'cycleId', message: texts.cycleOfInquiry }]);
}

/** The answers for the given measures, in their order, with their series' figures. */
export async function measureViews(
  db: Executor,
  rows: readonly MeasureRow[],
  editable: boolean,
): Promise<MeasureView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const figures = await db
    .select({
      measureId: measureSeries.measureId,
      points: sql<number>`coalesce(sum(${measureSeries.points}), 0)`.mapWith(Number),
      schools: count(),
      lastPeriod: max(measureSeries.lastPeriod),
      better: sql<number>`count(*) filter (where ${measureSeries.better})`.mapWith(Number),
      worse: sql<number>`count(*) filter (where ${measureSeries.worse})`.mapWith(Number),
    })
    .from(measureSeries)
    .where(inArray(measureSeries.measureId, ids))
    .groupBy(measureSeries.measureId);
  const ideaIds = rows.flatMap((row) => (row.changeIdeaId ? [row.changeIdeaId] : []));
  const ideas =
    ideaIds.length === 0
      ? []
      : await db
          .select({ id: changeIdeas.id, text: changeIdeas.text })
          .from(changeIdeas)
          .where(inArray(changeIdeas.id, ideaIds));
  return rows.map((row) => {
    const figure = figures.find((candidate) => candidate.measureId === row.id);
    return {
      id: row.id,
      inquiryId: row.inquiryId,
      name: row.name,
      definition: row.definition,
      kind: row.kind,
      type: row.type,
      direction: row.direction,
      population: row.population,
      unit: row.unit,
      target: row.target,
      baselineEndsOn: row.baselineEndsOn,
      changeIdea: ideas.find((idea) => idea.id === row.changeIdeaId) ?? null,
      pointCount: figure?.points ?? 0,
      schoolCount: figure?.schools ?? 0,
      lastPeriod: figure?.lastPeriod ?? null,
      schoolsBetter: figure?.better ?? 0,
      schoolsWorse: figure?.worse ?? 0,
      editable,
    };
  });
}

/** The inquiry's measures, in their order. */
export async function listMeasures(db: Database, principal: Principal, inquiryId: string) {
  const context = await loadInquiry(db, principal, inquiryId);
  const rows = await db
    .select()
    .from(measures)
    .where(eq(measures.inquiryId, inquiryId))
    .orderBy(asc(measures.position), asc(measures.createdAt), asc(measures.id));
  return measureViews(db, rows, mayOnInquiry(principal, 'inquiry.edit', context));
}

/** One measure, as the principal sees it. */
export async function measureView(db: Executor, principal: Principal, measureId: string) {
  const { measure, context } = await loadMeasureFor(db, principal, 'inquiry.view', measureId);
  const [view] = await measureViews(db, [measure], mayOnInquiry(principal, 'inquiry.edit', context));
  return view!;
}

/** Defines a measure at the end of the inquiry's list. */
export async function createMeasure(
  db: Database,
  principal: Principal,
  inquiryId: string,
  input: CreateMeasureInput,
): Promise<string> {
  return db.transaction(async (tx) => {
    const context = await loadInquiry(tx, principal, inquiryId);
    requireOnInquiry(principal, 'inquiry.edit', context);
    await requireChangeIdeaOf(tx, inquiryId, input.changeIdeaId);
    const [last] = await tx
      .select({ position: max(measures.position) })
      .from(measures)
      .where(eq(measures.inquiryId, inquiryId));
    const [row] = await tx
      .insert(measures)
      .values({ ...input, inquiryId, position: (last?.position ?? -1) + 1 })
      .returning({ id: measures.id });
    await recordAudit(tx, {
      actorId: actorOf(principal),
      action: 'measure.create',
      entityType: 'measure',
      entityId: row!.id,
      details: { inquiryId, name: input.name, type: input.type },
    });
    return row!.id;
  });
}

/** Changes a measure; its type only while it has no points. Re-judges its series when the rules' inputs change. */
export async function updateMeasure(
  db: Database,
  principal: Principal,
  measureId: string,
  input: UpdateMeasureInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { measure } = await loadMeasureFor(tx, principal, 'inquiry.edit', measureId);
    await requireChangeIdeaOf(tx, measure.inquiryId, input.changeIdeaId);
    if (input.type !== undefined && input.type !== measure.type) {
      const [points] = await tx
        .select({ count: count() })
        .from(measurePoints)
        .where(eq(measurePoints.measureId, measureId));
      if (points!.count > 0)
        throw conflict(texts.typeHasPoints, { issues: [{ path: 'type', message: texts.typeHasPoints }] });
    }
    await tx
      .update(measures)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(measures.id, measureId));
    if (input.type !== undefined || input.direction !== undefined || input.baselineEndsOn !== undefined)
      await refreshMeasureSeries(tx, measureId);
    await recordAudit(tx, {
      actorId: actorOf(principal),
      action: 'measure.update',
      entityType: 'measure',
      entityId: measureId,
      details: { fields: Object.keys(input) },
    });
  });
}

/** Removes a measure with its points, annotations, phases and series. */
export async function deleteMeasure(db: Database, principal: Principal, measureId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { measure } = await loadMeasureFor(tx, principal, 'inquiry.edit', measureId);
    await tx.delete(measures).where(eq(measures.id, measureId));
    await recordAudit(tx, {
      actorId: actorOf(principal),
      action: 'measure.delete',
      entityType: 'measure',
      entityId: measureId,
      details: { inquiryId: measure.inquiryId, name: measure.name },
    });
  });
}
