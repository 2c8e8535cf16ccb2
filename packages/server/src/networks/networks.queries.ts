import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Principal } from '../authz/policy.js';
import { queryRows, type Executor } from '../db/database.js';
import { qualified } from '../db/columns.js';
import { nameOrder } from '../db/search.js';
import { memberships } from '../memberships/memberships.table.js';
import { affiliations } from '../people/people.table.js';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../shared/vocabulary.js';
import type { NetworkListFilters } from './networks.schema.js';
import { networkParents, networks } from './networks.table.js';

export type NetworkRow = typeof networks.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A network by id or slug. */
export async function findNetwork(db: Executor, key: string): Promise<NetworkRow | undefined> {
  const [row] = await db
    .select()
    .from(networks)
    .where(UUID.test(key) ? eq(networks.id, key) : eq(networks.slug, key));
  return row;
}

/**
 * Networks whose name is this one, ignoring case, accents and spacing ("Red de lectura
 * compartida" is "Red de Lectura Compartida"), so that a second one is not made by mistake.
 */
export async function networksNamed(db: Executor, name: string) {
  const normalised = (value: SQL | AnyPgColumn) =>
    sql`regexp_replace(trellis_unaccent(lower(${value})), '[[:space:]]+', ' ', 'g')`;
  return db
    .select({ id: networks.id, slug: networks.slug, name: networks.name })
    .from(networks)
    .where(sql`${normalised(networks.name)} = ${normalised(sql`${name.trim()}`)}`)
    .limit(5);
}

/** Current (not ended) memberships only. */
export const isCurrent = () => isNull(memberships.endDate);

/**
 * Current affiliations: open-ended, or ending today or later. An affiliation that ended does not
 * let its person into their former organisation's networks.
 */
export const isCurrentAffiliation = () =>
  or(isNull(affiliations.endDate), sql`${affiliations.endDate} >= current_date`);

/**
 * A network and every network below it (its member networks, theirs, …): a network of networks
 * reaches the people of its member networks. `union` (not `union all`) stops at a cycle.
 */
export const networkWithDescendants = (networkId: SQL | string) => sql`
  with recursive scope(id) as (
    select ${networkId}::uuid
    union
    select p.child_id from network_parents p join scope on p.parent_id = scope.id)
  select id from scope`;

/**
 * The networks a person takes part in: their own memberships (observers only watch) and their
 * organisations'. Starting from the person reads a handful of rows by index, where starting from
 * the network's descendants would read every membership of the region.
 */
const networksReachedBy = (personId: string) => sql`
  select m.network_id from ${memberships} m
    where m.person_id = ${personId} and m.role <> 'observer' and m.end_date is null
  union all
  select m.network_id from ${affiliations} a join ${memberships} m on m.organisation_id = a.organisation_id
    where a.person_id = ${personId} and (a.end_date is null or a.end_date >= current_date) and m.end_date is null`;

/**
 * Every network in which the person has a role, as `findNetworkWithRole` decides it: their own
 * current memberships (observers too), their organisations' memberships, and every network above
 * one they take part in (a network of networks reaches its members' people). The list twin of a
 * non-null role, for queries that filter many rows by "is the caller in this row's network".
 */
export const networksWithRoleFor = (personId: string) => sql`
  with recursive taking_part(id) as (
    select network_id from (${networksReachedBy(personId)}) mine
    union
    select p.parent_id from ${networkParents} p join taking_part on p.child_id = taking_part.id)
  select id from taking_part
  union
  select m.network_id from ${memberships} m
    where m.person_id = ${personId} and m.role = 'observer' and m.end_date is null`;

/**
 * A network by id or slug, with the person's role in it: their own current membership's role,
 * else `member` when an organisation they currently belong to is a current member, else `member`
 * when they take part (observers aside) in a network below it — the people a network of
 * networks' survey reaches — else null. One query, because every network request needs both.
 * COALESCE stops at the first answer, so the walk down the tree runs only for non-members.
 */
