import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Principal } from '../authz/policy.js';
import { queryRows, type Executor } from '../db/database.js';
import { qualified } from '../db/columns.js';
import { nameMatches } from '../db/search.js';
import { decodeCursor } from '../http/pagination.js';
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
 * The person's role in the network: their own current membership's role, else `member` when an
 * organisation they are currently affiliated with is a current member, else null.
 */
export async function roleInNetwork(db: Executor, networkId: string, personId: string): Promise<MembershipRole | null> {
  const [direct] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), eq(memberships.personId, personId), isCurrent()));
  if (direct) return direct.role;
  const [viaOrganisation] = await db
    .select({ one: sql`1` })
    .from(memberships)
    .innerJoin(affiliations, eq(affiliations.organisationId, memberships.organisationId))
    .where(and(eq(memberships.networkId, networkId), eq(affiliations.personId, personId), isCurrent(), isCurrentAffiliation()))
    .limit(1);
  return viaOrganisation ? 'member' : null;
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

/** One page of the network directory, ordered by name, with member counts. */
export async function listNetworks(db: Executor, principal: Principal, filters: NetworkListFilters) {
  const conditions: (SQL | undefined)[] = [
    visibleTo(principal),
    filters.q ? nameMatches(networks.name, filters.q) : undefined,
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
  if (filters.cursor) {
    const [name, id] = decodeCursor(filters.cursor, 2);
    conditions.push(sql`(${networks.name}, ${networks.id}) > (${String(name)}, ${String(id)}::uuid)`);
  }
  return db
    .select({ network: networks, ...memberCountColumns })
    .from(networks)
    .where(and(...conditions))
    .orderBy(asc(networks.name), asc(networks.id))
    .limit(filters.limit + 1);
}

/** Parents and children of a network, for its page. */
export async function relatedNetworks(db: Executor, networkId: string) {
  const ref = { id: networks.id, slug: networks.slug, name: networks.name };
  const [parents, children] = await Promise.all([
    db
      .select(ref)
      .from(networkParents)
      .innerJoin(networks, eq(networks.id, networkParents.parentId))
      .where(eq(networkParents.childId, networkId))
      .orderBy(asc(networks.name)),
    db
      .select(ref)
      .from(networkParents)
      .innerJoin(networks, eq(networks.id, networkParents.childId))
      .where(eq(networkParents.parentId, networkId))
      .orderBy(asc(networks.name)),
  ]);
  return { parents, children };
}

/** Current memberships per role and per member type. */
export async function countMembers(db: Executor, networkId: string) {
  const rows = await db
    .select({
      role: memberships.role,
      organisations: sql<number>`count(${memberships.organisationId})::int`,
      people: sql<number>`count(${memberships.personId})::int`,
    })
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), isCurrent()))
    .groupBy(memberships.role);
  const byRole = Object.fromEntries(MEMBERSHIP_ROLES.map((role) => [role, 0])) as Record<MembershipRole, number>;
  let organisations = 0;
  let people = 0;
  for (const row of rows) {
    byRole[row.role] = row.organisations + row.people;
    organisations += row.organisations;
    people += row.people;
  }
  return { organisations, people, byRole };
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
