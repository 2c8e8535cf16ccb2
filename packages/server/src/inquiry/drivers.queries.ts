import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Principal } from '../authz/policy.js';
import { qualified } from '../db/columns.js';
import type { Executor } from '../db/database.js';
import { visibleTo } from '../networks/networks.queries.js';
import { networks } from '../networks/networks.table.js';
import { practices } from '../practices/practices.table.js';
import { resourceVisibleTo } from '../resources/resources.queries.js';
import { resources } from '../resources/resources.table.js';
import type { DriverLevel } from '../shared/vocabulary.js';
import {
  changeIdeaDrivers,
  changeIdeaPractices,
  changeIdeaResources,
  changeIdeas,
  drivers,
  pdsaCycles,
} from './cycles.table.js';

export type DriverRow = typeof drivers.$inferSelect;
export type ChangeIdeaRow = typeof changeIdeas.$inferSelect;

export function driversOf(db: Executor, inquiryId: string) {
  return db.select().from(drivers).where(eq(drivers.inquiryId, inquiryId)).orderBy(asc(drivers.position));
}

export function changeIdeasOf(db: Executor, inquiryId: string) {
  return db
    .select({
      idea: changeIdeas,
      cycleCount: sql<number>`(select count(*)::int from ${pdsaCycles} c where c.change_idea_id = ${qualified(changeIdeas.id)})`,
    })
    .from(changeIdeas)
    .where(eq(changeIdeas.inquiryId, inquiryId))
    .orderBy(asc(changeIdeas.position));
}

export function driverLinksOf(db: Executor, ideaIds: readonly string[]) {
  if (ideaIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(changeIdeaDrivers)
    .where(inArray(changeIdeaDrivers.changeIdeaId, [...ideaIds]));
}

/** The ideas' linked resources that the principal may see. */
export function resourceLinksOf(db: Executor, principal: Principal, ideaIds: readonly string[]) {
  if (ideaIds.length === 0) return Promise.resolve([]);
  return db
    .select({ ideaId: changeIdeaResources.changeIdeaId, id: resources.id, title: resources.title })
    .from(changeIdeaResources)
    .innerJoin(resources, eq(resources.id, changeIdeaResources.resourceId))
    .where(and(inArray(changeIdeaResources.changeIdeaId, [...ideaIds]), resourceVisibleTo(principal)))
    .orderBy(asc(resources.title));
}

/** The ideas' linked practices that the principal may see (a practice is seen where its network is). */
export function practiceLinksOf(db: Executor, principal: Principal, ideaIds: readonly string[]) {
  if (ideaIds.length === 0) return Promise.resolve([]);
  return db
    .select({ ideaId: changeIdeaPractices.changeIdeaId, id: practices.id, title: practices.title })
    .from(changeIdeaPractices)
    .innerJoin(practices, eq(practices.id, changeIdeaPractices.practiceId))
    .innerJoin(networks, eq(networks.id, practices.networkId))
    .where(and(inArray(changeIdeaPractices.changeIdeaId, [...ideaIds]), visibleTo(principal)))
    .orderBy(asc(practices.title));
}

/**
 * The ideas' links to resources and practices the principal may not see. The editor never showed
 * them, so saving the diagram must keep them rather than read their absence as a removal.
 */
export async function linksHiddenFrom(db: Executor, principal: Principal, ideaIds: readonly string[]) {
  if (ideaIds.length === 0) return { resources: [], practices: [] };
  const [hiddenResources, hiddenPractices] = await Promise.all([
    db
      .select({ ideaId: changeIdeaResources.changeIdeaId, id: changeIdeaResources.resourceId })
      .from(changeIdeaResources)
      .innerJoin(resources, eq(resources.id, changeIdeaResources.resourceId))
      .where(
        and(
          inArray(changeIdeaResources.changeIdeaId, [...ideaIds]),
          sql`not coalesce((${resourceVisibleTo(principal)}), false)`,
        ),
      ),
    db
      .select({ ideaId: changeIdeaPractices.changeIdeaId, id: changeIdeaPractices.practiceId })
      .from(changeIdeaPractices)
      .innerJoin(practices, eq(practices.id, changeIdeaPractices.practiceId))
      .innerJoin(networks, eq(networks.id, practices.networkId))
      .where(
        and(
          inArray(changeIdeaPractices.changeIdeaId, [...ideaIds]),
          sql`not coalesce((${visibleTo(principal) ?? sql`true`}), false)`,
        ),
      ),
  ]);
  return { resources: hiddenResources, practices: hiddenPractices };
}

/** Of these resource ids, those the principal may see. */
export async function visibleResources(db: Executor, principal: Principal, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: resources.id })
    .from(resources)
    .where(and(inArray(resources.id, [...ids]), resourceVisibleTo(principal)));
  return new Set(rows.map((row) => row.id));
}

