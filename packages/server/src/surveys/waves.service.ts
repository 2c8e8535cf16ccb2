/**
 * Running an open wave: the wave's page data, the nomination type-ahead, reminders to
 * non-respondents, and the open waves waiting for the signed-in person.
 */
import { recordAudit } from '../audit/audit.js';
import { queueReminderMails } from './survey-mail.js';
import type { Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { conflict, unauthenticated, validationFailed } from '../shared/errors.js';
import { answeringState } from './answering-period.js';
import type { CandidatesInput, RemindInput, UpdateWaveInput } from './surveys.schema.js';
import { describeSurveys, loadWave, requirePermission, toWave } from './surveys.service.js';
import {
  isEligible,
  networkRef,
  nominationCandidates,
  openWavesFor,
  organisationInSurvey,
  recordReminders,
  writeWaveDates,
} from './waves.queries.js';

/** A wave with its survey (questions, permissions) and network: what the wave's pages need. */
export async function getWave(db: Executor, principal: Principal, waveId: string) {
  const { wave, survey, facts } = await loadWave(db, principal, waveId);
  const [[described], network] = await Promise.all([
    describeSurveys(db, principal, facts, [survey]),
    networkRef(db, survey.networkId),
  ]);
  if (!described || !network) throw new Error('a loaded wave has a survey and a network');
  return { wave: toWave(wave), survey: described, network };
}

/** People the caller may name in answer to the wave, found by their name or their organisation's. */
export async function searchNominees(
  db: Executor,
  principal: Principal,
  waveId: string,
  input: CandidatesInput,
) {
  const { survey, facts } = await loadWave(db, principal, waveId);
  const respondentId = requirePermission(principal, 'survey.answer', facts);
  return nominationCandidates(db, survey.networkId, respondentId, input.q, input.limit);
}

/** Reminds the wave's non-respondents (all, or one organisation's), at most once a day each. */
export async function remindNonRespondents(
  db: Database,
  principal: Principal,
  waveId: string,
  input: RemindInput,
) {
  const { wave, survey, facts } = await loadWave(db, principal, waveId);
  const actorId = requirePermission(principal, 'survey.manage', facts);
  if (wave.status !== 'open') throw conflict('This wave is closed: there is nothing left to answer.');
  const { organisationId } = input;
  if (organisationId) {
    const organisation = await organisationInSurvey(db, survey.networkId, organisationId);
    if (!organisation.exists)
      throw validationFailed([{ path: 'organisationId', message: 'No such organisation.' }]);
    if (organisation.eligible === 0) {
      throw validationFailed([
        { path: 'organisationId', message: 'No one at this organisation answers this network’s survey.' },
      ]);
    }
  }
  return db.transaction(async (tx) => {
    const result = await recordReminders(tx, {
      networkId: survey.networkId,
      waveId: wave.id,
      sentBy: actorId,
      organisationId,
    });
    await queueReminderMails(tx, wave.id);
    await recordAudit(tx, {
      actorId,
      action: 'survey_wave.remind',
      entityType: 'survey_wave',
      entityId: wave.id,
      details: { organisationId: organisationId ?? null, ...result },
    });
    return result;
  });
}

/** Moves an open wave's dates (coordinators and evaluators): to open it later, or to extend it. */
export async function updateWaveDates(
  db: Database,
  principal: Principal,
  waveId: string,
  input: UpdateWaveInput,
) {
  const { wave, facts } = await loadWave(db, principal, waveId);
  const actorId = requirePermission(principal, 'survey.manage', facts);
  if (wave.status !== 'open') throw conflict('This wave is closed: its dates are part of the record.');
  const dates = { opensOn: input.opensOn ?? wave.opensOn, closesOn: input.closesOn ?? wave.closesOn };
  if (dates.closesOn < dates.opensOn) {
    throw validationFailed([
      { path: 'closesOn', message: `The wave cannot close before it opens (${dates.opensOn}).` },
    ]);
  }
  return db.transaction(async (tx) => {
    const updated = await writeWaveDates(tx, wave.id, dates);
    if (!updated) throw new Error('the wave was not updated');
    await recordAudit(tx, {
      actorId,
      action: 'survey_wave.update',
      entityType: 'survey_wave',
      entityId: wave.id,
      details: { ...input },
    });
    return toWave(updated);
  });
}

const isoTime = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/** The open waves the signed-in person answers, with how far they got and their last reminder. */
export async function mySurveys(db: Executor, principal: Principal) {
  if (principal.kind !== 'person') throw unauthenticated();
  const rows = await openWavesFor(db, principal.personId);
  const eligibleIn = new Map<string, boolean>();
  for (const { network } of rows) {
    if (!eligibleIn.has(network.id))
      eligibleIn.set(network.id, await isEligible(db, network.id, principal.personId));
  }
  // A wave that has not opened yet is not waiting for anyone.
  return rows
    .filter((row) => eligibleIn.get(row.network.id) && answeringState(row.wave) !== 'not_yet_open')
    .map((row) => ({
      wave: toWave(row.wave),
      survey: row.survey,
      network: row.network,
      responseStatus: row.responseStatus ?? ('none' as const),
      lastRemindedAt: isoTime(row.lastRemindedAt),
    }));
}
