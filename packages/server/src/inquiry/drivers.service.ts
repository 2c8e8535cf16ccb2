/**
 * The driver diagram: aim → primary drivers → secondary drivers → change ideas, read as a tree and
 * saved whole as an outline. A node's key that is the id of an existing node of the inquiry keeps
 * that node (and the cycles and links hanging from it); any other key makes a new one.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/audit.js';
import type { Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { ApiError, forbidden, validationFailed, type FieldIssue } from '../shared/errors.js';
import type { DriverDiagramInput, DriverDiagramView } from './cycles.schema.js';
import { cycleTexts as texts } from './cycles.texts.js';
import {
  changeIdeasOf,
  driverLinksOf,
  driversOf,
  practiceLinksOf,
  resourceLinksOf,
  visiblePractices,
  visibleResources,
  writeDrivers,
  writeIdeas,
  type DriverWrite,
  linksHiddenFrom,
  type IdeaWrite,
} from './drivers.queries.js';
import { loadInquiry, loadInquiryFor, mayOnInquiry, type InquiryRow } from './inquiry-access.js';
import { updateInquiryRow } from './inquiries.queries.js';

/** The aim in one line, the diagram's root: what, how much, for whom, by when (else the title). */
export function aimLine(inquiry: InquiryRow): string {
  const parts = [inquiry.aimWhat, inquiry.aimHowMuch, inquiry.aimForWhom, inquiry.aimByWhen ?? '']
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' · ') : inquiry.title;
}

const groupBy = <T extends { ideaId: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.ideaId, [...(map.get(row.ideaId) ?? []), row]);
  return map;
};

