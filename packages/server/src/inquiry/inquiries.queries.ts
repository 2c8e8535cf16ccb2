import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Principal } from '../authz/policy.js';
import { qualified, searchable } from '../db/columns.js';
import { queryRows, type Executor } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';
import { decodeCursor } from '../shared/pagination.js';
import type { InquiryPhase, InquiryTeamRole } from '../shared/vocabulary.js';
import { changeIdeas, pdsaCycles } from './cycles.table.js';
import { inquiryVisibleTo, type InquiryRow } from './inquiry-access.js';
import type { InquiryListFilters } from './inquiries.schema.js';
import { inquiries, inquiryPeople, inquiryPhases, inquirySchools } from './inquiries.table.js';
import { measurePoints, measures, measureSeries } from './measures.table.js';

const id = qualified(inquiries.id);

/** What a summary shows beyond the row: network, schools, counts. */
const summaryColumns = {
  inquiry: inquiries,
  network: { id: networks.id, slug: networks.slug, name: networks.name },
  schools: sql<
    { id: string; name: string }[]
  >`coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
    from ${inquirySchools} s join ${organisations} o on o.id = s.organisation_id where s.inquiry_id = ${id}), '[]'::json)`,
  teamSize: sql<number>`(select count(*)::int from ${inquiryPeople} p where p.inquiry_id = ${id})`,
  cycleCount: sql<number>`(select count(*)::int from ${pdsaCycles} c where c.inquiry_id = ${id})`,
  measureCount: sql<number>`(select count(*)::int from ${measures} m where m.inquiry_id = ${id})`,
};
export type InquirySummaryRow = {
  inquiry: InquiryRow;
  network: { id: string; slug: string; name: string };
  schools: { id: string; name: string }[];
  teamSize: number;
  cycleCount: number;
  measureCount: number;
};

