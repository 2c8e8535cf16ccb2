/**
 * Practices: load what a decision needs, ask authz/policy.ts, write in one transaction with an
 * audit entry. Evidence and adoptions are in their own files; this one holds the practice itself
 * and the facts all three share.
 */
import { recordAudit } from '../audit/audit.js';
import {
  canOnNetwork,
  canOnPractice,
  type PracticeAction,
  type PracticeFacts,
  type Principal,
} from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { findNetworkWithRole } from '../networks/networks.queries.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { organisationExists } from '../organisations/organisations.queries.js';
import { personName } from '../people/people.queries.js';
import { ApiError, forbidden, notFound, validationFailed } from '../shared/errors.js';
import { EVIDENCE_LEVELS } from '../shared/vocabulary.js';
import type { Text } from '../shared/text.js';
import {
  deletePracticeRow,
  evidenceBalance,
  findPractice,
  insertPractice,
  isAffiliatedNow,
  listAdoptions,
  listPractices,
  practiceResourcesFor,
  practiceSummaryRow,
  replacePracticeResources,
  updatePracticeRow,
  visibleResourceIds,
  type PracticeRow,
  type PracticeSummaryRow,
} from './practices.queries.js';
import type {
  CreatePracticeInput,
  PracticeListFilters,
  PracticeView,
  UpdatePracticeInput,
} from './practices.schema.js';
import { practiceTexts as texts } from './practices.texts.js';

/** A practice the principal may see, with the facts about its network. */
export interface PracticeInContext {
  practice: PracticeRow;
  network: PracticeFacts['network'];
}

const personOf = (principal: Principal) => (principal.kind === 'person' ? principal.personId : null);

/** Loads a practice the principal may see; one they may not see is not found, so it does not leak. */
export async function loadPractice(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<PracticeInContext> {
  const practice = await findPractice(db, id);
  if (!practice) throw notFound('Practice');
  const found = await findNetworkWithRole(db, practice.networkId, personOf(principal));
  const network = { visibility: found!.network.visibility, role: found!.role };
  if (!canOnNetwork(principal, 'practice.view', network)) throw notFound('Practice');
  return { practice, network };
}

/** May the principal take the action, given the school it concerns? */
export async function mayOnPractice(
  db: Executor,
  principal: Principal,
  action: PracticeAction,
  { practice, network }: PracticeInContext,
  schoolId: string,
) {
  const personId = personOf(principal);
  const facts: PracticeFacts = {
    network,
    isCreator: personId !== null && practice.createdById === personId,
    atSchool: personId !== null && (await isAffiliatedNow(db, personId, schoolId)),
  };
  return canOnPractice(principal, action, facts);
}

/** Refuses unless the principal may take the action (403 with the rule's words). */
export async function requireOnPractice(
  db: Executor,
  principal: Principal,
  action: PracticeAction,
  context: PracticeInContext,
  schoolId: string,
  refusal: Text,
) {
  if (!(await mayOnPractice(db, principal, action, context, schoolId))) throw forbidden(refusal);
}

async function checkSchool(db: Executor, schoolId: string, path = 'schoolId') {
  if (!(await organisationExists(db, schoolId)))
    throw validationFailed([{ path, message: texts.notASchool }]);
}

async function checkResources(db: Executor, principal: Principal, ids: readonly string[]) {
  const visible = await visibleResourceIds(db, principal, ids);
  const missing = ids.findIndex((id) => !visible.has(id));
  if (missing >= 0)
    throw validationFailed([{ path: `resourceIds.${missing}`, message: texts.resourceNotVisible }]);
}

export async function createPractice(db: Database, principal: Principal, input: CreatePracticeInput) {
  if (principal.kind !== 'person') throw forbidden();
  const { network, facts } = await loadVisibleNetwork(db, principal, input.networkId);
  if (!canOnNetwork(principal, 'practice.create', facts)) throw forbidden(texts.mayNotCreate);
  return db.transaction(async (tx) => {
    await checkSchool(tx, input.schoolId);
    const resourceIds = input.resourceIds ?? [];
    await checkResources(tx, principal, resourceIds);
    const practice = await insertPractice(tx, {
      title: input.title,
      claim: input.claim,
      components: input.components ?? [],
      language: input.language,
      schoolId: input.schoolId,
      networkId: network.id,
      createdById: principal.personId,
    });
    await replacePracticeResources(tx, practice.id, resourceIds);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'practice.create',
      entityType: 'practice',
      entityId: practice.id,
      details: { networkId: network.id, schoolId: input.schoolId },
    });
    return practice.id;
  });
}

