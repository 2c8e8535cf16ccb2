/**
 * What the "what works here" roll-up and evidence from use read: the inquiries in scope, their
 * change ideas and what those link to in the bank, cycles and the schools they ran in, and the
 * per-series summaries (measure_series). Never the raw points: a summary row per school and
 * measure is what keeps a network of thousands of inquiries quick to roll up.
 *
 * Every query takes the scope as a subquery of inquiry ids (`InquiryScope`), already narrowed to
 * what the caller may see, so the database joins it rather than receiving thousands of ids.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import { visibleTo as networkVisibleTo } from '../networks/networks.queries.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { practices } from '../practices/practices.table.js';
import { resourceVisibleTo } from '../resources/resources.queries.js';
import { resources } from '../resources/resources.table.js';
import type { MeasureKind, OutcomeArea, PdsaDecision } from '../shared/vocabulary.js';
import {
  changeIdeaPractices,
  changeIdeaResources,
  changeIdeas,
  pdsaCycles,
  pdsaCycleSchools,
} from './cycles.table.js';
import { inquiries, inquirySchools } from './inquiries.table.js';
import { inquiryVisibleTo } from './inquiry-access.js';
import { measures, measureSeries } from './measures.table.js';

/** A subquery selecting the ids of the inquiries rolled up. */
export type InquiryScope = SQL;

/** The inquiries of a network that the principal may see. */
export const networkScope = (principal: Principal, networkId: string): InquiryScope =>
  sql`select ${inquiries.id} from ${inquiries} where ${and(eq(inquiries.networkId, networkId), inquiryVisibleTo(principal))}`;

/** The inquiries, in any network, the principal may see that have an idea among `ideaScope`. */
export const ideaOwnersScope = (principal: Principal, ideaScope: SQL): InquiryScope =>
  sql`select ${inquiries.id} from ${inquiries} where ${inquiries.id} in (
    select ${changeIdeas.inquiryId} from ${changeIdeas} where ${changeIdeas.id} in (${ideaScope}))
    and ${inquiryVisibleTo(principal)}`;

const inScope = (column: AnyPgColumn, scope: InquiryScope) => sql`${column} in (${scope})`;

export interface ScopedInquiry {
  id: string;
  title: string;
  outcome: OutcomeArea;
  network: { id: string; name: string };
}

export function inquiriesIn(db: Executor, scope: InquiryScope): Promise<ScopedInquiry[]> {
  return db
    .select({
      id: inquiries.id,
      title: inquiries.title,
      outcome: inquiries.outcome,
      network: { id: networks.id, name: networks.name },
    })
    .from(inquiries)
    .innerJoin(networks, eq(networks.id, inquiries.networkId))
    .where(inScope(inquiries.id, scope));
}

export function ideasIn(db: Executor, scope: InquiryScope) {
  return db
    .select({ id: changeIdeas.id, inquiryId: changeIdeas.inquiryId, text: changeIdeas.text })
    .from(changeIdeas)
    .where(inScope(changeIdeas.inquiryId, scope));
}

export interface IdeaLink {
  ideaId: string;
  kind: 'practice' | 'resource';
  id: string;
  title: string;
}

/** The bank's practices and resources the scope's ideas link to, those the principal may see only. */
export async function ideaLinksIn(
  db: Executor,
  principal: Principal,
  scope: InquiryScope,
): Promise<IdeaLink[]> {
  const ideas = sql`select ${changeIdeas.id} from ${changeIdeas} where ${inScope(changeIdeas.inquiryId, scope)}`;
  // A practice is seen where its network is (canOnNetwork 'practice.view').
  const practiceRows = await db
    .select({ ideaId: changeIdeaPractices.changeIdeaId, id: practices.id, title: practices.title })
    .from(changeIdeaPractices)
    .innerJoin(practices, eq(practices.id, changeIdeaPractices.practiceId))
    .innerJoin(networks, eq(networks.id, practices.networkId))
    .where(and(sql`${changeIdeaPractices.changeIdeaId} in (${ideas})`, networkVisibleTo(principal)));
  const resourceRows = await db
    .select({ ideaId: changeIdeaResources.changeIdeaId, id: resources.id, title: resources.title })
    .from(changeIdeaResources)
    .innerJoin(resources, eq(resources.id, changeIdeaResources.resourceId))
    .where(and(sql`${changeIdeaResources.changeIdeaId} in (${ideas})`, resourceVisibleTo(principal)));
  return [
    ...practiceRows.map((row) => ({ ...row, kind: 'practice' as const })),
    ...resourceRows.map((row) => ({ ...row, kind: 'resource' as const })),
  ];
}

