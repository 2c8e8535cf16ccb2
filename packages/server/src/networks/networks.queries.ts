import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
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

/** Current (not ended) memberships only. */
export const isCurrent = () => isNull(memberships.endDate);

/**
 * Current affiliations: open-ended, or ending today or later. An affiliation that ended does not
 * let its person into their former organisation's networks.
 */
export const isCurrentAffiliation = () => or(isNull(affiliations.endDate), sql`${affiliations.endDate} >= current_date`);

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
        (select 'member' from ${memberships} m left join ${affiliations} a on a.organisation_id = m.organisation_id
          where m.network_id in (${networkWithDescendants(networkId)}) and m.network_id <> ${networkId}
            and m.end_date is null
            and ((m.person_id = ${personId} and m.role <> 'observer')
              or (a.person_id = ${personId} and (a.end_date is null or a.end_date >= current_date)))
          limit 1))`
    : sql<null>`null`;
  const [row] = await db
    .select({ network: networks, role })
    .from(networks)
    .where(UUID.test(key) ? eq(networks.id, key) : eq(networks.slug, key));
  return row;
}

/** SQL true for networks the principal may see in lists (the list twin of `canOnNetwork(…,'network.view')`). */
export function visibleTo(principal: Principal): SQL | undefined {
  if (principal.kind === 'person' && principal.isAdmin) return undefined;
  if (principal.kind === 'anonymous') return eq(networks.visibility, 'public');
  const directMember = sql`exists (select 1 from ${memberships} m where m.network_id = ${networks.id}
    and m.person_id = ${principal.personId} and m.end_date is null)`;
  const memberThroughOrganisation = sql`exists (select 1 from ${memberships} m
    join ${affiliations} a on a.organisation_id = m.organisation_id
    where m.network_id = ${networks.id} and a.person_id = ${principal.personId}
      and m.end_date is null and (a.end_date is null or a.end_date >= current_date))`;
  return or(eq(networks.visibility, 'public'), directMember, memberThroughOrganisation);
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
    filters.parent
      ? inArray(
          networks.id,
          db.select({ id: networkParents.childId }).from(networkParents).where(eq(networkParents.parentId, filters.parent)),
        )
      : undefined,
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
    keyOf: ({ network, rank }: (typeof rows)[number]) => order.keyOf({ rank, name: network.name, id: network.id }),
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

/** Parents, children and current member counts per role: everything a network page adds, in one query. */
export async function networkPageFacts(db: Executor, networkId: string) {
  const refs = (join: SQL, where: SQL) => sql`coalesce((
    select json_agg(json_build_object('id', n.id, 'slug', n.slug, 'name', n.name) order by n.name)
    from ${networkParents} p join ${networks} n on ${join} where ${where}), '[]'::json)`;
  const [row] = await queryRows<{
    parents: NetworkRef[];
    children: NetworkRef[];
    counts: { role: MembershipRole; organisations: number; people: number }[];
  }>(
    db,
    sql`select
      ${refs(sql`n.id = p.parent_id`, sql`p.child_id = ${networkId}`)} as parents,
      ${refs(sql`n.id = p.child_id`, sql`p.parent_id = ${networkId}`)} as children,
      coalesce((select json_agg(json_build_object('role', c.role, 'organisations', c.organisations, 'people', c.people))
        from (select role, count(organisation_id)::int as organisations, count(person_id)::int as people
              from ${memberships} where network_id = ${networkId} and end_date is null group by role) c), '[]'::json) as counts`,
  );
  const byRole = Object.fromEntries(MEMBERSHIP_ROLES.map((role) => [role, 0])) as Record<MembershipRole, number>;
  let organisations = 0;
  let people = 0;
  for (const count of row?.counts ?? []) {
    byRole[count.role] = count.organisations + count.people;
    organisations += count.organisations;
    people += count.people;
  }
  return { parents: row?.parents ?? [], children: row?.children ?? [], memberCounts: { organisations, people, byRole } };
}

export async function insertNetwork(db: Executor, values: typeof networks.$inferInsert): Promise<NetworkRow> {
  const [row] = await db.insert(networks).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateNetworkRow(db: Executor, id: string, values: Partial<typeof networks.$inferInsert>) {
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

/** Every network above this one (its parents, their parents, …), to refuse cycles. */
export async function ancestorIds(db: Executor, networkIds: readonly string[]): Promise<Set<string>> {
  if (networkIds.length === 0) return new Set();
  const ids = sql.join(networkIds.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await queryRows<{ id: string }>(db, sql`
    with recursive up(id) as (
      select unnest(array[${ids}])
      union
      select p.parent_id from ${networkParents} p join up on p.child_id = up.id
    )
    select id from up`);
  return new Set(rows.map((row) => row.id));
}

/** Which of these ids exist as networks. */
export async function existingNetworkIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: networks.id }).from(networks).where(inArray(networks.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}
