import { and, asc, desc, eq, gte, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';
import { resourceVisibleTo } from '../resources/resources.queries.js';
import { resourceAuthors, resources } from '../resources/resources.table.js';
import { collectionItems, collections } from './collections.table.js';

export type CollectionRow = typeof collections.$inferSelect;
export type CollectionValues = typeof collections.$inferInsert;

const card = {
  id: resources.id,
  title: resources.title,
  summary: resources.summary,
  type: resources.type,
  language: resources.language,
  licence: resources.licence,
  visibility: resources.visibility,
};

const summaryColumns = (principal: Principal) => ({
  collection: collections,
  network: { id: networks.id, slug: networks.slug, name: networks.name },
  creatorName: people.displayName,
  // Only the items the caller may read are counted: a hidden resource is not even a number.
  itemCount: sql<number>`(select count(*)::int from ${collectionItems} ci
    join ${resources} on ${resources.id} = ci.resource_id
    where ci.collection_id = ${collections.id} and ${resourceVisibleTo(principal)})`,
});

export type CollectionSummaryRow = Awaited<ReturnType<typeof listCollections>>[number];

export async function listCollections(db: Executor, principal: Principal, networkId: string) {
  return db
    .select(summaryColumns(principal))
    .from(collections)
    .innerJoin(networks, eq(networks.id, collections.networkId))
    .leftJoin(people, eq(people.id, collections.createdById))
    .where(eq(collections.networkId, networkId))
    .orderBy(desc(collections.updatedAt), asc(collections.id));
}

export async function findCollection(db: Executor, principal: Principal, id: string) {
  const [row] = await db
    .select(summaryColumns(principal))
    .from(collections)
    .innerJoin(networks, eq(networks.id, collections.networkId))
    .leftJoin(people, eq(people.id, collections.createdById))
    .where(eq(collections.id, id));
  return row;
}

/** The collection's resources the principal may read, in order. */
export async function visibleItems(db: Executor, principal: Principal, collectionId: string) {
  return db
    .select(card)
    .from(collectionItems)
    .innerJoin(resources, eq(resources.id, collectionItems.resourceId))
    .where(and(eq(collectionItems.collectionId, collectionId), resourceVisibleTo(principal)))
    .orderBy(asc(collectionItems.position));
}

/** Which of these resources the principal may read. */
export async function visibleResourceIds(db: Executor, principal: Principal, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: resources.id })
    .from(resources)
    .where(and(inArray(resources.id, [...ids]), resourceVisibleTo(principal)));
  return new Set(rows.map((row) => row.id));
}

/** The collection's items the principal may not read, in order: kept when they reorder the rest. */
export async function hiddenItemIds(db: Executor, principal: Principal, collectionId: string) {
  const rows = await db
    .select({ id: collectionItems.resourceId })
    .from(collectionItems)
    .innerJoin(resources, eq(resources.id, collectionItems.resourceId))
    .where(and(eq(collectionItems.collectionId, collectionId), sql`not ${resourceVisibleTo(principal)}`))
    .orderBy(asc(collectionItems.position));
  return rows.map((row) => row.id);
}

export async function insertCollection(db: Executor, values: CollectionValues) {
  const [row] = await db.insert(collections).values(values).returning();
  return row!;
}

export async function updateCollectionRow(db: Executor, id: string, values: Partial<CollectionValues>) {
  await db
    .update(collections)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(collections.id, id));
}

export async function deleteCollectionRow(db: Executor, id: string) {
  await db.delete(collections).where(eq(collections.id, id));
}

export async function replaceItems(db: Executor, collectionId: string, resourceIds: readonly string[]) {
  await db.delete(collectionItems).where(eq(collectionItems.collectionId, collectionId));
  if (resourceIds.length > 0)
    await db
      .insert(collectionItems)
      .values(resourceIds.map((resourceId, position) => ({ collectionId, resourceId, position })));
}

/**
 * What the network's members shared with it since a moment: resources of the network, out of
 * draft, that the principal may read, newest first (at most `limit`), with the counts of all of them.
 */
export async function bankActivity(
  db: Executor,
  principal: Principal,
  networkId: string,
  since: Date,
  limit: number,
) {
  const where = and(
    eq(resources.networkId, networkId),
    ne(resources.visibility, 'draft'),
    gte(resources.createdAt, since),
    resourceVisibleTo(principal),
  );
  const [counts] = await db
    .select({
      shared: sql<number>`count(*)::int`,
      adapted: sql<number>`(count(*) filter (where ${isNotNull(resources.basedOnId)}))::int`,
      contributors: sql<number>`(select count(distinct ra.person_id)::int from ${resourceAuthors} ra
        where ra.resource_id in (select ${resources.id} from ${resources} where ${where}))`,
    })
    .from(resources)
    .where(where);
  const items = await db
    .select({ ...card, createdAt: resources.createdAt, basedOnId: resources.basedOnId })
    .from(resources)
    .where(where)
    .orderBy(desc(resources.createdAt), asc(resources.id))
    .limit(limit);
  return { counts: counts!, items };
}

/** Titles of the resources among these that the principal may read. */
export async function visibleTitles(db: Executor, principal: Principal, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: resources.id, title: resources.title })
    .from(resources)
    .where(and(inArray(resources.id, [...ids]), resourceVisibleTo(principal)));
  return new Map(rows.map((row) => [row.id, row.title]));
}