/** Of these practice ids, those the principal may see. */
export async function visiblePractices(db: Executor, principal: Principal, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: practices.id })
    .from(practices)
    .innerJoin(networks, eq(networks.id, practices.networkId))
    .where(and(inArray(practices.id, [...ids]), visibleTo(principal)));
  return new Set(rows.map((row) => row.id));
}

export interface DriverWrite {
  id: string;
  level: DriverLevel;
  parentId: string | null;
  text: string;
  position: number;
}

/** Writes the outline's drivers: updates those kept, inserts the new, deletes the rest. */
export async function writeDrivers(
  db: Executor,
  inquiryId: string,
  keep: readonly DriverWrite[],
  create: readonly DriverWrite[],
  remove: readonly string[],
) {
  if (remove.length > 0) await db.delete(drivers).where(inArray(drivers.id, [...remove]));
  // Primaries before secondaries, so that a new secondary's parent exists.
  const byLevel = (list: readonly DriverWrite[]) =>
    [...list].sort((a, b) => (a.level === b.level ? 0 : a.level === 'primary' ? -1 : 1));
  for (const driver of byLevel(create)) await db.insert(drivers).values({ inquiryId, ...driver });
  for (const { id, ...values } of byLevel(keep))
    await db.update(drivers).set(values).where(eq(drivers.id, id));
}

export interface IdeaWrite {
  id: string;
  text: string;
  position: number;
  driverIds: readonly string[];
  resourceIds: readonly string[];
  practiceIds: readonly string[];
}

/** Writes the outline's change ideas and replaces their links. */
export async function writeIdeas(
  db: Executor,
  inquiryId: string,
  ideas: readonly IdeaWrite[],
  existing: ReadonlySet<string>,
  remove: readonly string[],
) {
  if (remove.length > 0) await db.delete(changeIdeas).where(inArray(changeIdeas.id, [...remove]));
  for (const { id, text, position } of ideas) {
    if (existing.has(id)) await db.update(changeIdeas).set({ text, position }).where(eq(changeIdeas.id, id));
    else await db.insert(changeIdeas).values({ id, inquiryId, text, position });
  }
  const ids = ideas.map((idea) => idea.id);
  if (ids.length === 0) return;
  await db.delete(changeIdeaDrivers).where(inArray(changeIdeaDrivers.changeIdeaId, ids));
  await db.delete(changeIdeaResources).where(inArray(changeIdeaResources.changeIdeaId, ids));
  await db.delete(changeIdeaPractices).where(inArray(changeIdeaPractices.changeIdeaId, ids));
  const links = <T>(make: (idea: IdeaWrite) => T[]) => ideas.flatMap(make);
  const driverRows = links((idea) => idea.driverIds.map((driverId) => ({ changeIdeaId: idea.id, driverId })));
  const resourceRows = links((idea) =>
    idea.resourceIds.map((resourceId) => ({ changeIdeaId: idea.id, resourceId })),
  );
  const practiceRows = links((idea) =>
    idea.practiceIds.map((practiceId) => ({ changeIdeaId: idea.id, practiceId })),
  );
  if (driverRows.length > 0) await db.insert(changeIdeaDrivers).values(driverRows);
  if (resourceRows.length > 0) await db.insert(changeIdeaResources).values(resourceRows);
  if (practiceRows.length > 0) await db.insert(changeIdeaPractices).values(practiceRows);
}