export async function driverDiagram(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<DriverDiagramView> {
  const context = await loadInquiry(db, principal, id);
  // One after the other: `db` may be a transaction's single connection.
  const driverRows = await driversOf(db, id);
  const ideaRows = await changeIdeasOf(db, id);
  const ideaIds = ideaRows.map((row) => row.idea.id);
  const driverLinks = await driverLinksOf(db, ideaIds);
  const resourceLinks = groupBy(await resourceLinksOf(db, principal, ideaIds));
  const practiceLinks = groupBy(await practiceLinksOf(db, principal, ideaIds));
  const primaries = driverRows.filter((driver) => driver.level === 'primary');
  return {
    aim: aimLine(context.inquiry),
    primary: primaries.map((primary) => ({
      id: primary.id,
      text: primary.text,
      secondary: driverRows
        .filter((driver) => driver.parentId === primary.id)
        .map((driver) => ({ id: driver.id, text: driver.text })),
    })),
    changeIdeas: ideaRows.map(({ idea, cycleCount }) => ({
      id: idea.id,
      text: idea.text,
      driverIds: driverLinks.filter((link) => link.changeIdeaId === idea.id).map((link) => link.driverId),
      resources: (resourceLinks.get(idea.id) ?? []).map(({ id: resourceId, title }) => ({
        id: resourceId,
        title,
      })),
      practices: (practiceLinks.get(idea.id) ?? []).map(({ id: practiceId, title }) => ({
        id: practiceId,
        title,
      })),
      cycleCount,
    })),
    editable: mayOnInquiry(principal, 'inquiry.edit', context),
  };
}

/** Turns the outline's drivers into rows, giving new ids to new keys; refuses a key used twice. */
function planDrivers(input: DriverDiagramInput, existing: ReadonlySet<string>) {
  const idOfKey = new Map<string, string>();
  const issues: FieldIssue[] = [];
  const claim = (key: string, path: string) => {
    if (idOfKey.has(key)) issues.push({ path, message: texts.keyOnce });
    else idOfKey.set(key, existing.has(key) ? key : randomUUID());
    return idOfKey.get(key)!;
  };
  const rows: DriverWrite[] = [];
  let position = 0;
  input.primary.forEach((primary, i) => {
    const parentId = claim(primary.key, `primary.${i}.key`);
    rows.push({ id: parentId, level: 'primary', parentId: null, text: primary.text, position: position++ });
    primary.secondary.forEach((secondary, j) => {
      const secondaryId = claim(secondary.key, `primary.${i}.secondary.${j}.key`);
      rows.push({
        id: secondaryId,
        level: 'secondary',
        parentId,
        text: secondary.text,
        position: position++,
      });
    });
  });
  return { rows, idOfKey, issues };
}

/** Adds to the kept ideas their links the editor could not see (linksHiddenFrom). */
async function keepHiddenLinks(
  db: Executor,
  principal: Principal,
  ideas: IdeaWrite[],
  existing: ReadonlySet<string>,
) {
  const kept = ideas.filter((idea) => existing.has(idea.id));
  const hidden = await linksHiddenFrom(
    db,
    principal,
    kept.map((idea) => idea.id),
  );
  for (const idea of kept) {
    const resourceIds = hidden.resources.filter((link) => link.ideaId === idea.id).map((link) => link.id);
    const practiceIds = hidden.practices.filter((link) => link.ideaId === idea.id).map((link) => link.id);
    idea.resourceIds = [...new Set([...idea.resourceIds, ...resourceIds])];
    idea.practiceIds = [...new Set([...idea.practiceIds, ...practiceIds])];
  }
}

export async function saveDriverDiagram(
  db: Database,
  principal: Principal,
  id: string,
  input: DriverDiagramInput,
) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    await loadInquiryFor(tx, principal, 'inquiry.edit', id);
    const currentDrivers = await driversOf(tx, id);
    const currentIdeas = await changeIdeasOf(tx, id);
    const driverIds = new Set(currentDrivers.map((driver) => driver.id));
    const ideaIds = new Set(currentIdeas.map((row) => row.idea.id));
    const { rows, idOfKey, issues } = planDrivers(input, driverIds);

    const ideaKeys = new Set<string>();
    const ideas: IdeaWrite[] = input.changeIdeas.map((idea, i) => {
      if (ideaKeys.has(idea.key)) issues.push({ path: `changeIdeas.${i}.key`, message: texts.keyOnce });
      ideaKeys.add(idea.key);
      const linked = idea.driverKeys.map((key, j) => {
        const driverId = idOfKey.get(key);
        if (!driverId)
          issues.push({ path: `changeIdeas.${i}.driverKeys.${j}`, message: texts.unknownDriver });
        return driverId!;
      });
      return {
        id: ideaIds.has(idea.key) ? idea.key : randomUUID(),
        text: idea.text,
        position: i,
        driverIds: linked,
        resourceIds: idea.resourceIds,
        practiceIds: idea.practiceIds,
      };
    });
    const seenResources = await visibleResources(
      tx,
      principal,
      ideas.flatMap((idea) => idea.resourceIds),
    );
    const seenPractices = await visiblePractices(
      tx,
      principal,
      ideas.flatMap((idea) => idea.practiceIds),
    );
    ideas.forEach((idea, i) => {
      idea.resourceIds.forEach((resourceId, j) => {
        if (!seenResources.has(resourceId))
          issues.push({ path: `changeIdeas.${i}.resourceIds.${j}`, message: texts.resourceNotVisible });
      });
      idea.practiceIds.forEach((practiceId, j) => {
        if (!seenPractices.has(practiceId))
          issues.push({ path: `changeIdeas.${i}.practiceIds.${j}`, message: texts.practiceNotVisible });
      });
    });
    if (issues.length > 0) throw validationFailed(issues);
    await keepHiddenLinks(tx, principal, ideas, ideaIds);

    const keptIdeas = new Set(ideas.map((idea) => idea.id));
    const removedIdeas = currentIdeas.filter((row) => !keptIdeas.has(row.idea.id));
    const withCycles = removedIdeas.filter((row) => row.cycleCount > 0);
    if (withCycles.length > 0)
      throw new ApiError('CONFLICT', texts.ideaHasCycles, { ideas: withCycles.map((row) => row.idea.text) });

    const keptDrivers = rows.filter((row) => driverIds.has(row.id));
    const newDrivers = rows.filter((row) => !driverIds.has(row.id));
    const planned = new Set(rows.map((row) => row.id));
    const removedDrivers = currentDrivers
      .filter((driver) => !planned.has(driver.id))
      .map((driver) => driver.id);
    await writeDrivers(tx, id, keptDrivers, newDrivers, removedDrivers);
    await writeIdeas(
      tx,
      id,
      ideas,
      ideaIds,
      removedIdeas.map((row) => row.idea.id),
    );
    await updateInquiryRow(tx, id, {});
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'inquiry.driver_diagram',
      entityType: 'inquiry',
      entityId: id,
      details: { drivers: rows.length, changeIdeas: ideas.length },
    });
  });
}
