import type { Principal } from '../authz/policy.js';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { nameOrder } from '../db/search.js';
import { memberships } from '../memberships/memberships.table.js';
import { isCurrent, isCurrentAffiliation, visibleTo } from '../networks/networks.queries.js';
import { networks } from '../networks/networks.table.js';
import { affiliations, people } from '../people/people.table.js';
import type { OrganisationListFilters } from './organisations.schema.js';
import { organisations } from './organisations.table.js';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function findOrganisation(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function organisationExists(db: Executor, id: string): Promise<boolean> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  return row !== undefined;
}

/**
 * One page of organisations by name, or best match first when searching. Filtering by a network
 * the principal may not see matches nothing, as if the network did not exist.
 */
export async function listOrganisations(
  db: Executor,
  principal: Principal,
  filters: OrganisationListFilters,
) {
  const order = nameOrder(organisations.name, organisations.id, filters.q);
  const conditions: (SQL | undefined)[] = [
    order.filter,
    filters.kind ? eq(organisations.kind, filters.kind) : undefined,
    filters.region ? eq(organisations.region, filters.region) : undefined,
    filters.municipality ? eq(organisations.municipality, filters.municipality) : undefined,
    filters.network
      ? inArray(
          organisations.id,
          db
            .select({ id: sql`${memberships.organisationId}` })
            .from(memberships)
            .innerJoin(networks, eq(networks.id, memberships.networkId))
            .where(and(eq(memberships.networkId, filters.network), isCurrent(), visibleTo(principal))),
        )
      : undefined,
  ];
  if (filters.cursor) conditions.push(order.after(filters.cursor));
  const rows = await db
    .select({ organisation: organisations, rank: order.rank })
    .from(organisations)
    .where(and(...conditions))
    .orderBy(...order.orderBy)
    .limit(filters.limit + 1);
  return {
    rows,
    keyOf: ({ organisation, rank }: (typeof rows)[number]) =>
      order.keyOf({ rank, name: organisation.name, id: organisation.id }),
  };
}

/** The organisation's current people (first `limit` by name) and how many there are. */
export async function peopleOfOrganisation(db: Executor, organisationId: string, limit: number) {
  const where = and(eq(affiliations.organisationId, organisationId), isCurrentAffiliation());
  const [list, [count]] = await Promise.all([
    db
      .select({ id: people.id, displayName: people.displayName, role: affiliations.role })
      .from(affiliations)
      .innerJoin(people, eq(people.id, affiliations.personId))
      .where(where)
      .orderBy(asc(people.displayName), asc(people.id))
      .limit(limit),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(affiliations)
      .where(where),
  ]);
  return { people: list, count: count?.count ?? 0 };
}

/** The names of these organisations (ids that name none are left out). */
export async function organisationNamesOf(
  db: Executor,
  ids: string[],
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}
