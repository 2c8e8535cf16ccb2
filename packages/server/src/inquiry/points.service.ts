/**
 * A measure's data points: listing, writing (by hand or from a file, all rows or none) and
 * removing them. Every write re-judges the measure's series in the same transaction.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { organisations } from '../organisations/organisations.table.js';
import { notFound, validationFailed, type FieldIssue } from '../shared/errors.js';
import type { Text } from '../shared/text.js';
import { MIN_PUPILS_PER_FIGURE } from '../shared/vocabulary.js';
import { inquirySchools } from './inquiries.table.js';
import { loadMeasureFor, type MeasureRow } from './measures.service.js';
import type { PointInputValue } from './measures.schema.js';
import { measurePoints } from './measures.table.js';
import { measureTexts as texts } from './measures.texts.js';
import { refreshMeasureSeries } from './series.js';

const actorOf = (principal: Principal) => (principal.kind === 'person' ? principal.personId : null);

/** The schools of the inquiry's team, with their codes (organisations.national_code). */
export async function teamSchools(db: Executor, inquiryId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, code: organisations.nationalCode })
    .from(inquirySchools)
    .innerJoin(organisations, eq(organisations.id, inquirySchools.organisationId))
    .where(eq(inquirySchools.inquiryId, inquiryId));
}

/** A problem with one field of one point: which field (value, numerator, …) and what. */
export interface PointProblem {
  field: keyof PointInputValue;
  message: Text;
}

/** What is wrong with a point for this measure, field by field (empty when nothing is). */
export function pointProblems(
  measure: Pick<MeasureRow, 'type' | 'population'>,
  point: PointInputValue,
  schoolIds: ReadonlySet<string>,
): PointProblem[] {
  const problems: PointProblem[] = [];
  if (!schoolIds.has(point.schoolId)) problems.push({ field: 'schoolId', message: texts.schoolOfTeam });
  const fraction = point.numerator !== undefined || point.denominator !== undefined;
  if (measure.type === 'value') {
    if (fraction)
      problems.push({
        field: point.numerator !== undefined ? 'numerator' : 'denominator',
        message: texts.valueNeeded,
      });
    else if (point.value === undefined) problems.push({ field: 'value', message: texts.valueNeeded });
    return problems;
  }
  if (point.value !== undefined) problems.push({ field: 'value', message: texts.fractionNeeded });
  if (point.numerator === undefined) problems.push({ field: 'numerator', message: texts.fractionNeeded });
  if (point.denominator === undefined) problems.push({ field: 'denominator', message: texts.fractionNeeded });
  if (point.numerator !== undefined && point.denominator !== undefined) {
    if (point.numerator > point.denominator)
      problems.push({ field: 'numerator', message: texts.numeratorAboveDenominator });
    if (measure.population === 'pupils' && point.denominator < MIN_PUPILS_PER_FIGURE)
      problems.push({ field: 'denominator', message: texts.tooFewPupils });
  }
  return problems;
}

/**
 * Writes checked points (upserting by school and period), re-judges the series and records the
 * audit entry, on the caller's transaction. Returns how many were added and how many replaced.
 */