export async function findNetworkWithRole(
  db: Executor,
  key: string,
  personId: string | null,
): Promise<{ network: NetworkRow; role: MembershipRole | null } | undefined> {
  const networkId = qualified(networks.id);
  const role = personId
    ? sql<MembershipRole | null>`coalesce(
        (select m.role::text from ${memberships} m
          where m.network_id = ${networkId} and m.person_id = ${personId} and m.end_date is null),
        (select 'member' from ${memberships} m join ${affiliations} a on a.organisation_id = m.organisation_id
          where m.network_id = ${networkId} and a.person_id = ${personId} and m.end_date is null
            and (a.end_date is null or a.end_date >= current_date) limit 1),
        (select 'member' from (${networksReachedBy(personId)}) mine
          where mine.network_id <> ${networkId} and mine.network_id in (${networkWithDescendants(networkId)})
          limit 1))`
    : sql<null>`null`;
  const [row] = await db
    .select({ network: networks, role })
    .from(networks)
    .where(UUID.test(key) ? eq(networks.id, key) : eq(networks.slug, key));
  return row;
}

/**
 * SQL true for networks the principal may see in lists (the list twin of `canOnNetwork(…,'network.view')`).
 * `table` is the networks table or an alias of it, for queries that join networks twice.
 */
export function visibleTo(
  principal: Principal,
  table: { id: AnyPgColumn; visibility: AnyPgColumn } = networks,
): SQL | undefined {
  if (principal.kind === 'person' && principal.isAdmin) return undefined;
  if (principal.kind === 'anonymous') return eq(table.visibility, 'public');
  const directMember = sql`exists (select 1 from ${memberships} m where m.network_id = ${table.id}
    and m.person_id = ${principal.personId} and m.end_date is null)`;
  const memberThroughOrganisation = sql`exists (select 1 from ${memberships} m
    join ${affiliations} a on a.organisation_id = m.organisation_id
    where m.network_id = ${table.id} and a.person_id = ${principal.personId}
      and m.end_date is null and (a.end_date is null or a.end_date >= current_date))`;
  return or(eq(table.visibility, 'public'), directMember, memberThroughOrganisation);
}

/**
 * SQL true for children of `parentId` when the principal may see that parent: listing a hidden
 * network's children would confirm it exists and say what it is made of.
 */
function childOfVisibleParent(db: Executor, principal: Principal, parentId: string): SQL {
  const parent = alias(networks, 'parent');
  return inArray(
    networks.id,
    db
      .select({ id: networkParents.childId })
      .from(networkParents)
      .innerJoin(parent, eq(parent.id, networkParents.parentId))
      .where(and(eq(networkParents.parentId, parentId), visibleTo(principal, parent))),
  );
}

const memberCountColumns = {
  organisationCount: sql<number>`(select count(*)::int from ${memberships} m
    where m.network_id = ${qualified(networks.id)} and m.organisation_id is not null and m.end_date is null)`,
  peopleCount: sql<number>`(select count(*)::int from ${memberships} m
    where m.network_id = ${qualified(networks.id)} and m.person_id is not null and m.end_date is null)`,
};

/** One page of the network directory, by name or best match first when searching, with member counts. */
export async function listNetworks(db: Executor, principal: Principal, filters: NetworkListFilters) {
  const order = nameOrder(networks.name, networks.id, filters.q);
  const conditions: (SQL | undefined)[] = [
    visibleTo(principal),
    order.filter,
    filters.kind ? eq(networks.kind, filters.kind) : undefined,
    filters.level ? eq(networks.level, filters.level) : undefined,
    filters.region ? eq(networks.region, filters.region) : undefined,
    filters.status ? eq(networks.status, filters.status) : undefined,
    filters.parent ? childOfVisibleParent(db, principal, filters.parent) : undefined,
  ];
  if (filters.cursor) conditions.push(order.after(filters.cursor));
  const rows = await db
    .select({ network: networks, ...memberCountColumns, rank: order.rank })
    .from(networks)
    .where(and(...conditions))
    .orderBy(...order.orderBy)
    .limit(filters.limit + 1);
  return {
    rows,
    keyOf: ({ network, rank }: (typeof rows)[number]) =>
      order.keyOf({ rank, name: network.name, id: network.id }),
  };
}

/** The regions of the networks `principal` may see, by name, with how many networks each. */
export async function regionsOfVisibleNetworks(db: Executor, principal: Principal) {
  return db
    .select({ name: sql<string>`${networks.region}`, networkCount: sql<number>`count(*)::int` })
    .from(networks)
    .where(and(visibleTo(principal), sql`${networks.region} is not null`))
    .groupBy(networks.region)
    .orderBy(networks.region);
}

type NetworkRef = { id: string; slug: string; name: string };

