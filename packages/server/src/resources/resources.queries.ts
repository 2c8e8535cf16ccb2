import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Principal, ResourceFacts } from '../authz/policy.js';
import { qualified } from '../db/columns.js';
import type { Executor } from '../db/database.js';
import { findNetworkWithRole, networksWithRoleFor } from '../networks/networks.queries.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { affiliations, people } from '../people/people.table.js';
import { resourceAuthors, resources, resourceVersions } from './resources.table.js';

export type ResourceRow = typeof resources.$inferSelect;

/**
 * SQL true for the resources the principal may read: the list twin of
 * `canOnResource(…, 'resource.read', …)` in authz/policy.ts. Public ones; `network` ones for the
 * people with a role in their network (platform admins too); drafts for their authors only.
 */
export function resourceVisibleTo(principal: Principal): SQL {
  if (principal.kind === 'anonymous') return sql`${resources.visibility} = 'public'`;
  const { personId } = principal;
  const author = sql`exists (select 1 from ${resourceAuthors} ra
    where ra.resource_id = ${qualified(resources.id)} and ra.person_id = ${personId})`;
  const inNetwork = principal.isAdmin
    ? sql`${resources.networkId} is not null`
    : sql`${resources.networkId} in (${networksWithRoleFor(personId)})`;
  return sql`(${resources.visibility} = 'public'
    or (${resources.visibility} = 'network' and ${inNetwork})
    or ${author})`;
}

/** Is the person one of the resource's credited authors? */
async function isAuthorOf(db: Executor, resourceId: string, personId: string) {
  const [row] = await db
    .select({ personId: resourceAuthors.personId })
    .from(resourceAuthors)
    .where(and(eq(resourceAuthors.resourceId, resourceId), eq(resourceAuthors.personId, personId)))
    .limit(1);
  return row !== undefined;
}

/**
 * A resource and what `canOnResource` needs to decide about it for the principal; undefined when
 * there is no such resource. Callers answer 404 both for a missing resource and for one the
 * principal may not read, so that a draft's existence is not confirmed.
 */