export async function storePoints(
  tx: Executor,
  principal: Principal,
  measure: MeasureRow,
  points: readonly PointInputValue[],
  source: 'entry' | 'import',
) {
  const existing = await tx
    .select({ schoolId: measurePoints.schoolId, period: measurePoints.period })
    .from(measurePoints)
    .where(
      and(
        eq(measurePoints.measureId, measure.id),
        inArray(measurePoints.schoolId, [...new Set(points.map((point) => point.schoolId))]),
      ),
    );
  const known = new Set(existing.map((row) => `${row.schoolId} ${row.period}`));
  const updated = points.filter((point) => known.has(`${point.schoolId} ${point.period}`)).length;
  const actorId = actorOf(principal);
  // In slices, so that a large file stays under the engines' limit on parameters per statement.
  for (let start = 0; start < points.length; start += 1000) {
    await tx
      .insert(measurePoints)
      .values(
        points.slice(start, start + 1000).map((point) => ({
          measureId: measure.id,
          schoolId: point.schoolId,
          period: point.period,
          value: point.value ?? null,
          numerator: point.numerator ?? null,
          denominator: point.denominator ?? null,
          note: point.note ?? '',
          enteredById: actorId,
        })),
      )
      .onConflictDoUpdate({
        target: [measurePoints.measureId, measurePoints.schoolId, measurePoints.period],
        set: {
          value: sql`excluded.value`,
          numerator: sql`excluded.numerator`,
          denominator: sql`excluded.denominator`,
          note: sql`excluded.note`,
          enteredById: sql`excluded.entered_by_id`,
          updatedAt: new Date(),
        },
      });
  }
  await refreshMeasureSeries(tx, measure.id);
  const result = { added: points.length - updated, updated };
  await recordAudit(tx, {
    actorId,
    action: source === 'import' ? 'measure.points_import' : 'measure.points_write',
    entityType: 'measure',
    entityId: measure.id,
    details: result,
  });
  return result;
}

/** Writes points entered by hand: every point checked first, all written or none. */
export async function writePoints(
  db: Database,
  principal: Principal,
  measureId: string,
  points: readonly PointInputValue[],
) {
  return db.transaction(async (tx) => {
    const { measure } = await loadMeasureFor(tx, principal, 'inquiry.edit', measureId);
    const schoolIds = new Set((await teamSchools(tx, measure.inquiryId)).map((school) => school.id));
    const issues: FieldIssue[] = points.flatMap((point, index) =>
      pointProblems(measure, point, schoolIds).map((problem) => ({
        path: `points.${index}.${problem.field}`,
        message: problem.message,
      })),
    );
    if (issues.length > 0) throw validationFailed(issues);
    return storePoints(tx, principal, measure, points, 'entry');
  });
}

/** The measure's points, by school (name) then period; one school's when `schoolId` is given. */
export async function listPoints(db: Database, principal: Principal, measureId: string, schoolId?: string) {
  await loadMeasureFor(db, principal, 'inquiry.view', measureId);
  const rows = await db
    .select({
      id: measurePoints.id,
      schoolId: measurePoints.schoolId,
      schoolName: organisations.name,
      period: measurePoints.period,
      value: measurePoints.value,
      numerator: measurePoints.numerator,
      denominator: measurePoints.denominator,
      note: measurePoints.note,
    })
    .from(measurePoints)
    .innerJoin(organisations, eq(organisations.id, measurePoints.schoolId))
    .where(
      and(
        eq(measurePoints.measureId, measureId),
        schoolId === undefined ? undefined : eq(measurePoints.schoolId, schoolId),
      ),
    )
    .orderBy(asc(organisations.name), asc(measurePoints.schoolId), asc(measurePoints.period));
  return rows.map(({ schoolId: id, schoolName: name, ...point }) => ({ ...point, school: { id, name } }));
}

/** Removes one point and re-judges its series. */
export async function deletePoint(db: Database, principal: Principal, pointId: string) {
  await db.transaction(async (tx) => {
    const [point] = await tx
      .select({ measureId: measurePoints.measureId, period: measurePoints.period })
      .from(measurePoints)
      .where(eq(measurePoints.id, pointId));
    if (!point) throw notFound('Data point');
    await loadMeasureFor(tx, principal, 'inquiry.edit', point.measureId).catch((error: unknown) => {
      throw error instanceof Error && 'code' in error && error.code === 'NOT_FOUND'
        ? notFound('Data point')
        : error;
    });
    await tx.delete(measurePoints).where(eq(measurePoints.id, pointId));
    await refreshMeasureSeries(tx, point.measureId);
    await recordAudit(tx, {
      actorId: actorOf(principal),
      action: 'measure.point_delete',
      entityType: 'measure_point',
      entityId: pointId,
      details: { measureId: point.measureId, period: point.period },
    });
  });
}
