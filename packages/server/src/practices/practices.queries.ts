import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Principal } from '../authz/policy.js';
import { qualified, searchable } from '../db/columns.js';
import { queryRows, type Executor } from '../db/database.js';
import { visibleTo } from '../networks/networks.queries.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { affiliations } from '../people/people.table.js';
import { resourceVisibleTo } from '../resources/resources.queries.js';
import { resources } from '../resources/resources.table.js';
import { validationFailed } from '../shared/errors.js';
import { decodeCursor } from '../shared/pagination.js';
import type { PracticeListFilters } from './practices.schema.js';
import { adoptions, evidenceItems, practiceResources, practices } from './practices.table.js';

export type PracticeRow = typeof practices.$inferSelect;
export type EvidenceRow = typeof evidenceItems.$inferSelect;
export type AdoptionRow = typeof adoptions.$inferSelect;

// ——— Who may see what ———

/** Of these resource ids, those the principal may see. */
export async function visibleResourceIds(db: Executor, principal: Principal, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: resources.id })
    .from(resources)
    .where(and(inArray(resources.id, [...ids]), resourceVisibleTo(principal)));
  return new Set(rows.map((row) => row.id));
}

/** The practice's resources that the principal may see, in the practice's order. */
export function practiceResourcesFor(db: Executor, principal: Principal, practiceId: string) {
  return db
    .select({ id: resources.id, title: resources.title, type: resources.type, language: resources.language })
    .from(practiceResources)
    .innerJoin(resources, eq(resources.id, practiceResources.resourceId))
    .where(and(eq(practiceResources.practiceId, practiceId), resourceVisibleTo(principal)))
    .orderBy(asc(practiceResources.position), asc(resources.title));
}

