/**
 * Inquiries: open one with its team, change it, its team and its phases, confirm its progress
 * score, delete it. Each write loads the inquiry with its policy facts (inquiry-access.ts), checks
 * what it names belongs to the inquiry's network, and writes in one transaction with an audit entry.
 */
import { recordAudit } from '../audit/audit.js';
import { canOnNetwork, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { findNetworkWithRole } from '../networks/networks.queries.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { personName } from '../people/people.queries.js';
import { forbidden, validationFailed } from '../shared/errors.js';
import { INQUIRY_PHASES, type InquiryModel, type InquiryPhase } from '../shared/vocabulary.js';
import { loadInquiry, loadInquiryFor, mayOnInquiry, type InquiryRow } from './inquiry-access.js';
import { inquiryTexts as texts } from './inquiry.texts.js';
import type {
  CreateInquiryInput,
  InquiryListFilters,
  InquiryView,
  PhasesInput,
  ProgressInput,
  TeamInput,
  UpdateInquiryInput,
} from './inquiries.schema.js';
import {
  deleteInquiryRow,
  enterPhase,
  inquirySummaryRow,
  insertInquiry,
  listInquiries,
  memberOrganisations,
  phasesOf,
  progressFactsRow,
  replacePhases,
  replaceTeam,
  teamOf,
  updateInquiryRow,
  type InquirySummaryRow,
} from './inquiries.queries.js';
import { needsReason, progressCap, proposedScore, type ProgressFacts } from './progress.js';

const today = () => new Date().toISOString().slice(0, 10);

const phaseFits = (model: InquiryModel, phase: InquiryPhase) =>
  (INQUIRY_PHASES[model] as readonly string[]).includes(phase);

/** The schools must be the network's current member organisations. */
async function checkSchools(db: Executor, networkId: string, schoolIds: readonly string[]) {
  const members = await memberOrganisations(db, networkId, schoolIds);
  const outside = schoolIds.findIndex((schoolId) => !members.has(schoolId));
  if (outside >= 0)
    throw validationFailed([{ path: `schoolIds.${outside}`, message: texts.schoolInNetwork }]);
}

/** The people must take part in the network (their own membership, their school's, or a child network's). */
async function checkPeople(
  db: Executor,
  networkId: string,
  personIds: readonly (string | null)[],
  path: string,
) {
  for (const [index, personId] of personIds.entries()) {
    if (personId === null) continue;
    // One after the other: `db` is a transaction, whose one connection takes one query at a time.
    const found = await findNetworkWithRole(db, networkId, personId);
    if (!found?.role)
      throw validationFailed([{ path: `${path}.${index}.personId`, message: texts.personInNetwork }]);
  }
}

export async function createInquiry(db: Database, principal: Principal, input: CreateInquiryInput) {
  if (principal.kind !== 'person') throw forbidden();
  const { network, facts } = await loadVisibleNetwork(db, principal, input.networkId);
  if (!canOnNetwork(principal, 'inquiry.create', facts)) throw forbidden(texts.mayNotCreate);
  const phase = input.phase ?? INQUIRY_PHASES[input.model][0];
  const others = (input.people ?? []).filter((member) => member.personId !== principal.personId);
  return db.transaction(async (tx) => {
    await checkSchools(tx, network.id, input.schoolIds);
    await checkPeople(
      tx,
      network.id,
      others.map((member) => member.personId),
      'people',
    );
    const inquiry = await insertInquiry(tx, {
      networkId: network.id,
      title: input.title,
      question: input.question,
      evidence: input.evidence ?? '',
      rationale: input.rationale ?? '',
      outcome: input.outcome,
      aimWhat: input.aim.what,
      aimHowMuch: input.aim.howMuch,
      aimByWhen: input.aim.byWhen,
      aimForWhom: input.aim.forWhom,
      model: input.model,
      phase,
      status: input.status ?? 'active',
      visibility: input.visibility ?? 'team',
      language: input.language,
      createdById: principal.personId,
    });
    await replaceTeam(
      tx,
      inquiry.id,
      [{ personId: principal.personId, role: 'lead' }, ...others],
      input.schoolIds,
    );
    await enterPhase(tx, inquiry.id, phase, today());
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'inquiry.create',
      entityType: 'inquiry',
      entityId: inquiry.id,
      details: { networkId: network.id },
    });
    return inquiry.id;
  });
}

