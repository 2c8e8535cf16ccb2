/**
 * Adoptions: a school taking a practice up from the originating school or an earlier adopter.
 * The service keeps them a tree (one per school, from a school that held the practice by then, no
 * cycle), which is what lets the travel view count generations.
 */
import { recordAudit } from '../audit/audit.js';
import { canOnNetwork, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { findNetworkWithRole } from '../networks/networks.queries.js';
import { organisationExists } from '../organisations/organisations.queries.js';
import { ApiError, forbidden, notFound, validationFailed } from '../shared/errors.js';
import {
  deleteAdoptionRow,
  findAdoption,
  insertAdoption,
  listAdoptions,
  organisationsOfPerson,
  updateAdoptionRow,
  type AdoptionListRow,
} from './practices.queries.js';
import type { AdoptionView, CreateAdoptionInput, UpdateAdoptionInput } from './practices.schema.js';
import { loadPractice, requireOnPractice, type PracticeInContext } from './practices.service.js';
import { practiceTexts as texts } from './practices.texts.js';
import { makesCycle } from './travel.js';

function toAdoptionView(row: AdoptionListRow, canEdit: boolean): AdoptionView {
  const { adoption } = row;
  return {
    id: adoption.id,
    practiceId: adoption.practiceId,
    school: { id: adoption.schoolId, name: row.schoolName },
    fromSchool: { id: adoption.fromSchoolId, name: row.fromSchoolName },
    network: row.network,
    startedOn: adoption.startedOn,
    mode: adoption.mode,
    adaptation: adoption.adaptation,
    outcome: adoption.outcome,
    canEdit,
    createdAt: adoption.createdAt.toISOString(),
    updatedAt: adoption.updatedAt.toISOString(),
  };
}

/** The practice's adoptions, oldest first, each saying whether the reader may edit it. */
export async function adoptionsOf(db: Executor, principal: Principal, practiceId: string) {
  const context = await loadPractice(db, principal, practiceId);
  const rows = await listAdoptions(db, practiceId);
  const manages = canOnNetwork(principal, 'adoption.manage', context.network);
  const mySchools =
    principal.kind === 'person' && !manages
      ? await organisationsOfPerson(
          db,
          principal.personId,
          rows.map((row) => row.adoption.schoolId),
        )
      : new Set<string>();
  return rows.map((row) =>
    toAdoptionView(row, principal.kind === 'person' && (manages || mySchools.has(row.adoption.schoolId))),
  );
}

/**
 * Checks that `fromSchoolId` held the practice by `startedOn` (it originated it, or adopted it on
 * or before that date) and that the edge makes no cycle.
 */
function checkSource(
  practice: PracticeInContext['practice'],
  others: readonly AdoptionListRow[],
  edge: { schoolId: string; fromSchoolId: string; startedOn: string },
) {
  const holder =
    edge.fromSchoolId === practice.schoolId ||
    others.some(
      (row) => row.adoption.schoolId === edge.fromSchoolId && row.adoption.startedOn <= edge.startedOn,
    );
  if (!holder || edge.fromSchoolId === edge.schoolId)
    throw validationFailed([{ path: 'fromSchoolId', message: texts.sourceNotHolder }]);
  if (
    makesCycle(
      edge.schoolId,
      edge.fromSchoolId,
      others.map((row) => row.adoption),
    )
  )
    throw validationFailed([{ path: 'fromSchoolId', message: texts.cycle }]);
}

/** The network an adoption is recorded in: the practice's, or another the principal can see. */
async function adoptionNetwork(
  db: Executor,
  principal: Principal,
  context: PracticeInContext,
  networkId?: string,
) {
  if (networkId === undefined || networkId === context.practice.networkId) return context.practice.networkId;
  const found = await findNetworkWithRole(
    db,
    networkId,
    principal.kind === 'person' ? principal.personId : null,
  );
  if (
    !found ||
    !canOnNetwork(principal, 'network.view', { visibility: found.network.visibility, role: found.role })
  )
    throw validationFailed([{ path: 'networkId', message: texts.maySeeNetwork }]);
  return found.network.id;
}

export async function recordAdoption(
  db: Database,
  principal: Principal,
  practiceId: string,
  input: CreateAdoptionInput,
) {
  if (principal.kind !== 'person') throw forbidden();
  return db.transaction(async (tx) => {
    const context = await loadPractice(tx, principal, practiceId);
    if (!(await organisationExists(tx, input.schoolId)))
      throw validationFailed([{ path: 'schoolId', message: texts.notASchool }]);
    await requireOnPractice(
      tx,
      principal,
      'adoption.edit',
      context,
      input.schoolId,
      texts.mayNotEditAdoption,
    );
    if (input.schoolId === context.practice.schoolId)
      throw validationFailed([{ path: 'schoolId', message: texts.originCannotAdopt }]);
    const others = await listAdoptions(tx, practiceId);
    if (others.some((row) => row.adoption.schoolId === input.schoolId))
      throw new ApiError('CONFLICT', texts.adoptedAlready, {
        issues: [{ path: 'schoolId', message: texts.adoptedAlready }],
      });
    const fromSchoolId = input.fromSchoolId ?? context.practice.schoolId;
    checkSource(context.practice, others, {
      schoolId: input.schoolId,
      fromSchoolId,
      startedOn: input.startedOn,
    });
    const networkId = await adoptionNetwork(tx, principal, context, input.networkId);
    const adoption = await insertAdoption(tx, {
      practiceId,
      schoolId: input.schoolId,
      fromSchoolId,
      networkId,
      startedOn: input.startedOn,
      mode: input.mode,
      adaptation: input.adaptation ?? '',
      outcome: input.outcome ?? '',
      createdById: principal.personId,
    });
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'adoption.create',
      entityType: 'adoption',
      entityId: adoption.id,
      details: { practiceId, schoolId: input.schoolId, fromSchoolId, networkId, mode: input.mode },
    });
    const [row] = (await listAdoptions(tx, practiceId)).filter((r) => r.adoption.id === adoption.id);
    return toAdoptionView(row!, true);
  });
}

