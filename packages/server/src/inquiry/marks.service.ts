/**
 * What the team marks on a measure's chart: annotations (when a change was tested) and phases
 * (a change the team confirmed, from which centre and limits are recomputed); and the chart
 * itself, school by school.
 */
import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { organisations } from '../organisations/organisations.table.js';
import { ApiError, conflict, notFound } from '../shared/errors.js';
import { pdsaCycles } from './cycles.table.js';
import { loadMeasureFor, measureView, requireCycleOf } from './measures.service.js';
import type { CreateAnnotationInput, CreatePhaseInput, MeasureChartView } from './measures.schema.js';
import { measureAnnotations, measurePhases, measurePoints } from './measures.table.js';
import { measureTexts as texts } from './measures.texts.js';
import { chartOf, refreshMeasureSeries, spcChartOf } from './series.js';

const actorOf = (principal: Principal) => (principal.kind === 'person' ? principal.personId : null);

/** The measure of a mark, for a write; a mark of a hidden measure is not found as itself. */
async function measureOfMark(
  db: Executor,
  principal: Principal,
  measureId: string | undefined,
  what: 'Annotation' | 'Chart phase',
) {
  if (!measureId) throw notFound(what);
  return loadMeasureFor(db, principal, 'inquiry.edit', measureId).catch((error: unknown) => {
    throw error instanceof ApiError && error.code === 'NOT_FOUND' ? notFound(what) : error;
  });
}

async function annotationsOf(db: Executor, measureId: string) {
  const rows = await db
    .select({
      id: measureAnnotations.id,
      period: measureAnnotations.period,
      text: measureAnnotations.text,
      cycleId: pdsaCycles.id,
      cycleTitle: pdsaCycles.title,
    })
    .from(measureAnnotations)
    .leftJoin(pdsaCycles, eq(pdsaCycles.id, measureAnnotations.cycleId))
    .where(eq(measureAnnotations.measureId, measureId))
    .orderBy(asc(measureAnnotations.period), asc(measureAnnotations.createdAt));
  return rows.map(({ cycleId, cycleTitle, ...row }) => ({
    ...row,
    cycle: cycleId === null ? null : { id: cycleId, title: cycleTitle! },
  }));
}

async function phasesOf(db: Executor, measureId: string) {
  return db
    .select({
      id: measurePhases.id,
      startsOn: measurePhases.startsOn,
      label: measurePhases.label,
      cycleId: measurePhases.cycleId,
    })
    .from(measurePhases)
    .where(eq(measurePhases.measureId, measureId))
    .orderBy(asc(measurePhases.startsOn));
}

/** Adds an annotation at a period. */
export async function addAnnotation(
  db: Database,
  principal: Principal,
  measureId: string,
  input: CreateAnnotationInput,
) {
  return db.transaction(async (tx) => {
    const { measure } = await loadMeasureFor(tx, principal, 'inquiry.edit', measureId);
    await requireCycleOf(tx, measure.inquiryId, input.cycleId);
    const [row] = await tx
      .insert(measureAnnotations)
      .values({ measureId, ...input, cycleId: input.cycleId ?? null, createdById: actorOf(principal) })
      .returning({ id: measureAnnotations.id });
    await recordAudit(tx, {
      actorId: actorOf(principal),
      action: 'measure.annotation_create',
      entityType: 'measure_annotation',
      entityId: row!.id,
      details: { measureId, period: input.period },
    });
    return (await annotationsOf(tx, measureId)).find((annotation) => annotation.id === row!.id)!;
  });
}

/** Removes an annotation. */
export async function removeAnnotation(db: Database, principal: Principal, annotationId: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ measureId: measureAnnotations.measureId })
      .from(measureAnnotations)
      .where(eq(measureAnnotations.id, annotationId));
    await measureOfMark(tx, principal, row?.measureId, 'Annotation');
    await tx.delete(measureAnnotations).where(eq(measureAnnotations.id, annotationId));
    await recordAudit(tx, {
      actorId: actorOf(principal),
      action: 'measure.annotation_delete',
      entityType: 'measure_annotation',
      entityId: annotationId,
      details: { measureId: row!.measureId },
    });
  });
}

/** Records a change the team confirmed: a new phase from `startsOn`, and the series re-judged. */
export async function addPhase(
  db: Database,
  principal: Principal,
  measureId: string,
  input: CreatePhaseInput,
) {
  return db.transaction(async (tx) => {
    const { measure } = await loadMeasureFor(tx, principal, 'inquiry.edit', measureId);
    await requireCycleOf(tx, measure.inquiryId, input.cycleId);
    const [row] = await tx
      .insert(measurePhases)
      .values({ measureId, ...input, cycleId: input.cycleId ?? null, confirmedById: actorOf(principal) })
      .onConflictDoNothing()
      .returning({
        id: measurePhases.id,
        startsOn: measurePhases.startsOn,
        label: measurePhases.label,
        cycleId: measurePhases.cycleId,
      });
    if (!row)
      throw conflict(texts.phaseExists, { issues: [{ path: 'startsOn', message: texts.phaseExists }] });
    await refreshMeasureSeries(tx, measureId);
    await recordAudit(tx, {
      actorId: actorOf(principal),
      action: 'measure.phase_create',
      entityType: 'measure_phase',
      entityId: row.id,
      details: { measureId, startsOn: input.startsOn, label: input.label },
    });
    return row;
  });
}

/** Removes a confirmed change: its points join the phase before, and the series are re-judged. */
export async function removePhase(db: Database, principal: Principal, phaseId: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ measureId: measurePhases.measureId })
      .from(measurePhases)
      .where(eq(measurePhases.id, phaseId));
    await measureOfMark(tx, principal, row?.measureId, 'Chart phase');
    await tx.delete(measurePhases).where(eq(measurePhases.id, phaseId));
    await refreshMeasureSeries(tx, row!.measureId);
    await recordAudit(tx, {
      actorId: actorOf(principal),
      action: 'measure.phase_delete',
      entityType: 'measure_phase',
      entityId: phaseId,
      details: { measureId: row!.measureId },
    });
  });
}

/** The measure's charts: one run chart and one SPC chart per school, its annotations and phases. */
export async function measureChart(
  db: Database,
  principal: Principal,
  measureId: string,
): Promise<MeasureChartView> {
  const measure = await measureView(db, principal, measureId);
  const rows = await db
    .select({
      schoolId: measurePoints.schoolId,
      schoolName: organisations.name,
      period: measurePoints.period,
      value: measurePoints.value,
      numerator: measurePoints.numerator,
      denominator: measurePoints.denominator,
    })
    .from(measurePoints)
    .innerJoin(organisations, eq(organisations.id, measurePoints.schoolId))
    .where(eq(measurePoints.measureId, measureId));
  const phases = await phasesOf(db, measureId);
  const points = rows.map(({ schoolId, schoolName, ...point }) => ({
    school: { id: schoolId, name: schoolName },
    ...point,
  }));
  return {
    measure,
    spcChart: spcChartOf(measure.type),
    series: chartOf(measure, points, phases),
    annotations: await annotationsOf(db, measureId),
    phases,
  };
}