/** The columns an update writes, from the fields sent. */
function changedColumns(current: InquiryRow, input: UpdateInquiryInput) {
  const { aim, ...fields } = input;
  const model = input.model ?? current.model;
  // A new model without a phase starts at its first phase.
  const phase = input.phase ?? (phaseFits(model, current.phase) ? current.phase : INQUIRY_PHASES[model][0]);
  if (!phaseFits(model, phase)) throw validationFailed([{ path: 'phase', message: texts.phaseOfModel }]);
  return {
    ...fields,
    phase,
    ...(aim && {
      aimWhat: aim.what,
      aimHowMuch: aim.howMuch,
      aimByWhen: aim.byWhen,
      aimForWhom: aim.forWhom,
    }),
  };
}

export async function updateInquiry(
  db: Database,
  principal: Principal,
  id: string,
  input: UpdateInquiryInput,
) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    // Who sees the inquiry is the team lead's call, like the team itself.
    const action = input.visibility !== undefined ? 'inquiry.manage' : 'inquiry.edit';
    const { inquiry } = await loadInquiryFor(tx, principal, action, id);
    const columns = changedColumns(inquiry, input);
    await updateInquiryRow(tx, id, columns);
    if (columns.phase !== inquiry.phase) await enterPhase(tx, id, columns.phase, today());
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'inquiry.update',
      entityType: 'inquiry',
      entityId: id,
      details: { fields: Object.keys(input) },
    });
  });
}

export async function deleteInquiry(db: Database, principal: Principal, id: string) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    const { inquiry } = await loadInquiryFor(tx, principal, 'inquiry.manage', id);
    await deleteInquiryRow(tx, id);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'inquiry.delete',
      entityType: 'inquiry',
      entityId: id,
      details: { title: inquiry.title, networkId: inquiry.networkId },
    });
  });
}

export async function changeTeam(db: Database, principal: Principal, id: string, input: TeamInput) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    const { inquiry } = await loadInquiryFor(tx, principal, 'inquiry.manage', id);
    await checkSchools(tx, inquiry.networkId, input.schoolIds);
    // Those already in the team may stay; newcomers must take part in the network.
    const current = new Set((await teamOf(tx, id)).map((member) => member.id));
    await checkPeople(
      tx,
      inquiry.networkId,
      input.people.map((member) => (current.has(member.personId) ? null : member.personId)),
      'people',
    );
    await replaceTeam(tx, id, input.people, input.schoolIds);
    await updateInquiryRow(tx, id, {});
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'inquiry.team',
      entityType: 'inquiry',
      entityId: id,
      details: { people: input.people.length, schools: input.schoolIds.length },
    });
  });
}

export async function changePhases(db: Database, principal: Principal, id: string, input: PhasesInput) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    const { inquiry } = await loadInquiryFor(tx, principal, 'inquiry.edit', id);
    const outside = input.phases.findIndex((entry) => !phaseFits(inquiry.model, entry.phase));
    if (outside >= 0)
      throw validationFailed([{ path: `phases.${outside}.phase`, message: texts.phaseOfModel }]);
    await replacePhases(tx, id, input.phases);
    await updateInquiryRow(tx, id, {});
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'inquiry.phases',
      entityType: 'inquiry',
      entityId: id,
      details: { phases: input.phases.length },
    });
  });
}

