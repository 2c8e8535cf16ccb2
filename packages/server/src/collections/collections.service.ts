/**
 * Collections: a network's curated shelves of resources, and the bank's recent activity. Load
 * what a decision needs, ask authz/policy.ts, write in one transaction with an audit entry. What
 * a collection lists is always filtered by each resource's own visibility (resourceVisibleTo):
 * a resource the caller may not read is left out, never named, and never counted.
 */
import { recordAudit } from '../audit/audit.js';
import { canOnNetwork, type NetworkFacts, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { findNetworkWithRole } from '../networks/networks.queries.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { authorNamesOf } from '../resources/resources.queries.js';
import { REGION_TIME_ZONE, todayIn } from '../shared/calendar.js';
import { forbidden, notFound, validationFailed } from '../shared/errors.js';
import {
  bankActivity,
  deleteCollectionRow,
  findCollection,
  hiddenItemIds,
  insertCollection,
  listCollections,
  replaceItems,
  updateCollectionRow,
  visibleItems,
  visibleResourceIds,
  visibleTitles,
  type CollectionSummaryRow,
} from './collections.queries.js';
import type {
  BankActivityView,
  CollectionDetailView,
  CollectionInputValue,
  CollectionPatchValue,
} from './collections.schema.js';
import { collectionTexts as texts } from './collections.texts.js';

const personOf = (principal: Principal) => (principal.kind === 'person' ? principal.personId : null);

function summaryOf({ collection, network, creatorName, itemCount }: CollectionSummaryRow) {
  return {
    id: collection.id,
    title: collection.title,
    titleEs: collection.titleEs,
    description: collection.description,
    descriptionEs: collection.descriptionEs,
    network,
    createdBy:
      collection.createdById && creatorName !== null
        ? { id: collection.createdById, name: creatorName }
        : null,
    createdAt: collection.createdAt.toISOString(),
    updatedAt: collection.updatedAt.toISOString(),
    itemCount,
  };
}

export async function networkCollections(db: Executor, principal: Principal, networkKey: string) {
  const { network, facts } = await loadVisibleNetwork(db, principal, networkKey);
  if (!canOnNetwork(principal, 'collection.view', facts)) throw notFound('Network');
  const rows = await listCollections(db, principal, network.id);
  return {
    items: rows.map(summaryOf),
    permissions: { create: canOnNetwork(principal, 'collection.manage', facts) },
  };
}

/** A collection the principal may see, with the facts about its network; otherwise 404. */
async function loadCollection(db: Executor, principal: Principal, id: string) {
  const row = await findCollection(db, principal, id);
  if (!row) throw notFound('Collection');
  const found = await findNetworkWithRole(db, row.collection.networkId, personOf(principal));
  const facts: NetworkFacts = { visibility: found!.network.visibility, role: found!.role };
  if (!canOnNetwork(principal, 'collection.view', facts)) throw notFound('Collection');
  return { row, facts };
}

export async function collectionDetail(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<CollectionDetailView> {
  const { row, facts } = await loadCollection(db, principal, id);
  const items = await visibleItems(db, principal, id);
  const manage = canOnNetwork(principal, 'collection.manage', facts);
  const { itemCount: _count, ...summary } = summaryOf(row);
  return { ...summary, items, permissions: { update: manage, delete: manage } };
}

/** Refuses any resource the curator may not read, naming its place in the list. */
async function checkResources(db: Executor, principal: Principal, ids: readonly string[]) {
  const visible = await visibleResourceIds(db, principal, ids);
  const missing = ids.findIndex((id) => !visible.has(id));
  if (missing >= 0)
    throw validationFailed([{ path: `resourceIds.${missing}`, message: texts.resourceNotVisible }]);
}

export async function createCollection(
  db: Database,
  principal: Principal,
  networkKey: string,
  input: CollectionInputValue,
): Promise<string> {
  const personId = personOf(principal);
  if (personId === null) throw forbidden();
  const { network, facts } = await loadVisibleNetwork(db, principal, networkKey);
  if (!canOnNetwork(principal, 'collection.manage', facts)) throw forbidden(texts.mayNotManage);
  const resourceIds = input.resourceIds ?? [];
  return db.transaction(async (tx) => {
    await checkResources(tx, principal, resourceIds);
    const collection = await insertCollection(tx, {
      networkId: network.id,
      title: input.title,
      titleEs: input.titleEs ?? null,
      description: input.description ?? '',
      descriptionEs: input.descriptionEs ?? null,
      createdById: personId,
    });
    await replaceItems(tx, collection.id, resourceIds);
    await recordAudit(tx, {
      actorId: personId,
      action: 'collection.create',
      entityType: 'collection',
      entityId: collection.id,
      details: { networkId: network.id, items: resourceIds.length },
    });
    return collection.id;
  });
}

async function loadForManaging(db: Executor, principal: Principal, id: string) {
  const loaded = await loadCollection(db, principal, id);
  if (!canOnNetwork(principal, 'collection.manage', loaded.facts)) throw forbidden(texts.mayNotManage);
  return loaded;
}

export async function updateCollection(
  db: Database,
  principal: Principal,
  id: string,
  patch: CollectionPatchValue,
) {
  await loadForManaging(db, principal, id);
  await db.transaction(async (tx) => {
    await updateCollectionRow(tx, id, patch);
    await recordAudit(tx, {
      actorId: personOf(principal),
      action: 'collection.update',
      entityType: 'collection',
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
  });
}

export async function deleteCollection(db: Database, principal: Principal, id: string) {
  const { row } = await loadForManaging(db, principal, id);
  await db.transaction(async (tx) => {
    await deleteCollectionRow(tx, id);
    await recordAudit(tx, {
      actorId: personOf(principal),
      action: 'collection.delete',
      entityType: 'collection',
      entityId: id,
      details: { networkId: row.collection.networkId },
    });
  });
}

/**
 * Replaces the collection's resources with these, in this order. Items the curator may not read
 * (a draft another curator added before it was unshared, say) are kept, after the others: one
 * curator's view of the shelf never silently removes what they cannot see.
 */
export async function setCollectionItems(
  db: Database,
  principal: Principal,
  id: string,
  resourceIds: readonly string[],
) {
  await loadForManaging(db, principal, id);
  await db.transaction(async (tx) => {
    await checkResources(tx, principal, resourceIds);
    const hidden = await hiddenItemIds(tx, principal, id);
    await replaceItems(tx, id, [...resourceIds, ...hidden]);
    await updateCollectionRow(tx, id, {});
    await recordAudit(tx, {
      actorId: personOf(principal),
      action: 'collection.items',
      entityType: 'collection',
      entityId: id,
      details: { items: resourceIds.length + hidden.length },
    });
  });
}

// ——— Bank activity ———

/**
 * The first day of the current school term, in the region: terms start on 1 September (autumn),
 * 1 January (winter) and 1 April (spring; Easter moves, so the month stands for it). The latest
 * of those on or before today.
 */
export function termStart(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  if (month >= 9) return `${year}-09-01`;
  if (month >= 4) return `${year}-04-01`;
  return `${year}-01-01`;
}

const ACTIVITY_LIMIT = 100;

/** Midnight of an ISO day in the region's time zone, as an instant (independent of the process's zone). */
export function regionMidnight(day: string): Date {
  const utc = Date.parse(`${day}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: REGION_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(utc));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  // The wall-clock time in the region at UTC midnight, read as if it were UTC: the offset.
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return new Date(utc - (wall - utc));
}

export async function networkBankActivity(
  db: Executor,
  principal: Principal,
  networkKey: string,
  since: string | undefined,
  now = new Date(),
): Promise<BankActivityView> {
  const { network } = await loadVisibleNetwork(db, principal, networkKey);
  const today = todayIn(REGION_TIME_ZONE, now);
  const from = since ?? termStart(today);
  if (from > today) throw validationFailed([{ path: 'since', message: texts.sinceInFuture }]);
  const { counts, items } = await bankActivity(
    db,
    principal,
    network.id,
    regionMidnight(from),
    ACTIVITY_LIMIT,
  );
  const [authors, originals] = await Promise.all([
    authorNamesOf(
      db,
      items.map((item) => item.id),
    ),
    visibleTitles(
      db,
      principal,
      items.flatMap((item) => (item.basedOnId ? [item.basedOnId] : [])),
    ),
  ]);
  return {
    since: from,
    counts,
    items: items.map(({ createdAt, basedOnId, ...item }) => ({
      ...item,
      sharedAt: createdAt.toISOString(),
      authors: authors.get(item.id) ?? [],
      basedOn:
        basedOnId && originals.has(basedOnId) ? { id: basedOnId, title: originals.get(basedOnId)! } : null,
    })),
  };
}