/** Loads an adoption the principal may edit; 404 when its practice is hidden from them. */
async function loadEditable(db: Executor, principal: Principal, id: string) {
  const adoption = await findAdoption(db, id);
  if (!adoption) throw notFound('Adoption');
  const context = await loadPractice(db, principal, adoption.practiceId).catch(() => {
    throw notFound('Adoption');
  });
  await requireOnPractice(
    db,
    principal,
    'adoption.edit',
    context,
    adoption.schoolId,
    texts.mayNotEditAdoption,
  );
  return { adoption, context };
}

export async function editAdoption(
  db: Database,
  principal: Principal,
  id: string,
  input: UpdateAdoptionInput,
) {
  if (principal.kind !== 'person') throw forbidden();
  return db.transaction(async (tx) => {
    const { adoption, context } = await loadEditable(tx, principal, id);
    const next = { ...adoption, ...input };
    if (next.mode === 'adapted' && next.adaptation.trim() === '')
      throw validationFailed([{ path: 'adaptation', message: texts.adaptationNeeded }]);
    const all = await listAdoptions(tx, adoption.practiceId);
    const others = all.filter((row) => row.adoption.id !== id);
    checkSource(context.practice, others, next);
    // Those who took it from this school must not have started before it did.
    if (
      others.some(
        (row) => row.adoption.fromSchoolId === adoption.schoolId && row.adoption.startedOn < next.startedOn,
      )
    )
      throw validationFailed([{ path: 'startedOn', message: texts.laterAdoptersFirst }]);
    await updateAdoptionRow(tx, id, input);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'adoption.update',
      entityType: 'adoption',
      entityId: id,
      details: { practiceId: adoption.practiceId, fields: Object.keys(input) },
    });
    const [row] = (await listAdoptions(tx, adoption.practiceId)).filter((r) => r.adoption.id === id);
    return toAdoptionView(row!, true);
  });
}

export async function removeAdoption(db: Database, principal: Principal, id: string) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    const { adoption } = await loadEditable(tx, principal, id);
    const all = await listAdoptions(tx, adoption.practiceId);
    if (all.some((row) => row.adoption.fromSchoolId === adoption.schoolId))
      throw new ApiError('CONFLICT', texts.hasAdopters);
    await deleteAdoptionRow(tx, id);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'adoption.delete',
      entityType: 'adoption',
      entityId: id,
      details: { practiceId: adoption.practiceId, schoolId: adoption.schoolId },
    });
  });
}