/** How many cycles each idea of the scope ran, by decision (null: not decided yet). */
export function cycleCountsIn(db: Executor, scope: InquiryScope) {
  return db
    .select({
      ideaId: pdsaCycles.changeIdeaId,
      decision: pdsaCycles.decision,
      cycles: sql<number>`count(*)::int`,
    })
    .from(pdsaCycles)
    .where(inScope(pdsaCycles.inquiryId, scope))
    .groupBy(pdsaCycles.changeIdeaId, pdsaCycles.decision) as Promise<
    { ideaId: string; decision: PdsaDecision | null; cycles: number }[]
  >;
}

/** The schools each idea of the scope ran a cycle in. */
export function cycleSchoolsIn(db: Executor, scope: InquiryScope) {
  return db
    .selectDistinct({ ideaId: pdsaCycles.changeIdeaId, schoolId: pdsaCycleSchools.organisationId })
    .from(pdsaCycleSchools)
    .innerJoin(pdsaCycles, eq(pdsaCycles.id, pdsaCycleSchools.cycleId))
    .where(inScope(pdsaCycles.inquiryId, scope));
}

/** The schools of the scope's inquiry teams. */
export function teamSchoolsIn(db: Executor, scope: InquiryScope) {
  return db
    .select({ inquiryId: inquirySchools.inquiryId, schoolId: inquirySchools.organisationId })
    .from(inquirySchools)
    .where(inScope(inquirySchools.inquiryId, scope));
}

export interface SeriesSummary {
  measureId: string;
  inquiryId: string;
  changeIdeaId: string | null;
  kind: MeasureKind;
  schoolId: string;
  points: number;
  better: boolean;
  worse: boolean;
  judged: boolean;
}

/** Every school's series summary of the scope's measures, without their recent points. */
export function seriesIn(db: Executor, scope: InquiryScope): Promise<SeriesSummary[]> {
  return db
    .select({
      measureId: measures.id,
      inquiryId: measures.inquiryId,
      changeIdeaId: measures.changeIdeaId,
      kind: measures.kind,
      schoolId: measureSeries.schoolId,
      points: measureSeries.points,
      better: measureSeries.better,
      worse: measureSeries.worse,
      judged: measureSeries.judged,
    })
    .from(measureSeries)
    .innerJoin(measures, eq(measures.id, measureSeries.measureId))
    .where(inScope(measures.inquiryId, scope));
}

/** How many measures each inquiry of the scope has. */
export function measureCountsIn(db: Executor, scope: InquiryScope) {
  return db
    .select({ inquiryId: measures.inquiryId, measures: sql<number>`count(*)::int` })
    .from(measures)
    .where(inScope(measures.inquiryId, scope))
    .groupBy(measures.inquiryId);
}

/** The recent points and names of the chosen series (measure id, school id pairs). */
export async function seriesDetails(db: Executor, pairs: readonly { measureId: string; schoolId: string }[]) {
  if (pairs.length === 0) return [];
  const measureIds = [...new Set(pairs.map((pair) => pair.measureId))];
  const wanted = new Set(pairs.map((pair) => `${pair.measureId} ${pair.schoolId}`));
  const rows = await db
    .select({
      measureId: measureSeries.measureId,
      schoolId: measureSeries.schoolId,
      recent: measureSeries.recent,
      measureName: measures.name,
      schoolName: organisations.name,
    })
    .from(measureSeries)
    .innerJoin(measures, eq(measures.id, measureSeries.measureId))
    .innerJoin(organisations, eq(organisations.id, measureSeries.schoolId))
    .where(inArray(measureSeries.measureId, measureIds));
  return rows.filter((row) => wanted.has(`${row.measureId} ${row.schoolId}`));
}

/** The ideas, in any inquiry, linked to this practice or resource. */
export const ideasLinkedTo = (kind: 'practice' | 'resource', id: string): SQL =>
  kind === 'practice'
    ? sql`select ${changeIdeaPractices.changeIdeaId} from ${changeIdeaPractices} where ${changeIdeaPractices.practiceId} = ${id}`
    : sql`select ${changeIdeaResources.changeIdeaId} from ${changeIdeaResources} where ${changeIdeaResources.resourceId} = ${id}`;