export async function updatePractice(
  db: Database,
  principal: Principal,
  id: string,
  input: UpdatePracticeInput,
) {
  if (principal.kind !== 'person') throw forbidden();
  return db.transaction(async (tx) => {
    const context = await loadPractice(tx, principal, id);
    await requireOnPractice(
      tx,
      principal,
      'practice.edit',
      context,
      context.practice.schoolId,
      texts.mayNotEdit,
    );
    const { resourceIds, ...fields } = input;
    if (fields.schoolId && fields.schoolId !== context.practice.schoolId) {
      await checkSchool(tx, fields.schoolId);
      const adopters = await listAdoptions(tx, id);
      if (adopters.some((row) => row.adoption.schoolId === fields.schoolId))
        throw new ApiError('CONFLICT', texts.originCannotAdopt, {
          issues: [{ path: 'schoolId', message: texts.originCannotAdopt }],
        });
    }
    if (resourceIds) {
      await checkResources(tx, principal, resourceIds);
      await replacePracticeResources(tx, id, resourceIds);
    }
    await updatePracticeRow(tx, id, fields);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'practice.update',
      entityType: 'practice',
      entityId: id,
      details: { fields: Object.keys(input) },
    });
  });
}

export async function deletePractice(db: Database, principal: Principal, id: string) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    const context = await loadPractice(tx, principal, id);
    await requireOnPractice(
      tx,
      principal,
      'practice.edit',
      context,
      context.practice.schoolId,
      texts.mayNotEdit,
    );
    await deletePracticeRow(tx, id);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'practice.delete',
      entityType: 'practice',
      entityId: id,
      details: { title: context.practice.title, networkId: context.practice.networkId },
    });
  });
}

/** The fields of a practice's summary. */
export function toPracticeSummary(row: PracticeSummaryRow) {
  const { practice } = row;
  return {
    id: practice.id,
    title: practice.title,
    claim: practice.claim,
    language: practice.language,
    school: { id: practice.schoolId, name: row.schoolName },
    network: row.network,
    evidenceCount: row.evidenceCount,
    adoptionCount: row.adoptionCount,
    createdAt: practice.createdAt.toISOString(),
  };
}

/** A page of the practices the principal may see. */
export async function practicesPage(db: Executor, principal: Principal, filters: PracticeListFilters) {
  const networkId = filters.network
    ? (await loadVisibleNetwork(db, principal, filters.network)).network.id
    : undefined;
  return listPractices(db, principal, filters, networkId);
}

/** The practice page: summary, components, the resources the reader may see, the balance of evidence, permissions. */
export async function practiceDetail(db: Executor, principal: Principal, id: string): Promise<PracticeView> {
  const context = await loadPractice(db, principal, id);
  const { practice } = context;
  const [row, resources, cells, author] = await Promise.all([
    practiceSummaryRow(db, id),
    practiceResourcesFor(db, principal, id),
    evidenceBalance(db, id),
    practice.createdById ? personName(db, practice.createdById) : Promise.resolve(undefined),
  ]);
  const balance = EVIDENCE_LEVELS.map((level) => {
    const count = (direction: string) =>
      cells.find((cell) => cell.level === level && cell.direction === direction)?.count ?? 0;
    return { level, supports: count('supports'), contrasts: count('contrasts'), mixed: count('mixed') };
  });
  const may = (action: PracticeAction) => mayOnPractice(db, principal, action, context, practice.schoolId);
  const [edit, addEvidence] = await Promise.all([may('practice.edit'), may('evidence.edit')]);
  // School people record their own school's adoption (the server checks which school on submit).
  const recordAdoption = principal.kind === 'person';
  return {
    ...toPracticeSummary(row!),
    components: practice.components,
    resources,
    createdBy: author ? { id: author.id, displayName: author.displayName } : null,
    balance,
    permissions: { edit, addEvidence, recordAdoption },
    updatedAt: practice.updatedAt.toISOString(),
  };
}