async function progressFacts(db: Executor, inquiry: InquiryRow, teamSize: number, schools: number) {
  const row = await progressFactsRow(db, inquiry.id);
  const facts: ProgressFacts = {
    teamSize,
    hasAim: inquiry.aimWhat.trim() !== '',
    measures: row.measures,
    changeIdeas: row.change_ideas,
    cyclesStarted: row.cycles_started,
    cyclesDecided: row.cycles_decided,
    changeKept: row.change_kept,
    scaledUp: row.scaled_up,
    targetMeasureHasData: row.target_measure_has_data,
    schools,
    schoolsBetterAnyMeasure: row.schools_better_any,
    schoolsBetterOutcome: row.schools_better_outcome,
    targetMetEverywhere: row.target_met_everywhere,
  };
  return facts;
}

export async function confirmProgress(db: Database, principal: Principal, id: string, input: ProgressInput) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    const { inquiry } = await loadInquiryFor(tx, principal, 'inquiry.edit', id);
    const summary = await inquirySummaryRow(tx, id);
    const facts = await progressFacts(tx, inquiry, summary!.teamSize, summary!.schools.length);
    const reason = input.reason?.trim() ?? '';
    const passesCap = needsReason(input.score, facts);
    if (passesCap && reason === '')
      throw validationFailed([{ path: 'reason', message: texts.reasonToPassCap }]);
    await updateInquiryRow(tx, id, {
      progressScore: input.score,
      // A reason is kept only where it explains passing the cap: the page shows it beside the score.
      progressReason: passesCap ? reason : null,
      progressConfirmedAt: new Date(),
    });
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'inquiry.progress',
      entityType: 'inquiry',
      entityId: id,
      details: { score: input.score, passesCap },
    });
  });
}

export function toInquirySummary(row: InquirySummaryRow) {
  const { inquiry } = row;
  return {
    id: inquiry.id,
    title: inquiry.title,
    question: inquiry.question,
    outcome: inquiry.outcome,
    model: inquiry.model,
    phase: inquiry.phase,
    status: inquiry.status,
    visibility: inquiry.visibility,
    language: inquiry.language,
    network: row.network,
    schools: row.schools,
    teamSize: row.teamSize,
    cycleCount: row.cycleCount,
    measureCount: row.measureCount,
    progressScore: inquiry.progressScore,
    updatedAt: inquiry.updatedAt.toISOString(),
  };
}

/** A page of the inquiries the principal may see. */
export async function inquiriesPage(db: Executor, principal: Principal, filters: InquiryListFilters) {
  const networkId = filters.network
    ? (await loadVisibleNetwork(db, principal, filters.network)).network.id
    : undefined;
  return listInquiries(db, principal, filters, networkId);
}

/** The inquiry page: everything about the inquiry itself, its progress, and what the caller may do. */
export async function inquiryDetail(db: Executor, principal: Principal, id: string): Promise<InquiryView> {
  const context = await loadInquiry(db, principal, id);
  const { inquiry } = context;
  // One after the other: `db` may be a transaction's single connection.
  const summary = (await inquirySummaryRow(db, id))!;
  const team = await teamOf(db, id);
  const phases = await phasesOf(db, id);
  const author = inquiry.createdById ? await personName(db, inquiry.createdById) : undefined;
  const facts = await progressFacts(db, inquiry, summary.teamSize, summary.schools.length);
  return {
    ...toInquirySummary(summary),
    evidence: inquiry.evidence,
    rationale: inquiry.rationale,
    aim: {
      what: inquiry.aimWhat,
      howMuch: inquiry.aimHowMuch,
      byWhen: inquiry.aimByWhen,
      forWhom: inquiry.aimForWhom,
    },
    team,
    phases,
    progress: {
      proposed: proposedScore(facts),
      ...progressCap(facts),
      confirmed: inquiry.progressScore,
      reason: inquiry.progressReason,
      confirmedAt: inquiry.progressConfirmedAt?.toISOString() ?? null,
    },
    createdBy: author ? { id: author.id, displayName: author.displayName } : null,
    permissions: {
      edit: mayOnInquiry(principal, 'inquiry.edit', context),
      manage: mayOnInquiry(principal, 'inquiry.manage', context),
    },
    createdAt: inquiry.createdAt.toISOString(),
  };
}