/**
 * A network page's parents, children and current member counts per role. Parents and children
 * follow the view rule like any list: a members-only network is not named to those who may not see it.
 */
export async function networkPageFacts(db: Executor, principal: Principal, networkId: string) {
  const [relatives, counts] = await Promise.all([
    visibleRelatives(db, principal, networkId),
    memberCountsByRole(db, networkId),
  ]);
  const byRole = Object.fromEntries(MEMBERSHIP_ROLES.map((role) => [role, 0])) as Record<
    MembershipRole,
    number
  >;
  let organisations = 0;
  let people = 0;
  for (const count of counts) {
    byRole[count.role] = count.organisations + count.people;
    organisations += count.organisations;
    people += count.people;
  }
  return { ...relatives, memberCounts: { organisations, people, byRole } };
}

/** The network's parents and children that the principal may see, each by name. */
async function visibleRelatives(db: Executor, principal: Principal, networkId: string) {
  const rows = await db
    .select({ id: networks.id, slug: networks.slug, name: networks.name, childId: networkParents.childId })
    .from(networkParents)
    .innerJoin(
      networks,
      or(
        and(eq(networkParents.childId, networkId), eq(networks.id, networkParents.parentId)),
        and(eq(networkParents.parentId, networkId), eq(networks.id, networkParents.childId)),
      ),
    )
    .where(visibleTo(principal))
    .orderBy(networks.name, networks.id);
  const parents: NetworkRef[] = [];
  const children: NetworkRef[] = [];
  for (const { childId, ...ref } of rows) (childId === networkId ? parents : children).push(ref);
  return { parents, children };
}

function memberCountsByRole(db: Executor, networkId: string) {
  return db
    .select({
      role: memberships.role,
      organisations: sql<number>`count(${memberships.organisationId})::int`,
      people: sql<number>`count(${memberships.personId})::int`,
    })
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), isCurrent()))
    .groupBy(memberships.role);
}

export async function insertNetwork(db: Executor, values: typeof networks.$inferInsert): Promise<NetworkRow> {
  const [row] = await db.insert(networks).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateNetworkRow(
  db: Executor,
  id: string,
  values: Partial<typeof networks.$inferInsert>,
) {
  const [row] = await db
    .update(networks)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(networks.id, id))
    .returning();
  return row;
}

/** Replaces a network's parents. */
export async function replaceParents(db: Executor, childId: string, parentIds: readonly string[]) {
  await db.delete(networkParents).where(eq(networkParents.childId, childId));
  if (parentIds.length > 0) {
    await db.insert(networkParents).values(parentIds.map((parentId) => ({ childId, parentId })));
  }
}

/** The ids of a network's direct parents. */
export async function parentIdsOf(db: Executor, childId: string): Promise<string[]> {
  const rows = await db
    .select({ id: networkParents.parentId })
    .from(networkParents)
    .where(eq(networkParents.childId, childId));
  return rows.map((row) => row.id);
}

/** Every network above this one (its parents, their parents, …), to refuse cycles. */
export async function ancestorIds(db: Executor, networkIds: readonly string[]): Promise<Set<string>> {
  if (networkIds.length === 0) return new Set();
  const ids = sql.join(
    networkIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    with recursive up(id) as (
      select unnest(array[${ids}])
      union
      select p.parent_id from ${networkParents} p join up on p.child_id = up.id
    )
    select id from up`,
  );
  return new Set(rows.map((row) => row.id));
}

/** Which of these ids exist as networks. */
export async function existingNetworkIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: networks.id })
    .from(networks)
    .where(inArray(networks.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

/** An organisation's or a person's current memberships, in the networks the principal may see. */
export async function currentNetworksOf(
  db: Executor,
  principal: Principal,
  member: { organisationId: string } | { personId: string },
) {
  const memberCondition =
    'organisationId' in member
      ? eq(memberships.organisationId, member.organisationId)
      : eq(memberships.personId, member.personId);
  return db
    .select({
      membershipId: memberships.id,
      network: { id: networks.id, slug: networks.slug, name: networks.name },
      role: memberships.role,
      startDate: memberships.startDate,
    })
    .from(memberships)
    .innerJoin(networks, eq(networks.id, memberships.networkId))
    .where(and(memberCondition, isCurrent(), visibleTo(principal)))
    .orderBy(asc(networks.name));
}
