/**
 * PDSA cycles under a change idea: the plan with a prediction for each question, what happened,
 * the study of results beside predictions, and the decision. Every cycle belongs to an inquiry
 * and is seen and changed by whoever may see and change it (inquiry-access.ts).
 */
import { recordAudit } from '../audit/audit.js';
import type { Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { forbidden, notFound, validationFailed } from '../shared/errors.js';
import type { CreateCycleInput, CycleView, UpdateCycleInput } from './cycles.schema.js';
import { cycleTexts as texts } from './cycles.texts.js';
import { inquiryTexts } from './inquiry.texts.js';
import {
  cycleSummaryRow,
  cyclesOfInquiry,
  deleteCycleRow,
  findCycle,
  insertCycle,
  isIdeaOfInquiry,
  questionsOf,
  replaceCycleSchools,
  replaceQuestions,
  teamSchoolIds,
  updateCycleRow,
  type CycleSummaryRow,
} from './cycles.queries.js';
import { practiceLinksOf } from './drivers.queries.js';
import { loadInquiry, loadInquiryFor, mayOnInquiry, requireOnInquiry } from './inquiry-access.js';
import { personName } from '../people/people.queries.js';
import { updateInquiryRow } from './inquiries.queries.js';

export function toCycleSummary(row: CycleSummaryRow) {
  const { cycle } = row;
  return {
    id: cycle.id,
    inquiryId: cycle.inquiryId,
    changeIdea: row.changeIdea,
    title: cycle.title,
    purpose: cycle.purpose,
    startsOn: cycle.startsOn,
    endsOn: cycle.endsOn,
    decision: cycle.decision,
    schools: row.schools,
    questionCount: row.questionCount,
  };
}

export async function cyclesOf(db: Executor, principal: Principal, inquiryId: string) {
  await loadInquiry(db, principal, inquiryId);
  return (await cyclesOfInquiry(db, inquiryId)).map(toCycleSummary);
}

/** A cycle and its inquiry, when the principal may see the inquiry; otherwise not found. */
async function loadCycle(db: Executor, principal: Principal, id: string) {
  const cycle = await findCycle(db, id);
  if (!cycle) throw notFound('PDSA cycle');
  try {
    return { cycle, context: await loadInquiry(db, principal, cycle.inquiryId) };
  } catch {
    throw notFound('PDSA cycle');
  }
}

export async function cycleDetail(db: Executor, principal: Principal, id: string): Promise<CycleView> {
  const { cycle, context } = await loadCycle(db, principal, id);
  // One after the other: `db` may be a transaction's single connection.
  const summary = (await cycleSummaryRow(db, id))!;
  const questions = await questionsOf(db, id);
  const practices = await practiceLinksOf(db, principal, [cycle.changeIdeaId]);
  const author = cycle.createdById ? await personName(db, cycle.createdById) : undefined;
  return {
    ...toCycleSummary(summary),
    plan: cycle.plan,
    dataPlan: cycle.dataPlan,
    observations: cycle.observations,
    comparison: cycle.comparison,
    decisionNote: cycle.decisionNote,
    questions,
    practices: practices.map(({ id: practiceId, title }) => ({ id: practiceId, title })),
    createdBy: author ? { id: author.id, displayName: author.displayName } : null,
    editable: mayOnInquiry(principal, 'inquiry.edit', context),
    createdAt: cycle.createdAt.toISOString(),
    updatedAt: cycle.updatedAt.toISOString(),
  };
}

/** The change idea must be the inquiry's, the schools its team's. */
async function checkParts(
  db: Executor,
  inquiryId: string,
  input: { changeIdeaId?: string | undefined; schoolIds?: readonly string[] | undefined },
) {
  if (input.changeIdeaId !== undefined && !(await isIdeaOfInquiry(db, input.changeIdeaId, inquiryId)))
    throw validationFailed([{ path: 'changeIdeaId', message: texts.ideaOfInquiry }]);
  if (input.schoolIds !== undefined) {
    const team = await teamSchoolIds(db, inquiryId);
    const outside = input.schoolIds.findIndex((schoolId) => !team.has(schoolId));
    if (outside >= 0) throw validationFailed([{ path: `schoolIds.${outside}`, message: texts.schoolOfTeam }]);
  }
}

export async function createCycle(
  db: Database,
  principal: Principal,
  inquiryId: string,
  input: CreateCycleInput,
) {
  if (principal.kind !== 'person') throw forbidden();
  return db.transaction(async (tx) => {
    await loadInquiryFor(tx, principal, 'inquiry.edit', inquiryId);
    await checkParts(tx, inquiryId, input);
    const { schoolIds, questions, ...fields } = input;
    const cycle = await insertCycle(tx, { ...fields, inquiryId, createdById: principal.personId });
    await replaceCycleSchools(tx, cycle.id, schoolIds);
    await replaceQuestions(tx, cycle.id, questions);
    await updateInquiryRow(tx, inquiryId, {});
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'cycle.create',
      entityType: 'pdsa_cycle',
      entityId: cycle.id,
      details: { inquiryId },
    });
    return cycle.id;
  });
}

export async function updateCycle(db: Database, principal: Principal, id: string, input: UpdateCycleInput) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    const { cycle, context } = await loadCycle(tx, principal, id);
    requireOnInquiry(principal, 'inquiry.edit', context);
    await checkParts(tx, cycle.inquiryId, input);
    const startsOn = input.startsOn ?? cycle.startsOn;
    const endsOn = input.endsOn ?? cycle.endsOn;
    if (endsOn < startsOn) throw validationFailed([{ path: 'endsOn', message: inquiryTexts.endsAfterStart }]);
    const { schoolIds, questions, ...fields } = input;
    await updateCycleRow(tx, id, fields);
    if (schoolIds) await replaceCycleSchools(tx, id, schoolIds);
    if (questions) await replaceQuestions(tx, id, questions);
    await updateInquiryRow(tx, cycle.inquiryId, {});
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'cycle.update',
      entityType: 'pdsa_cycle',
      entityId: id,
      details: { fields: Object.keys(input), decision: input.decision ?? undefined },
    });
  });
}

export async function deleteCycle(db: Database, principal: Principal, id: string) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    const { cycle, context } = await loadCycle(tx, principal, id);
    requireOnInquiry(principal, 'inquiry.edit', context);
    await deleteCycleRow(tx, id);
    await updateInquiryRow(tx, cycle.inquiryId, {});
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'cycle.delete',
      entityType: 'pdsa_cycle',
      entityId: id,
      details: { inquiryId: cycle.inquiryId, title: cycle.title },
    });
  });
}
