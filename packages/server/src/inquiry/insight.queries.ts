/**
 * What the "what works here" roll-up and evidence from use read: the inquiries in scope, their
 * change ideas and what those link to in the bank, cycles and the schools they ran in, and the
 * per-series summaries (measure_series). Never the raw points: a summary row per school and
 * measure is what keeps a network of thousands of inquiries quick to roll up.
 *
 * Every query takes the scope as a subquery of inquiry ids (`InquiryScope`), already narrowed to
 * what the caller may see, so the database joins it rather than receiving thousands of ids.
 */
import { and, eq, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Principal } from '../authz/policy.js';
import { queryRows, type Executor } from '../db/database.js';
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

/**
 * A school where a judged series of the scope shows a signal: per idea for the idea's own
 * measures, per inquiry (changeIdeaId null) for its outcome measures that follow no one idea.
 */
export interface SignalAt {
  changeIdeaId: string | null;
  inquiryId: string;
  schoolId: string;
  better: boolean;
  worse: boolean;
}

/**
 * The signals of the scope, folded in the database to one row per idea (or inquiry) and school:
 * the counts need no more, and a network with 40,000 series has a fifth as many of these.
 */
export function signalsIn(db: Executor, scope: InquiryScope): Promise<SignalAt[]> {
  return db
    .select({
      changeIdeaId: measures.changeIdeaId,
      inquiryId: measures.inquiryId,
      schoolId: measureSeries.schoolId,
      better: sql<boolean>`bool_or(${measureSeries.better})`,
      worse: sql<boolean>`bool_or(${measureSeries.worse})`,
    })
    .from(measureSeries)
    .innerJoin(measures, eq(measures.id, measureSeries.measureId))
    .where(
      and(
        inScope(measures.inquiryId, scope),
        sql`${measureSeries.judged} and (${measureSeries.better} or ${measureSeries.worse})`,
        or(isNotNull(measures.changeIdeaId), eq(measures.kind, 'outcome')),
      ),
    )
    .groupBy(measures.changeIdeaId, measures.inquiryId, measureSeries.schoolId);
}

/** How many measures each inquiry of the scope has. */
export function measureCountsIn(db: Executor, scope: InquiryScope) {
  return db
    .select({ inquiryId: measures.inquiryId, measures: sql<number>`count(*)::int` })
    .from(measures)
    .where(inScope(measures.inquiryId, scope))
    .groupBy(measures.inquiryId);
}

/** What a group of the roll-up gathers: its ideas (their own measures) and its inquiries (their outcome measures). */
export interface SeriesOwners {
  ideaIds: Iterable<string>;
  inquiryIds: Iterable<string>;
}

export interface ShownSeries {
  /** The index of its group in the list asked for. */
  group: number;
  measureId: string;
  measureName: string;
  kind: MeasureKind;
  inquiryId: string;
  schoolId: string;
  schoolName: string;
  judged: boolean;
  better: boolean;
  worse: boolean;
  recent: [string, number][];
}

/**
 * The series each group shows first, at most `perGroup` of them: those with a signal, then the
 * judged ones, then the longest. Ranked in the database, so that only what is drawn leaves it.
 * The groups' ideas and inquiries travel as one JSON parameter (any number, on both engines).
 */
export async function topSeriesOf(
  db: Executor,
  groups: readonly SeriesOwners[],
  perGroup: number,
): Promise<ShownSeries[]> {
  const owners = groups.flatMap((group, g) => [
    ...[...group.ideaIds].map((idea) => ({ g, idea, inquiry: null })),
    ...[...group.inquiryIds].map((inquiry) => ({ g, idea: null, inquiry })),
  ]);
  if (owners.length === 0 || perGroup <= 0) return [];
  return queryRows<ShownSeries>(
    db,
    sql`with owners as (
        select * from jsonb_to_recordset(${JSON.stringify(owners)}::jsonb) as o(g int, idea uuid, inquiry uuid)
      ), candidates as (
        select o.g, m.id, m.name, m.kind, m.inquiry_id from owners o
          join ${measures} m on m.change_idea_id = o.idea
        union all
        select o.g, m.id, m.name, m.kind, m.inquiry_id from owners o
          join ${measures} m on m.inquiry_id = o.inquiry and m.change_idea_id is null and m.kind = 'outcome'
      ), ranked as (
        select c.*, s.school_id, s.judged, s.better, s.worse,
          row_number() over (partition by c.g order by (s.judged and (s.better or s.worse)) desc,
            s.judged desc, s.points desc, c.id, s.school_id) as rank
        from candidates c join ${measureSeries} s on s.measure_id = c.id
      )
      select r.g as "group", r.id as "measureId", r.name as "measureName", r.kind, r.inquiry_id as "inquiryId",
        r.school_id as "schoolId", o.name as "schoolName", r.judged, r.better, r.worse, s.recent
      from ranked r
        join ${measureSeries} s on s.measure_id = r.id and s.school_id = r.school_id
        join ${organisations} o on o.id = r.school_id
      where r.rank <= ${perGroup}
      order by r.g, r.rank`,
  );
}

/** The ideas, in any inquiry, linked to this practice or resource. */
export const ideasLinkedTo = (kind: 'practice' | 'resource', id: string): SQL =>
  kind === 'practice'
    ? sql`select ${changeIdeaPractices.changeIdeaId} from ${changeIdeaPractices} where ${changeIdeaPractices.practiceId} = ${id}`
    : sql`select ${changeIdeaResources.changeIdeaId} from ${changeIdeaResources} where ${changeIdeaResources.resourceId} = ${id}`;
