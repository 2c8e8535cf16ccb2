/**
 * Resources of the knowledge bank: load what a decision needs, ask authz/policy.ts, write the
 * resource, its authors and its version in one transaction with an audit entry.
 */
import { recordAudit } from '../audit/audit.js';
import { canOnNetwork, canOnResource, type Principal, type ResourceFacts } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { findNetworkWithRole } from '../networks/networks.queries.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { forbidden, notFound, unauthenticated, validationFailed } from '../shared/errors.js';
import type { Locale } from '../shared/locale.js';
import { licenceInfo, requireAdaptable } from './licences.js';
import { renderMarkdown } from './markdown.js';
import { resourceJsonLd, resourceUrl } from './resources.jsonld.js';
import {
  authorIdsOf,
  authorNamesOf,
  contentOf,
  countVisibleAdaptations,
  deleteResourceRow,
  existingPeople,
  findResourceWithFacts,
  findVersion,
  insertResource,
  insertVersion,
  networkRef,
  organisationRef,
  peopleWithOrganisation,
  replaceAuthors,
  updateResourceRow,
  versionsOf,
  visibleAdaptations,
  type ResourceRow,
  type StoredContent,
} from './resources.queries.js';
import {
  VERSIONED_FIELDS,
  type ResourceInputValue,
  type ResourcePatchValue,
  type ResourceView,
} from './resources.schema.js';
import { organisationExists } from '../organisations/organisations.queries.js';
import { resourceTexts as texts } from './resources.texts.js';
import { attachmentIdsOf, attachmentsOf } from './attachments.queries.js';
import { attachmentView } from './attachment-view.js';

type Person = Extract<Principal, { kind: 'person' }>;

/** A resource the principal may read, with the facts the policy decided on. */
export interface ResourceInContext {
  resource: ResourceRow;
  facts: ResourceFacts;
}

/**
 * Loads a resource the principal may read. Missing and unreadable answer alike (404), so that a
 * draft's existence is never confirmed; except that an anonymous visitor asking for one shared
 * with a public network is asked to sign in, as for anything else in a network they can see.
 */
