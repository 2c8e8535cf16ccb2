/**
 * Running an open wave: the wave's page data, the nomination type-ahead, reminders to
 * non-respondents, choosing who is asked, and the open waves waiting for the signed-in person.
 */
import { recordAudit } from '../audit/audit.js';
import { canOnNetwork, type Principal } from '../authz/policy.js';
import { queueReminderMails } from './survey-mail.js';
import type { Database, Executor } from '../db/database.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { unauthenticated } from '../shared/errors.js';
import { answeringState } from './answering-period.js';
import {
  countAsked,
  isAsked,
  organisationOptions,
  personOptions,
  ruleOfWave,
  targetsOfWave,
} from './respondents.queries.js';
import { surveyConflict, surveyIssue, surveyValidation } from './survey-errors.js';
import { closesBeforeOpeningDate, SURVEY_TEXTS } from './surveys.texts.js';
import type {
  CandidatesInput,
  RemindInput,
  RespondentOptionsInput,
  UpdateWaveInput,
} from './surveys.schema.js';
import {
  askedInWave,
  describeSurveys,
  loadWave,
  requireAsked,
  requirePermission,
  toWave,
} from './surveys.service.js';
import {
  networkRef,
  nominationCandidates,
  openWavesFor,
  organisationInSurvey,
  recordReminders,
  writeWaveDates,
} from './waves.queries.js';

/**
 * A wave with its survey (questions, permissions) and network: what the wave's pages need.
 * Those who manage the survey see whom it asks; everyone sees whether it asks them.
 */
export async function getWave(db: Executor, principal: Principal, waveId: string) {
  const { wave, survey, facts } = await loadWave(db, principal, waveId);
  const rule = await ruleOfWave(db, wave);
  const [[described], network] = await Promise.all([
    describeSurveys(db, principal, facts, [survey]),
    networkRef(db, survey.networkId),
  ]);
  if (!described || !network) throw new Error('a loaded wave has a survey and a network');
  const youAreAsked =
    principal.kind === 'person' && canOnNetwork(principal, 'survey.answer', facts)
      ? await isAsked(db, survey.networkId, rule, principal.personId)
      : false;
  const respondents = canOnNetwork(principal, 'survey.manage', facts)
    ? {
        choice: rule.choice,
        roles: rule.roles,
        ...(await targetsOfWave(db, wave.id)),
        asked: await countAsked(db, survey.networkId, rule),
      }
    : null;
  return { wave: toWave(wave), survey: described, network, respondents, youAreAsked };
}

/** People the caller may name in answer to the wave (those it asks), found by their name or their organisation's. */
export async function searchNominees(
  db: Executor,
  principal: Principal,
  waveId: string,
  input: CandidatesInput,
) {
  const { wave, survey, facts } = await loadWave(db, principal, waveId);
  const respondentId = requirePermission(principal, 'survey.answer', facts);
  await requireAsked(db, survey.networkId, wave, respondentId);
  const asked = await askedInWave(db, survey.networkId, wave);
  return nominationCandidates(db, asked, respondentId, input.q, input.limit);
}

/**
 * Reminds the wave's non-respondents (all, or one organisation's), at most once a day each,
 * and returns who was reminded now (`personIds`), for the email that carries the reminder.
 */
export async function remindNonRespondents(
  db: Database,
  principal: Principal,
  waveId: string,
  input: RemindInput,
) {
  const { wave, survey, facts } = await loadWave(db, principal, waveId);
  const actorId = requirePermission(principal, 'survey.manage', facts);
  if (wave.status !== 'open') throw surveyConflict('wave.closed_reminders', SURVEY_TEXTS.closedReminders);
  const asked = await askedInWave(db, survey.networkId, wave);
  const { organisationId } = input;
  if (organisationId) {
    const organisation = await organisationInSurvey(db, asked, organisationId);
    if (!organisation.exists)
      throw surveyValidation([
        surveyIssue('organisationId', 'reminders.no_such_organisation', SURVEY_TEXTS.noSuchOrganisation),
      ]);
    if (organisation.eligible === 0)
      throw surveyValidation([
        surveyIssue('organisationId', 'reminders.no_one_at_organisation', SURVEY_TEXTS.noOneAtOrganisation),
      ]);
  }
  return db.transaction(async (tx) => {
    const result = await recordReminders(tx, { asked, waveId: wave.id, sentBy: actorId, organisationId });
    await queueReminderMails(tx, wave.id);
    await recordAudit(tx, {
      actorId,
      action: 'survey_wave.remind',
      entityType: 'survey_wave',
      entityId: wave.id,
      details: {
        organisationId: organisationId ?? null,
        reminded: result.reminded,
        skippedRecently: result.skippedRecently,
      },
    });
    return result;
  });
}

/**
 * Moves an open wave's dates (coordinators and evaluators): to open it later, or to extend it.
 * A closed wave keeps its dates and is not reopened: its answers are already ties and analyses.
 */
export async function updateWaveDates(
  db: Database,
  principal: Principal,
  waveId: string,
  input: UpdateWaveInput,
) {
  const { wave, facts } = await loadWave(db, principal, waveId);
  const actorId = requirePermission(principal, 'survey.manage', facts);
  if (input.opensOn === undefined && input.closesOn === undefined)
    throw surveyValidation([surveyIssue('', 'wave.no_dates_sent', SURVEY_TEXTS.noDatesSent)]);
  if (wave.status !== 'open') throw surveyConflict('wave.closed_dates', SURVEY_TEXTS.closedDates);
  const dates = { opensOn: input.opensOn ?? wave.opensOn, closesOn: input.closesOn ?? wave.closesOn };
  if (dates.closesOn < dates.opensOn) {
    throw surveyValidation([
      surveyIssue('closesOn', 'wave.closes_before_opening_date', closesBeforeOpeningDate(dates.opensOn)),
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

/** Organisations or people of a network, by name: the type-ahead for choosing whom a wave asks. */
export async function respondentOptions(
  db: Executor,
  principal: Principal,
  networkKey: string,
  input: RespondentOptionsInput,
) {
  const { network, facts } = await loadVisibleNetwork(db, principal, networkKey);
  requirePermission(principal, 'survey.manage', facts);
  if (input.kind === 'organisation') {
    const rows = await organisationOptions(db, network.id, input.q, input.limit);
    return rows.map((row) => ({ id: row.id, name: row.name, detail: row.municipality ?? '' }));
  }
  const rows = await personOptions(db, network.id, input.q, input.limit);
  return rows.map((row) => ({
    id: row.id,
    name: row.displayName,
    detail: row.organisations.map((organisation) => organisation.name).join(', '),
  }));
}

const isoTime = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/** The open waves that ask the signed-in person, with how far they got and their last reminder. */
export async function mySurveys(db: Executor, principal: Principal) {
  if (principal.kind !== 'person') throw unauthenticated();
  const rows = await openWavesFor(db, principal.personId);
  const waiting = [];
  for (const row of rows) {
    // A wave that has not opened yet is not waiting for anyone.
    if (answeringState(row.wave) === 'not_yet_open') continue;
    const rule = await ruleOfWave(db, row.wave);
    if (!(await isAsked(db, row.network.id, rule, principal.personId))) continue;
    waiting.push({
      wave: toWave(row.wave),
      survey: row.survey,
      network: row.network,
      responseStatus: row.responseStatus ?? ('none' as const),
      lastRemindedAt: isoTime(row.lastRemindedAt),
    });
  }
  return waiting;
}
