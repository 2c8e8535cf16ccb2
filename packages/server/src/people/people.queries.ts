import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { qualified } from '../db/columns.js';
import { nameOrder } from '../db/search.js';
import { memberships } from '../memberships/memberships.table.js';
import { organisations } from '../organisations/organisations.table.js';
import type { MembershipRole } from '../shared/vocabulary.js';
import type { PeopleListFilters, UpdatePersonInput } from './people.schema.js';
import { affiliations, people } from './people.table.js';

export type PersonRow = typeof people.$inferSelect;

export async function findPerson(db: Executor, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

export async function personExists(db: Executor, id: string): Promise<boolean> {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.id, id));
  return row !== undefined;
}

/** Which of these ids are people's (the others name no one). */
export async function existingPersonIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: people.id }).from(people).where(inArray(people.id, ids));
  return new Set(rows.map((p) => p.id));
}

/** The display names of these people (ids that name no one are left out). */
export async function displayNamesOf(db: Executor, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: people.id, name: people.displayName }).from(people).where(inArray(people.id, ids));
}

/** A person's current organisations as a JSON array of {id, name}, for select lists over `people`. */
/**
 * The same, with each organisation's municipality: two schools called "CEIP San José" are told
 * apart by their town in lists and type-aheads.
 */
export const currentOrganisationsWithPlace = sql<
  { id: string; name: string; municipality: string | null }[]
>`coalesce((
  select json_agg(json_build_object('id', o.id, 'name', o.name, 'municipality', o.municipality) order by o.name)
  from affiliations a join organisations o on o.id = a.organisation_id
  where a.person_id = ${qualified(people.id)} and (a.end_date is null or a.end_date >= current_date)
), '[]'::json)`;

export const currentOrganisationsOfPerson = sql<{ id: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
  from affiliations a join organisations o on o.id = a.organisation_id
  where a.person_id = ${qualified(people.id)} and (a.end_date is null or a.end_date >= current_date)
), '[]'::json)`;

/**
 * One page of people by name, or best match first when searching, each with their current
 * organisations (the type-ahead behind "add a member").
 */
export async function listPeople(db: Executor, filters: PeopleListFilters) {
  const order = nameOrder(people.displayName, people.id, filters.q);
  const conditions: (SQL | undefined)[] = [
    // Tombstones (erased people's stand-ins) are nobody to search for.
    isNull(people.erasedAt),
    order.filter,
    filters.kind ? sql`${filters.kind} = any(${people.kinds})` : undefined,
    filters.organisation
      ? sql`exists (select 1 from ${affiliations} a where a.person_id = ${qualified(people.id)} and a.organisation_id = ${filters.organisation}
          and (a.end_date is null or a.end_date >= current_date))`
      : undefined,
  ];
  if (filters.cursor) conditions.push(order.after(filters.cursor));
  const rows = await db
    .select({
      id: people.id,
      displayName: people.displayName,
      kinds: people.kinds,
      organisations: currentOrganisationsWithPlace,
      rank: order.rank,
    })
    .from(people)
    .where(and(...conditions))
    .orderBy(...order.orderBy)
    .limit(filters.limit + 1);
  return { rows, keyOf: (row: (typeof rows)[number]) => order.keyOf({ ...row, name: row.displayName }) };
}

export async function affiliationsOf(db: Executor, personId: string) {
  return db
    .select({
      id: affiliations.id,
      organisation: { id: organisations.id, name: organisations.name },
      role: affiliations.role,
      startDate: affiliations.startDate,
      endDate: affiliations.endDate,
    })
    .from(affiliations)
    .innerJoin(organisations, eq(organisations.id, affiliations.organisationId))
    .where(eq(affiliations.personId, personId))
    .orderBy(asc(organisations.name));
}

/** The viewer's roles in the networks where the subject is a current member (for contact visibility). */
export async function viewerRolesInSubjectNetworks(
  db: Executor,
  viewerId: string,
  subjectId: string,
): Promise<MembershipRole[]> {
  const rows = await queryRows<{ role: MembershipRole }>(
    db,
    sql`
    select distinct viewer.role from ${memberships} viewer
    join ${memberships} subject on subject.network_id = viewer.network_id
    where viewer.person_id = ${viewerId} and subject.person_id = ${subjectId}
      and viewer.end_date is null and subject.end_date is null`,
  );
  return rows.map((row) => row.role);
}

/** Writes a person's own editable fields (expertise and needs). */
export async function updatePersonFields(db: Executor, id: string, fields: UpdatePersonInput) {
  await db
    .update(people)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(people.id, id));
}

/** A person's id and display name (an author or creator to show), or undefined. */
export async function personName(db: Executor, personId: string) {
  const [row] = await db
    .select({ id: people.id, displayName: people.displayName })
    .from(people)
    .where(eq(people.id, personId));
  return row;
}
