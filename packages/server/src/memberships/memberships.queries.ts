import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { MEMBERSHIP_ROLES } from '../shared/vocabulary.js';
import type { Executor } from '../db/database.js';
import { qualified } from '../db/columns.js';
import { nameMatches } from '../db/search.js';
import { decodeCursor } from '../shared/pagination.js';
import { isCurrent, networkWithDescendants } from '../networks/networks.queries.js';
import { organisations } from '../organisations/organisations.table.js';
import { currentOrganisationsWithPlace } from '../people/people.queries.js';
import { people } from '../people/people.table.js';
import type { MembershipListFilters } from './memberships.schema.js';
import { memberships } from './memberships.table.js';

export type MembershipRow = typeof memberships.$inferSelect;

const memberName = sql<string>`coalesce(${organisations.name}, ${people.displayName})`;

/** Memberships joined with what the list shows of each member; callers add conditions and order. */
function selectMembershipViews(db: Executor) {
  return db
    .select({
      membership: memberships,
      name: memberName,
      organisationKind: organisations.kind,
      municipality: organisations.municipality,
      personKinds: people.kinds,
      personOrganisations: sql<
        { id: string; name: string; municipality: string | null }[] | null
      >`case when ${qualified(people.id)} is null then null else ${currentOrganisationsWithPlace} end`,
    })
    .from(memberships)
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(people, eq(people.id, memberships.personId))
    .$dynamic();
}

/** One page of a network's memberships, ordered by role (coordinators first), then name. */
export async function listMemberships(
  db: Executor,
  networkId: string,
  filters: MembershipListFilters & { peopleVisible: boolean },
) {
  const conditions: (SQL | undefined)[] = [
    eq(memberships.networkId, networkId),
    filters.includeEnded === 'true' ? undefined : isCurrent(),
    filters.role ? eq(memberships.role, filters.role) : undefined,
    filters.type === 'organisation' || !filters.peopleVisible
      ? sql`${memberships.organisationId} is not null`
      : undefined,
    filters.type === 'person' ? sql`${memberships.personId} is not null` : undefined,
    filters.q
      ? sql`(${nameMatches(organisations.name, filters.q)} or ${nameMatches(people.displayName, filters.q)})`
      : undefined,
    filters.organisation
      ? sql`(${qualified(memberships.organisationId)} = ${filters.organisation} or exists (
          select 1 from affiliations a where a.person_id = ${qualified(memberships.personId)}
            and a.organisation_id = ${filters.organisation}
            and (a.end_date is null or a.end_date >= current_date)))`
      : undefined,
    filters.organisationKind
      ? sql`(${qualified(organisations.kind)} = ${filters.organisationKind} or exists (
          select 1 from affiliations a join organisations ao on ao.id = a.organisation_id
            where a.person_id = ${qualified(memberships.personId)} and ao.kind = ${filters.organisationKind}
            and (a.end_date is null or a.end_date >= current_date)))`
      : undefined,
  ];
  if (filters.cursor) {
    const [role, name, id] = decodeCursor(filters.cursor, [MEMBERSHIP_ROLES, 'text', 'uuid']);
    conditions.push(
      sql`(${memberships.role}, ${memberName}, ${memberships.id}) > (${role}::membership_role, ${name}, ${id}::uuid)`,
    );
  }
  return selectMembershipViews(db)
    .where(and(...conditions))
    .orderBy(asc(memberships.role), asc(memberName), asc(memberships.id))
    .limit(filters.limit + 1);
}

export type MembershipListRow = Awaited<ReturnType<typeof listMemberships>>[number];

export async function findMembership(db: Executor, networkId: string, membershipId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.networkId, networkId)));
  return row;
}

/** The current membership of this organisation or person in the network, if any. */
export async function findCurrentMembership(
  db: Executor,
  networkId: string,
  member: { organisationId?: string | undefined; personId?: string | undefined },
) {
  const memberCondition = member.organisationId
    ? eq(memberships.organisationId, member.organisationId)
    : eq(memberships.personId, member.personId ?? '');
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), memberCondition, isCurrent()));
  return row;
}

export async function insertMembership(db: Executor, values: typeof memberships.$inferInsert) {
  const [row] = await db.insert(memberships).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateMembershipRow(
  db: Executor,
  id: string,
  values: Partial<typeof memberships.$inferInsert>,
) {
  const [row] = await db
    .update(memberships)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(memberships.id, id))
    .returning();
  return row;
}

/** Number of current coordinators, so the last one cannot be removed by accident. */
export async function countCoordinators(db: Executor, networkId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), eq(memberships.role, 'coordinator'), isCurrent()));
  return row?.count ?? 0;
}

/** One membership in the list shape, for write responses. */
export async function loadMembershipView(db: Executor, networkId: string, membershipId: string) {
  const rows = await selectMembershipViews(db).where(
    and(eq(memberships.networkId, networkId), eq(memberships.id, membershipId)),
  );
  return rows[0];
}

/**
 * Who may answer a network's survey, and who is on its map: the current person members (observers
 * aside) and the current staff of member organisations, of the network and of every network below it.
 */
export const eligibleRespondents = (networkId: string) => sql`
  select m.person_id from network_memberships m
    where m.network_id in (${networkWithDescendants(networkId)})
      and m.person_id is not null and m.end_date is null and m.role <> 'observer'
  union
  select a.person_id from network_memberships m join affiliations a on a.organisation_id = m.organisation_id
    where m.network_id in (${networkWithDescendants(networkId)})
      and m.end_date is null and (a.end_date is null or a.end_date >= current_date)`;