export async function loadReadable(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<ResourceInContext> {
  const found = await findResourceWithFacts(db, principal, id);
  if (!found) throw notFound('Resource');
  if (canOnResource(principal, 'resource.read', found.facts)) return found;
  const { facts } = found;
  if (
    principal.kind === 'anonymous' &&
    facts.visibility === 'network' &&
    facts.network?.visibility === 'public'
  )
    throw unauthenticated();
  throw notFound('Resource');
}

/** Loads a resource the principal may edit: 404 when they may not read it, 403 when only read. */
export async function loadEditable(db: Executor, principal: Person, id: string, refusal = texts.mayNotEdit) {
  const context = await loadReadable(db, principal, id);
  if (!canOnResource(principal, 'resource.edit', context.facts)) throw forbidden(refusal);
  return context;
}

/** What the target network lets the principal do, refusing unless they may share with it. */
async function requireShare(db: Executor, principal: Person, networkId: string) {
  const { facts } = await loadVisibleNetwork(db, principal, networkId);
  if (!canOnNetwork(principal, 'resource.share', facts)) throw forbidden(texts.mayNotShare);
  return facts;
}

/** The fields every write checks: a network for `network`, real people and organisation, the caller credited. */
async function checkContent(
  db: Executor,
  principal: Person,
  fields: {
    visibility: string;
    networkId: string | null;
    organisationId: string | null;
    authorIds: string[];
  },
) {
  if (fields.visibility === 'network' && fields.networkId === null)
    throw validationFailed([{ path: 'networkId', message: texts.networkNeeded }]);
  if (fields.organisationId && !(await organisationExists(db, fields.organisationId)))
    throw validationFailed([{ path: 'organisationId', message: texts.notAnOrganisation }]);
  const existing = await existingPeople(db, fields.authorIds);
  const missing = fields.authorIds.findIndex((id) => !existing.has(id));
  if (missing >= 0) throw validationFailed([{ path: `authorIds.${missing}`, message: texts.notAPerson }]);
  if (fields.authorIds.includes(principal.personId) || principal.isAdmin) return;
  // Only the network's coordinators (and admins) may credit others without themselves.
  const network = fields.networkId
    ? await findNetworkWithRole(db, fields.networkId, principal.personId)
    : undefined;
  const facts = network ? { visibility: network.network.visibility, role: network.role } : null;
  if (!facts || !canOnNetwork(principal, 'resource.manage', facts))
    throw validationFailed([{ path: 'authorIds', message: texts.stayAnAuthor }]);
}

const personOf = (principal: Principal): Person => {
  if (principal.kind !== 'person') throw unauthenticated();
  return principal;
};

/** Creates a resource (or an adaptation of `basedOn`) with its version 1; returns its id. */
export async function createResource(
  db: Database,
  principal: Principal,
  input: ResourceInputValue,
  basedOnId: string | null = null,
) {
  const person = personOf(principal);
  return db.transaction(async (tx) => {
    const networkId = input.networkId ?? null;
    if (networkId) await requireShare(tx, person, networkId);
    const authorIds = input.authorIds ?? [person.personId];
    const organisationId = input.organisationId ?? null;
    await checkContent(tx, person, { visibility: input.visibility, networkId, organisationId, authorIds });
    const row = await insertResource(tx, {
      title: input.title,
      summary: input.summary ?? '',
      body: input.body ?? '',
      language: input.language,
      type: input.type,
      stages: input.stages,
      subjects: input.subjects ?? [],
      tags: input.tags ?? [],
      licence: input.licence,
      visibility: input.visibility,
      networkId,
      organisationId,
      basedOnId,
      createdById: person.personId,
    });
    await replaceAuthors(tx, row.id, authorIds);
    await insertVersion(tx, {
      resourceId: row.id,
      version: 1,
      content: contentOf(row, authorIds),
      note: input.versionNote ?? '',
      editedById: person.personId,
    });
    await recordAudit(tx, {
      actorId: person.personId,
      action: basedOnId ? 'resource.adapt' : 'resource.create',
      entityType: 'resource',
      entityId: row.id,
      details: { networkId, visibility: row.visibility, licence: row.licence, basedOnId },
    });
    return row.id;
  });
}

/** Adapts a resource the principal may read, if the original's licence allows the proposed one. */
export async function adaptResource(
  db: Database,
  principal: Principal,
  originalId: string,
  input: ResourceInputValue,
) {
  const person = personOf(principal);
  const { resource, facts } = await loadReadable(db, person, originalId);
  if (!canOnResource(person, 'resource.adapt', facts)) throw notFound('Resource');
  requireAdaptable(resource.licence, input.licence);
  return createResource(db, person, input, resource.id);
}

/** Edits a resource: the row moves to the next version, which is written in full with the note. */
export async function updateResource(
  db: Database,
  principal: Principal,
  id: string,
  patch: ResourcePatchValue,
) {
  const person = personOf(principal);
  await db.transaction(async (tx) => {
    const { resource } = await loadEditable(tx, person, id);
    const { versionNote, authorIds: newAuthors, ...fields } = patch;
    const next = { ...resource, ...fields };
    const networkId = next.networkId ?? null;
    const moved = networkId !== resource.networkId || next.visibility !== resource.visibility;
    if (networkId && moved) await requireShare(tx, person, networkId);
    const authorIds = newAuthors ?? (await authorIdsOf(tx, id));
    if (newAuthors || moved || fields.organisationId !== undefined)
      await checkContent(tx, person, {
        visibility: next.visibility,
        networkId,
        organisationId: next.organisationId ?? null,
        authorIds,
      });
    const row = await updateResourceRow(tx, id, fields);
    if (newAuthors) await replaceAuthors(tx, id, newAuthors);
    await insertVersion(tx, {
      resourceId: id,
      version: row.version,
      content: contentOf(row, authorIds),
      note: versionNote ?? '',
      editedById: person.personId,
    });
    await recordAudit(tx, {
      actorId: person.personId,
      action: 'resource.update',
      entityType: 'resource',
      entityId: id,
      details: { fields: Object.keys(patch), version: row.version },
    });
  });
}

/**
 * Deletes a resource with its versions and attachments; answers the attachments' ids, whose
 * bytes the caller removes from the store once this has committed. Its adaptations stay, no longer pointing at it (the
 * reference is set to null): their own authors and licence are unaffected.
 */
export async function deleteResource(db: Database, principal: Principal, id: string): Promise<string[]> {
  const person = personOf(principal);
  return db.transaction(async (tx) => {
    const { resource } = await loadEditable(tx, person, id);
    const attachmentIds = await attachmentIdsOf(tx, id);
    await deleteResourceRow(tx, id);
    await recordAudit(tx, {
      actorId: person.personId,
      action: 'resource.delete',
      entityType: 'resource',
      entityId: id,
      details: { title: resource.title, networkId: resource.networkId },
    });
    return attachmentIds;
  });
}

// ——— Reading ———

/** The network, named only to those who may see it. */
async function visibleNetworkRef(db: Executor, principal: Principal, networkId: string | null) {
  if (!networkId) return null;
  const found = await findNetworkWithRole(
    db,
    networkId,
    principal.kind === 'person' ? principal.personId : null,
  );
  if (!found) return null;
  const facts = { visibility: found.network.visibility, role: found.role };
  if (!canOnNetwork(principal, 'network.view', facts)) return null;
  return (await networkRef(db, networkId)) ?? null;
}

/** Content as a reader sees it: rendered body, the network only if visible, names for ids. */
async function contentView(db: Executor, principal: Principal, content: StoredContent) {
  const [network, organisation, authors] = await Promise.all([
    visibleNetworkRef(db, principal, content.networkId),
    content.organisationId ? organisationRef(db, content.organisationId) : undefined,
    peopleWithOrganisation(db, content.authorIds),
  ]);
  return {
    title: content.title,
    summary: content.summary,
    body: content.body,
    bodyHtml: renderMarkdown(content.body),
    language: content.language,
    type: content.type,
    stages: content.stages,
    subjects: content.subjects,
    tags: content.tags,
    licence: content.licence,
    visibility: content.visibility,
    network,
    organisation: organisation ?? null,
    authors,
  };
}

/** The original an adaptation credits, when the reader may read it. */
async function basedOnView(db: Executor, principal: Principal, basedOnId: string | null) {
  if (!basedOnId) return { basedOn: null, publicOriginal: false };
  const found = await findResourceWithFacts(db, principal, basedOnId);
  if (!found || !canOnResource(principal, 'resource.read', found.facts))
    return { basedOn: null, publicOriginal: false };
  const names = await authorNamesOf(db, [basedOnId]);
  const { resource } = found;
  return {
    basedOn: {
      id: resource.id,
      title: resource.title,
      authors: names.get(basedOnId) ?? [],
      licence: resource.licence,
    },
    publicOriginal: resource.visibility === 'public',
  };
}

function adaptPermission(principal: Principal, context: ResourceInContext, locale: Locale) {
  if (principal.kind === 'anonymous') return { allowed: false, reason: texts.signInToAdapt[locale] };
  if (!licenceInfo(context.resource.licence).adaptable)
    return { allowed: false, reason: texts.noDerivatives[locale] };
  return { allowed: canOnResource(principal, 'resource.adapt', context.facts), reason: null };
}

/** The resource page's data. `origin` is where people reach Trellis, for the JSON-LD's addresses. */
export async function resourceDetail(
  db: Executor,
  principal: Principal,
  id: string,
  options: { locale: Locale; origin: string },
): Promise<ResourceView> {
  const context = await loadReadable(db, principal, id);
  const { resource } = context;
  const authorIds = await authorIdsOf(db, id);
  const [content, original, adaptationsCount, attachments] = await Promise.all([
    contentView(db, principal, contentOf(resource, authorIds)),
    basedOnView(db, principal, resource.basedOnId),
    countVisibleAdaptations(db, principal, id),
    attachmentsOf(db, id),
  ]);
  const edit = canOnResource(principal, 'resource.edit', context.facts);
  const jsonLd =
    resource.visibility === 'public'
      ? resourceJsonLd({
          url: resourceUrl(options.origin, id),
          title: resource.title,
          summary: resource.summary,
          language: resource.language,
          type: resource.type,
          stages: resource.stages,
          licence: resource.licence,
          authors: content.authors.map((author) => author.name),
          updatedAt: resource.updatedAt,
          basedOnUrl:
            original.publicOriginal && resource.basedOnId
              ? resourceUrl(options.origin, resource.basedOnId)
              : null,
        })
      : null;
  return {
    id,
    ...content,
    licenceInfo: licenceInfo(resource.licence),
    basedOn: original.basedOn,
    adaptationsCount,
    attachments: attachments.map(attachmentView),
    version: resource.version,
    createdAt: resource.createdAt.toISOString(),
    updatedAt: resource.updatedAt.toISOString(),
    permissions: { edit, delete: edit, adapt: adaptPermission(principal, context, options.locale) },
    jsonLd,
  };
}

const editedBy = (row: { editorId: string | null; editorName: string | null }) =>
  row.editorId ? { id: row.editorId, name: row.editorName ?? '' } : null;

/** The fields in which two stored contents differ, by their API names. */
export function changedFields(before: StoredContent, after: StoredContent) {
  const stored: Record<(typeof VERSIONED_FIELDS)[number], keyof StoredContent> = {
    title: 'title',
    summary: 'summary',
    body: 'body',
    language: 'language',
    type: 'type',
    stages: 'stages',
    subjects: 'subjects',
    tags: 'tags',
    licence: 'licence',
    visibility: 'visibility',
    network: 'networkId',
    organisation: 'organisationId',
    authors: 'authorIds',
  };
  return VERSIONED_FIELDS.filter(
    (field) => JSON.stringify(before[stored[field]] ?? null) !== JSON.stringify(after[stored[field]] ?? null),
  );
}

/** A resource's history, oldest first, with what each version changed. */
export async function resourceVersions(db: Executor, principal: Principal, id: string) {
  await loadReadable(db, principal, id);
  const rows = await versionsOf(db, id);
  return rows.map((row, index) => ({
    version: row.version,
    note: row.note,
    editedBy: editedBy(row),
    editedAt: row.editedAt.toISOString(),
    changed:
      index === 0
        ? []
        : changedFields(rows[index - 1]!.content as StoredContent, row.content as StoredContent),
  }));
}

export async function resourceVersion(db: Executor, principal: Principal, id: string, version: number) {
  await loadReadable(db, principal, id);
  const row = await findVersion(db, id, version);
  if (!row) throw notFound('Resource version');
  return {
    version: row.version,
    note: row.note,
    editedBy: editedBy(row),
    editedAt: row.editedAt.toISOString(),
    content: await contentView(db, principal, row.content as StoredContent),
  };
}

/** The adaptations of a resource that the principal may read, newest first. */
export async function resourceAdaptations(db: Executor, principal: Principal, id: string) {
  await loadReadable(db, principal, id);
  const rows = await visibleAdaptations(db, principal, id);
  const names = await authorNamesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    language: row.language,
    type: row.type,
    licence: row.licence,
    authors: names.get(row.id) ?? [],
    createdAt: row.createdAt.toISOString(),
  }));
}