/** Is the person affiliated with the organisation today? */
export async function isAffiliatedNow(db: Executor, personId: string, organisationId: string) {
  const [row] = await db
    .select({ id: affiliations.id })
    .from(affiliations)
    .where(
      and(
        eq(affiliations.personId, personId),
        eq(affiliations.organisationId, organisationId),
        sql`(${affiliations.startDate} is null or ${affiliations.startDate} <= current_date)`,
        sql`(${affiliations.endDate} is null or ${affiliations.endDate} >= current_date)`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The organisations among these ids that the principal is affiliated with today. */
export async function organisationsOfPerson(
  db: Executor,
  personId: string,
  organisationIds: readonly string[],
) {
  if (organisationIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: affiliations.organisationId })
    .from(affiliations)
    .where(
      and(
        eq(affiliations.personId, personId),
        inArray(affiliations.organisationId, [...organisationIds]),
        sql`(${affiliations.startDate} is null or ${affiliations.startDate} <= current_date)`,
        sql`(${affiliations.endDate} is null or ${affiliations.endDate} >= current_date)`,
      ),
    );
  return new Set(rows.map((row) => row.id));
}

export async function organisationsNamed(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

// ——— Practices ———

export async function findPractice(db: Executor, id: string): Promise<PracticeRow | undefined> {
  const [row] = await db.select().from(practices).where(eq(practices.id, id));
  return row;
}

export async function insertPractice(db: Executor, values: typeof practices.$inferInsert) {
  const [row] = await db.insert(practices).values(values).returning();
  return row!;
}

export async function updatePracticeRow(
  db: Executor,
  id: string,
  values: Partial<typeof practices.$inferInsert>,
) {
  const [row] = await db
    .update(practices)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(practices.id, id))
    .returning();
  return row;
}

export async function deletePracticeRow(db: Executor, id: string) {
  await db.delete(practices).where(eq(practices.id, id));
}

export async function replacePracticeResources(
  db: Executor,
  practiceId: string,
  resourceIds: readonly string[],
) {
  await db.delete(practiceResources).where(eq(practiceResources.practiceId, practiceId));
  if (resourceIds.length === 0) return;
  await db
    .insert(practiceResources)
    .values(resourceIds.map((resourceId, position) => ({ practiceId, resourceId, position })));
}

const school = alias(organisations, 'practice_school');

const summaryColumns = {
  practice: practices,
  schoolName: school.name,
  network: { id: networks.id, slug: networks.slug, name: networks.name },
  evidenceCount: sql<number>`(select count(*)::int from ${evidenceItems} e where e.practice_id = ${qualified(practices.id)})`,
  adoptionCount: sql<number>`(select count(*)::int from ${adoptions} d where d.practice_id = ${qualified(practices.id)})`,
};

/** A practice with its school, network and counts (the fields of a summary). */
export async function practiceSummaryRow(db: Executor, id: string) {
  const [row] = await db
    .select(summaryColumns)
    .from(practices)
    .innerJoin(school, eq(school.id, practices.schoolId))
    .innerJoin(networks, eq(networks.id, practices.networkId))
    .where(eq(practices.id, id));
  return row;
}

export type PracticeSummaryRow = NonNullable<Awaited<ReturnType<typeof practiceSummaryRow>>>;

/** Accent- and case-insensitive match of the title or claim, or a title close in spelling. */
function practiceMatches(query: string): SQL {
  const needle = searchable(sql`${query.replace(/[\\%_]/g, (char) => `\\${char}`)}`);
  return sql`(${searchable(practices.title)} like '%' || ${needle} || '%'
    or ${searchable(practices.claim)} like '%' || ${needle} || '%'
    or ${searchable(practices.title)} % ${searchable(sql`${query}`)})`;
}

/**
 * One page of practices the principal may see (newest first), in one network or all they can
 * see; `school`: those it originated or adopted.
 */
export async function listPractices(
  db: Executor,
  principal: Principal,
  filters: PracticeListFilters,
  networkId: string | undefined,
) {
  const conditions: (SQL | undefined)[] = [
    visibleTo(principal),
    networkId ? eq(practices.networkId, networkId) : undefined,
    filters.school
      ? or(
          eq(practices.schoolId, filters.school),
          sql`exists (select 1 from ${adoptions} d where d.practice_id = ${qualified(practices.id)} and d.school_id = ${filters.school})`,
        )
      : undefined,
    filters.q ? practiceMatches(filters.q) : undefined,
  ];
  if (filters.cursor) {
    const [createdAt, id] = decodeCursor(filters.cursor, ['text', 'uuid']);
    if (Number.isNaN(Date.parse(createdAt)))
      throw validationFailed([{ path: 'cursor', message: 'Not a cursor this list gave out.' }]);
    conditions.push(
      sql`(${practices.createdAt}, ${practices.id}) < (${createdAt}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await db
    .select(summaryColumns)
    .from(practices)
    .innerJoin(school, eq(school.id, practices.schoolId))
    .innerJoin(networks, eq(networks.id, practices.networkId))
    .where(and(...conditions))
    .orderBy(desc(practices.createdAt), desc(practices.id))
    .limit(filters.limit + 1);
  return {
    rows,
    keyOf: (row: PracticeSummaryRow) => [row.practice.createdAt.toISOString(), row.practice.id] as const,
  };
}

// ——— Evidence ———

/** How many evidence items of each level and direction the practice has (only non-zero cells). */
export function evidenceBalance(db: Executor, practiceId: string) {
  return db
    .select({
      level: evidenceItems.level,
      direction: evidenceItems.direction,
      count: sql<number>`count(*)::int`,
    })
    .from(evidenceItems)
    .where(eq(evidenceItems.practiceId, practiceId))
    .groupBy(evidenceItems.level, evidenceItems.direction);
}

/** The practice's evidence, strongest design first, then newest. */
export function listEvidence(db: Executor, practiceId: string) {
  return db
    .select()
    .from(evidenceItems)
    .where(eq(evidenceItems.practiceId, practiceId))
    .orderBy(desc(evidenceItems.level), desc(evidenceItems.createdAt), asc(evidenceItems.id));
}

export async function findEvidence(db: Executor, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await db.select().from(evidenceItems).where(eq(evidenceItems.id, id));
  return row;
}

export async function insertEvidence(db: Executor, values: typeof evidenceItems.$inferInsert) {
  const [row] = await db.insert(evidenceItems).values(values).returning();
  return row!;
}

export async function updateEvidenceRow(
  db: Executor,
  id: string,
  values: Partial<typeof evidenceItems.$inferInsert>,
) {
  const [row] = await db
    .update(evidenceItems)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(evidenceItems.id, id))
    .returning();
  return row!;
}

export async function deleteEvidenceRow(db: Executor, id: string) {
  await db.delete(evidenceItems).where(eq(evidenceItems.id, id));
}

// ——— Adoptions ———

const adopter = alias(organisations, 'adopter');
const source = alias(organisations, 'source');

/** The practice's adoptions with their schools' and network's names, oldest first. */
export function listAdoptions(db: Executor, practiceId: string) {
  return db
    .select({
      adoption: adoptions,
      schoolName: adopter.name,
      fromSchoolName: source.name,
      network: { id: networks.id, slug: networks.slug, name: networks.name },
    })
    .from(adoptions)
    .innerJoin(adopter, eq(adopter.id, adoptions.schoolId))
    .innerJoin(source, eq(source.id, adoptions.fromSchoolId))
    .innerJoin(networks, eq(networks.id, adoptions.networkId))
    .where(eq(adoptions.practiceId, practiceId))
    .orderBy(asc(adoptions.startedOn), asc(adopter.name), asc(adoptions.id));
}

export type AdoptionListRow = Awaited<ReturnType<typeof listAdoptions>>[number];

export async function findAdoption(db: Executor, id: string): Promise<AdoptionRow | undefined> {
  const [row] = await db.select().from(adoptions).where(eq(adoptions.id, id));
  return row;
}

export async function insertAdoption(db: Executor, values: typeof adoptions.$inferInsert) {
  const [row] = await db.insert(adoptions).values(values).returning();
  return row!;
}

export async function updateAdoptionRow(
  db: Executor,
  id: string,
  values: Partial<typeof adoptions.$inferInsert>,
) {
  const [row] = await db
    .update(adoptions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(adoptions.id, id))
    .returning();
  return row!;
}

export async function deleteAdoptionRow(db: Executor, id: string) {
  await db.delete(adoptions).where(eq(adoptions.id, id));
}

/**
 * For each of the practice's adoptions, whether it travelled along a tie that already existed:
 * a survey tie of the adoption's network, in either direction, between someone affiliated with
 * the source school and someone affiliated with the adopting school (each affiliation current on
 * the adoption's start date), recorded before that date. A survey tie is recorded when its wave
 * closes (`closed_at`), falling back to the tie's own time for a wave that kept none.
 */
export async function adoptionsAlongTies(db: Executor, practiceId: string): Promise<Set<string>> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select d.id from ${adoptions} d
      where d.practice_id = ${practiceId} and exists (
        select 1 from ties t
        left join survey_waves w on w.id = t.wave_id
        join ${affiliations} fa on fa.person_id = t.from_person_id
        join ${affiliations} ta on ta.person_id = t.to_person_id
        where t.network_id = d.network_id and t.source = 'survey'
          and coalesce(w.closed_at, t.created_at) < (d.started_on::timestamp at time zone 'UTC')
          and (fa.start_date is null or fa.start_date <= d.started_on)
          and (fa.end_date is null or fa.end_date >= d.started_on)
          and (ta.start_date is null or ta.start_date <= d.started_on)
          and (ta.end_date is null or ta.end_date >= d.started_on)
          and ((fa.organisation_id = d.from_school_id and ta.organisation_id = d.school_id)
            or (fa.organisation_id = d.school_id and ta.organisation_id = d.from_school_id)))`,
  );
  return new Set(rows.map((row) => row.id));
}
