/**
 * Running an open wave: the wave's page data, the nomination type-ahead, reminders to
 * non-respondents, and the open waves waiting for the signed-in person.
 */
import { recordAudit } from '../audit/audit.js';
import type { Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { conflict, unauthenticated, validationFailed } from '../http/errors.js';
import type { CandidatesInput, RemindInput } from './surveys.schema.js';
import { describeSurveys, loadWave, requirePermission, toWave } from './surveys.service.js';
import {
  isEligible,
  networkRef,
  nominationCandidates,
  openWavesFor,
  organisationInSurvey,
  recordReminders,
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
  return rows
    .filter((row) => eligibleIn.get(row.network.id))
    .map((row) => ({
      wave: toWave(row.wave),
      survey: row.survey,
      network: row.network,
      responseStatus: row.responseStatus ?? ('none' as const),
      lastRemindedAt: isoTime(row.lastRemindedAt),
    }));
}