export async function findResourceWithFacts(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<{ resource: ResourceRow; facts: ResourceFacts } | undefined> {
  const [resource] = await db.select().from(resources).where(eq(resources.id, id));
  if (!resource) return undefined;
  const personId = principal.kind === 'person' ? principal.personId : null;
  // One after the other: `db` may be a transaction, whose one connection takes one query at a time.
  const isAuthor = personId ? await isAuthorOf(db, id, personId) : false;
  const network = resource.networkId
    ? await findNetworkWithRole(db, resource.networkId, personId)
    : undefined;
  return {
    resource,
    facts: {
      visibility: resource.visibility,
      isAuthor,
      network: network ? { visibility: network.network.visibility, role: network.role } : null,
    },
  };
}

// ——— Writing a resource and its versions ———

export type ResourceValues = typeof resources.$inferInsert;

export async function insertResource(db: Executor, values: ResourceValues): Promise<ResourceRow> {
  const [row] = await db.insert(resources).values(values).returning();
  return row!;
}

/**
 * Saves the fields and moves to the next version in one statement, so that two editors saving
 * at once get consecutive versions (the second waits for the first's row lock).
 */
export async function updateResourceRow(db: Executor, id: string, values: Partial<ResourceValues>) {
  const [row] = await db
    .update(resources)
    .set({ ...values, version: sql`${resources.version} + 1`, updatedAt: new Date() })
    .where(eq(resources.id, id))
    .returning();
  return row!;
}

export async function deleteResourceRow(db: Executor, id: string) {
  await db.delete(resources).where(eq(resources.id, id));
}

export async function replaceAuthors(db: Executor, resourceId: string, personIds: readonly string[]) {
  await db.delete(resourceAuthors).where(eq(resourceAuthors.resourceId, resourceId));
  if (personIds.length === 0) return;
  await db
    .insert(resourceAuthors)
    .values(personIds.map((personId, position) => ({ resourceId, personId, position })));
}

/** A version's content as stored: the resource's fields, with ids for what it points at. */
export interface StoredContent {
  title: string;
  summary: string;
  body: string;
  language: ResourceRow['language'];
  type: ResourceRow['type'];
  stages: ResourceRow['stages'];
  subjects: string[];
  tags: string[];
  licence: ResourceRow['licence'];
  visibility: ResourceRow['visibility'];
  networkId: string | null;
  organisationId: string | null;
  authorIds: string[];
}

export function contentOf(row: ResourceRow, authorIds: readonly string[]): StoredContent {
  return {
    title: row.title,
    summary: row.summary,
    body: row.body,
    language: row.language,
    type: row.type,
    stages: row.stages,
    subjects: row.subjects,
    tags: row.tags,
    licence: row.licence,
    visibility: row.visibility,
    networkId: row.networkId,
    organisationId: row.organisationId,
    authorIds: [...authorIds],
  };
}

export async function insertVersion(
  db: Executor,
  values: { resourceId: string; version: number; content: StoredContent; note: string; editedById: string },
) {
  await db.insert(resourceVersions).values(values);
}

export async function versionsOf(db: Executor, resourceId: string) {
  return db
    .select({
      version: resourceVersions.version,
      note: resourceVersions.note,
      content: resourceVersions.content,
      editedAt: resourceVersions.editedAt,
      editorId: people.id,
      editorName: people.displayName,
    })
    .from(resourceVersions)
    .leftJoin(people, eq(people.id, resourceVersions.editedById))
    .where(eq(resourceVersions.resourceId, resourceId))
    .orderBy(asc(resourceVersions.version));
}

export async function findVersion(db: Executor, resourceId: string, version: number) {
  const [row] = await db
    .select({
      version: resourceVersions.version,
      note: resourceVersions.note,
      content: resourceVersions.content,
      editedAt: resourceVersions.editedAt,
      editorId: people.id,
      editorName: people.displayName,
    })
    .from(resourceVersions)
    .leftJoin(people, eq(people.id, resourceVersions.editedById))
    .where(and(eq(resourceVersions.resourceId, resourceId), eq(resourceVersions.version, version)));
  return row;
}

// ——— What a resource page shows beside the resource ———

/** The author ids of a resource, in their order. */
export async function authorIdsOf(db: Executor, resourceId: string) {
  const rows = await db
    .select({ personId: resourceAuthors.personId })
    .from(resourceAuthors)
    .where(eq(resourceAuthors.resourceId, resourceId))
    .orderBy(asc(resourceAuthors.position));
  return rows.map((row) => row.personId);
}

/**
 * The people named, in the order given (missing ones left out), each with the organisation they
 * work at today (the earliest current affiliation), the credit a resource gives its authors.
 */
export async function peopleWithOrganisation(db: Executor, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  const organisation = sql<string | null>`(select o.name from ${affiliations} a
    join ${organisations} o on o.id = a.organisation_id
    where a.person_id = ${qualified(people.id)}
      and (a.start_date is null or a.start_date <= current_date)
      and (a.end_date is null or a.end_date >= current_date)
    order by a.start_date asc nulls first, o.name asc limit 1)`;
  const rows = await db
    .select({ id: people.id, name: people.displayName, organisation })
    .from(people)
    .where(inArray(people.id, [...personIds]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return personIds.flatMap((id) => byId.get(id) ?? []);
}

/** Of these people, those that exist and are not erased. */
export async function existingPeople(db: Executor, personIds: readonly string[]) {
  if (personIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, [...personIds]), isNull(people.erasedAt)));
  return new Set(rows.map((row) => row.id));
}

export async function organisationRef(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, municipality: organisations.municipality })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

export async function networkRef(db: Executor, id: string) {
  const [row] = await db
    .select({ id: networks.id, slug: networks.slug, name: networks.name })
    .from(networks)
    .where(eq(networks.id, id));
  return row;
}

/** The adaptations of a resource that the principal may read, newest first. */
export async function visibleAdaptations(db: Executor, principal: Principal, resourceId: string) {
  return db
    .select()
    .from(resources)
    .where(and(eq(resources.basedOnId, resourceId), resourceVisibleTo(principal)))
    .orderBy(desc(resources.createdAt), desc(resources.id))
    .limit(500);
}

export async function countVisibleAdaptations(db: Executor, principal: Principal, resourceId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(resources)
    .where(and(eq(resources.basedOnId, resourceId), resourceVisibleTo(principal)));
  return row?.count ?? 0;
}

/** The author names of each resource, in their order. */
export async function authorNamesOf(db: Executor, resourceIds: readonly string[]) {
  const names = new Map<string, string[]>();
  if (resourceIds.length === 0) return names;
  const rows = await db
    .select({ resourceId: resourceAuthors.resourceId, name: people.displayName })
    .from(resourceAuthors)
    .innerJoin(people, eq(people.id, resourceAuthors.personId))
    .where(inArray(resourceAuthors.resourceId, [...resourceIds]))
    .orderBy(asc(resourceAuthors.position));
  for (const row of rows) names.set(row.resourceId, [...(names.get(row.resourceId) ?? []), row.name]);
  return names;
}