/** Words of the title or question, accent- and case-insensitively. */
const matches = (q: string) => {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(${searchable(inquiries.title)} like trellis_unaccent(lower(${pattern}))
    or ${searchable(inquiries.question)} like trellis_unaccent(lower(${pattern})))`;
};

/** A page of the inquiries the principal may see, most recently changed first. */
export async function listInquiries(
  db: Executor,
  principal: Principal,
  filters: InquiryListFilters,
  networkId: string | undefined,
) {
  const personId = principal.kind === 'person' ? principal.personId : null;
  const conditions: (SQL | undefined)[] = [
    inquiryVisibleTo(principal),
    networkId ? eq(inquiries.networkId, networkId) : undefined,
    filters.status ? eq(inquiries.status, filters.status) : undefined,
    filters.outcome ? eq(inquiries.outcome, filters.outcome) : undefined,
    filters.school
      ? sql`exists (select 1 from ${inquirySchools} s where s.inquiry_id = ${id} and s.organisation_id = ${filters.school})`
      : undefined,
    filters.mine === 'true'
      ? personId
        ? sql`exists (select 1 from ${inquiryPeople} p where p.inquiry_id = ${id} and p.person_id = ${personId})`
        : sql`false`
      : undefined,
    filters.q ? matches(filters.q) : undefined,
  ];
  if (filters.cursor) {
    const [updatedAt, lastId] = decodeCursor(filters.cursor, ['text', 'uuid']);
    conditions.push(
      sql`(${inquiries.updatedAt}, ${inquiries.id}) < (${updatedAt}::timestamptz, ${lastId}::uuid)`,
    );
  }
  const rows: InquirySummaryRow[] = await db
    .select(summaryColumns)
    .from(inquiries)
    .innerJoin(networks, eq(networks.id, inquiries.networkId))
    .where(and(...conditions))
    .orderBy(desc(inquiries.updatedAt), desc(inquiries.id))
    .limit(filters.limit + 1);
  return {
    rows,
    keyOf: (row: InquirySummaryRow) => [row.inquiry.updatedAt.toISOString(), row.inquiry.id] as const,
  };
}

export async function inquirySummaryRow(db: Executor, inquiryId: string) {
  const [row] = await db
    .select(summaryColumns)
    .from(inquiries)
    .innerJoin(networks, eq(networks.id, inquiries.networkId))
    .where(eq(inquiries.id, inquiryId));
  return row as InquirySummaryRow | undefined;
}

export function teamOf(db: Executor, inquiryId: string) {
  return db
    .select({ id: people.id, displayName: people.displayName, role: inquiryPeople.role })
    .from(inquiryPeople)
    .innerJoin(people, eq(people.id, inquiryPeople.personId))
    .where(eq(inquiryPeople.inquiryId, inquiryId))
    .orderBy(asc(inquiryPeople.role), asc(people.displayName));
}

export function phasesOf(db: Executor, inquiryId: string) {
  return db
    .select({
      phase: inquiryPhases.phase,
      startedOn: inquiryPhases.startedOn,
      endedOn: inquiryPhases.endedOn,
    })
    .from(inquiryPhases)
    .where(eq(inquiryPhases.inquiryId, inquiryId))
    .orderBy(asc(inquiryPhases.startedOn), asc(inquiryPhases.position));
}

export async function insertInquiry(db: Executor, values: typeof inquiries.$inferInsert) {
  const [row] = await db.insert(inquiries).values(values).returning();
  return row!;
}

export async function updateInquiryRow(
  db: Executor,
  inquiryId: string,
  values: Partial<typeof inquiries.$inferInsert>,
) {
  await db
    .update(inquiries)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(inquiries.id, inquiryId));
}

export async function deleteInquiryRow(db: Executor, inquiryId: string) {
  await db.delete(inquiries).where(eq(inquiries.id, inquiryId));
}

export async function replaceTeam(
  db: Executor,
  inquiryId: string,
  team: readonly { personId: string; role: InquiryTeamRole }[],
  schoolIds: readonly string[],
) {
  await db.delete(inquiryPeople).where(eq(inquiryPeople.inquiryId, inquiryId));
  await db.insert(inquiryPeople).values(team.map((member) => ({ inquiryId, ...member })));
  await db.delete(inquirySchools).where(eq(inquirySchools.inquiryId, inquiryId));
  await db.insert(inquirySchools).values(schoolIds.map((organisationId) => ({ inquiryId, organisationId })));
}

export async function replacePhases(
  db: Executor,
  inquiryId: string,
  phases: readonly { phase: InquiryPhase; startedOn: string; endedOn: string | null }[],
) {
  await db.delete(inquiryPhases).where(eq(inquiryPhases.inquiryId, inquiryId));
  if (phases.length === 0) return;
  await db.insert(inquiryPhases).values(phases.map((phase, position) => ({ inquiryId, position, ...phase })));
}

/** Enters a phase today: the open one ends, the new one starts (or starts again). */
export async function enterPhase(db: Executor, inquiryId: string, phase: InquiryPhase, today: string) {
  await db
    .update(inquiryPhases)
    .set({ endedOn: today })
    .where(and(eq(inquiryPhases.inquiryId, inquiryId), sql`${inquiryPhases.endedOn} is null`));
  const [{ position }] = (await db
    .select({ position: sql<number>`coalesce(max(${inquiryPhases.position}) + 1, 0)::int` })
    .from(inquiryPhases)
    .where(eq(inquiryPhases.inquiryId, inquiryId))) as [{ position: number }];
  await db
    .insert(inquiryPhases)
    .values({ inquiryId, phase, startedOn: today, endedOn: null, position })
    .onConflictDoUpdate({
      target: [inquiryPhases.inquiryId, inquiryPhases.phase],
      set: { startedOn: today, endedOn: null, position },
    });
}

/** Of these organisations, those that are current members of the network. */
export async function memberOrganisations(db: Executor, networkId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: memberships.organisationId })
    .from(memberships)
    .where(
      and(
        eq(memberships.networkId, networkId),
        inArray(memberships.organisationId, [...ids]),
        sql`${memberships.endDate} is null`,
      ),
    );
  return new Set(rows.map((row) => row.id!));
}

/** The facts the progress score is proposed from (progress.ts), in one query. */
export async function progressFactsRow(db: Executor, inquiryId: string) {
  const [row] = await queryRows<{
    measures: number;
    change_ideas: number;
    cycles_started: number;
    cycles_decided: number;
    change_kept: boolean;
    scaled_up: boolean;
    target_measure_has_data: boolean;
    schools_better_any: number;
    schools_better_outcome: number;
    target_met_everywhere: boolean;
  }>(
    db,
    sql`select
      (select count(*)::int from ${measures} m where m.inquiry_id = ${inquiryId}) as measures,
      (select count(*)::int from ${changeIdeas} ci where ci.inquiry_id = ${inquiryId}) as change_ideas,
      (select count(*)::int from ${pdsaCycles} c where c.inquiry_id = ${inquiryId} and c.starts_on <= current_date) as cycles_started,
      (select count(*)::int from ${pdsaCycles} c where c.inquiry_id = ${inquiryId} and c.decision is not null) as cycles_decided,
      exists (select 1 from ${pdsaCycles} c where c.inquiry_id = ${inquiryId} and c.decision in ('adopt', 'adapt', 'scale_up')) as change_kept,
      exists (select 1 from ${pdsaCycles} c where c.inquiry_id = ${inquiryId} and c.decision = 'scale_up') as scaled_up,
      exists (select 1 from ${measures} m join ${measurePoints} p on p.measure_id = m.id
        where m.inquiry_id = ${inquiryId} and m.target is not null) as target_measure_has_data,
      (select count(distinct s.school_id)::int from ${measureSeries} s join ${measures} m on m.id = s.measure_id
        join ${inquirySchools} t on t.inquiry_id = m.inquiry_id and t.organisation_id = s.school_id
        where m.inquiry_id = ${inquiryId} and s.better) as schools_better_any,
      (select count(distinct s.school_id)::int from ${measureSeries} s join ${measures} m on m.id = s.measure_id
        join ${inquirySchools} t on t.inquiry_id = m.inquiry_id and t.organisation_id = s.school_id
        where m.inquiry_id = ${inquiryId} and m.kind = 'outcome' and s.better) as schools_better_outcome,
      ${targetMetEverywhere(inquiryId)} as target_met_everywhere`,
  );
  return row!;
}

/**
 * Every team school's latest point of every outcome measure with a target meets the target, in
 * the measure's direction (and there is at least one such measure).
 */
function targetMetEverywhere(inquiryId: string): SQL {
  return sql`(exists (select 1 from ${measures} m where m.inquiry_id = ${inquiryId} and m.kind = 'outcome' and m.target is not null)
    and not exists (
      select 1 from ${measures} m join ${inquirySchools} t on t.inquiry_id = m.inquiry_id
      left join lateral (
        select coalesce(p.value, p.numerator::float8 / p.denominator) as value from ${measurePoints} p
        where p.measure_id = m.id and p.school_id = t.organisation_id order by p.period desc limit 1) latest on true
      where m.inquiry_id = ${inquiryId} and m.kind = 'outcome' and m.target is not null
        and (latest.value is null or (m.direction = 'up' and latest.value < m.target)
          or (m.direction = 'down' and latest.value > m.target))))`;
}
