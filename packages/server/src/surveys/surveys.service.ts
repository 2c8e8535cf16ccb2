import { queueAnalysis } from '../analytics/analyses.queries.js';
import { queueAllTiesAnalyses } from '../analytics/run-analysis.js';
import { recordAudit } from '../audit/audit.js';
import { queueWaveInvitations } from './survey-mail.js';
import { canOnNetwork, type NetworkFacts, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import {
  conflict,
  forbidden,
  notFound,
  unauthenticated,
  validationFailed,
  type FieldIssue,
} from '../shared/errors.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { existingPersonIds } from '../people/people.queries.js';
import { ANALYSIS_LEVELS } from '../shared/vocabulary.js';
import { answeringState, refuseOutsideAnsweringPeriod } from './answering-period.js';
import type { CreateSurveyInput, OpenWaveInput, SaveResponseInput } from './surveys.schema.js';
import {
  findResponse,
  findSurvey,
  findWave,
  insertResponse,
  insertSurveyWithQuestions,
  markSurveyActive,
  questionsOf,
  replaceNominations,
  responseRates,
  responsesWithNominations,
  surveysOfNetwork,
  updateResponseState,
  wavesOf,
  type QuestionRow,
  type SurveyRow,
  type WaveRow,
} from './surveys.queries.js';
import { closeOpenWave, insertWave, tiesFromAnswers } from './waves.queries.js';

/** A survey's network facts, for authorisation; a survey in a network one cannot see is not found. */
async function surveyContext(db: Executor, principal: Principal, survey: SurveyRow): Promise<NetworkFacts> {
  if (principal.kind !== 'person') throw unauthenticated();
  const { facts } = await loadVisibleNetwork(db, principal, survey.networkId).catch(() => {
    throw notFound('Survey');
  });
  // Surveys are about people: like the member list, they are for signed-in viewers only.
  if (!canOnNetwork(principal, 'network.view_people', facts)) throw notFound('Survey');
  return facts;
}

async function loadSurvey(db: Executor, principal: Principal, surveyId: string) {
  const survey = await findSurvey(db, surveyId);
  if (!survey) throw notFound('Survey');
  return { survey, facts: await surveyContext(db, principal, survey) };
}

/** A wave, its survey and the network facts for authorisation (404 when the network is hidden). */
export async function loadWave(db: Executor, principal: Principal, waveId: string) {
  const found = await findWave(db, waveId);
  if (!found) throw notFound('Wave');
  return { ...found, facts: await surveyContext(db, principal, found.survey) };
}

/** The acting person, when the principal may take `action`; otherwise a 401 or 403. */
export function requirePermission(
  principal: Principal,
  action: 'survey.manage' | 'survey.view_answers' | 'survey.answer',
  facts: NetworkFacts,
) {
  if (principal.kind !== 'person') throw unauthenticated();
  if (!canOnNetwork(principal, action, facts)) {
    throw forbidden(
      action === 'survey.answer'
        ? 'Only members of the network answer its survey.'
        : 'Only the network’s coordinators and evaluators do this.',
    );
  }
  return principal.personId;
}

/** A wave as the API shows it. */
export const toWave = (wave: WaveRow) => ({
  id: wave.id,
  number: wave.number,
  opensOn: wave.opensOn,
  closesOn: wave.closesOn,
  status: wave.status,
  answering: answeringState(wave),
  closedAt: wave.closedAt?.toISOString() ?? null,
});

const toQuestion = (question: QuestionRow) => ({
  id: question.id,
  position: question.position,
  relation: question.relation,
  promptEn: question.promptEn,
  promptEs: question.promptEs,
  maxNominations: question.maxNominations,
  frequencyScale: question.frequencyScale,
});

/** What the principal may do with a network's surveys. */
const surveyPermissions = (principal: Principal, facts: NetworkFacts) => ({
  manage: canOnNetwork(principal, 'survey.manage', facts),
  answer: canOnNetwork(principal, 'survey.answer', facts),
  viewAnswers: canOnNetwork(principal, 'survey.view_answers', facts),
});

/** Surveys with their questions and waves, and what the principal may do with them. */
export async function describeSurveys(
  db: Executor,
  principal: Principal,
  facts: NetworkFacts,
  rows: SurveyRow[],
) {
  const ids = rows.map((survey) => survey.id);
  const [questions, waves] = await Promise.all([questionsOf(db, ids), wavesOf(db, ids)]);
  const permissions = surveyPermissions(principal, facts);
  return rows.map((survey) => ({
    id: survey.id,
    networkId: survey.networkId,
    title: survey.title,
    status: survey.status,
    questions: questions.filter((q) => q.surveyId === survey.id).map(toQuestion),
    waves: waves.filter((w) => w.surveyId === survey.id).map(toWave),
    permissions,
  }));
}

export async function listSurveys(db: Executor, principal: Principal, networkKey: string) {
  const { network, facts } = await loadVisibleNetwork(db, principal, networkKey);
  if (!canOnNetwork(principal, 'network.view_people', facts)) throw unauthenticated();
  const items = await describeSurveys(db, principal, facts, await surveysOfNetwork(db, network.id));
  return { items, permissions: surveyPermissions(principal, facts) };
}

export async function getSurvey(db: Executor, principal: Principal, surveyId: string) {
  const { survey, facts } = await loadSurvey(db, principal, surveyId);
  const [described] = await describeSurveys(db, principal, facts, [survey]);
  return described;
}

/** Creates a survey with its questions (a draft until its first wave opens). */
export async function createSurvey(
  db: Database,
  principal: Principal,
  networkKey: string,
  input: CreateSurveyInput,
) {
  const { network, facts } = await loadVisibleNetwork(db, principal, networkKey);
  const actorId = requirePermission(principal, 'survey.manage', facts);
  const surveyId = await db.transaction(async (tx) => {
    const survey = await insertSurveyWithQuestions(
      tx,
      { networkId: network.id, title: input.title, createdBy: actorId },
      input.questions,
    );
    await recordAudit(tx, {
      actorId,
      action: 'survey.create',
      entityType: 'survey',
      entityId: survey.id,
      details: { networkId: network.id, title: input.title },
    });
    return survey.id;
  });
  return getSurvey(db, principal, surveyId);
}

/** Opens the survey's next wave; one wave is open at a time. */
export async function openWave(db: Database, principal: Principal, surveyId: string, input: OpenWaveInput) {
  const { survey, facts } = await loadSurvey(db, principal, surveyId);
  const actorId = requirePermission(principal, 'survey.manage', facts);
  if (survey.status === 'archived') throw conflict('This survey is archived: it takes no new waves.');
  const wave = await db.transaction(async (tx) => {
    const existing = await wavesOf(tx, [survey.id]);
    if (existing.some((w) => w.status === 'open'))
      throw conflict('A wave of this survey is still open: close it first.');
    const created = await insertWave(tx, {
      surveyId: survey.id,
      number: existing.length + 1,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
    });
    await markSurveyActive(tx, survey.id);
    await queueWaveInvitations(tx, created.id);
    await recordAudit(tx, {
      actorId,
      action: 'survey_wave.open',
      entityType: 'survey_wave',
      entityId: created.id,
      details: { ...input },
    });
    return created;
  });
  return toWave(wave);
}

/** Checks a set of nominations against the survey's questions and the people named. */
async function checkNominations(
  db: Executor,
  surveyId: string,
  respondentId: string,
  input: SaveResponseInput,
) {
  const questions = await questionsOf(db, [surveyId]);
  const issues: FieldIssue[] = [];
  const counts = new Map<string, number>();
  const named = new Set<string>();
  const personIds = input.nominations.flatMap((n) => ('personId' in n ? [n.personId] : []));
  const known = await existingPersonIds(db, personIds);
  input.nominations.forEach((nomination, index) => {
    const path = `nominations.${index}`;
    const question = questions.find((q) => q.id === nomination.questionId);
    if (!question)
      return issues.push({ path: `${path}.questionId`, message: 'Not a question of this survey.' });
    const count = (counts.get(question.id) ?? 0) + 1;
    counts.set(question.id, count);
    if (count === question.maxNominations + 1) {
      issues.push({ path, message: `At most ${question.maxNominations} people for this question.` });
    }
    if (
      nomination.frequency !== null &&
      (question.frequencyScale === null || nomination.frequency >= question.frequencyScale.length)
    ) {
      issues.push({ path: `${path}.frequency`, message: 'Not a point on this question’s frequency scale.' });
    }
    if ('personId' in nomination) {
      if (nomination.personId === respondentId)
        issues.push({ path: `${path}.personId`, message: 'Name others, not yourself.' });
      else if (!known.has(nomination.personId))
        issues.push({ path: `${path}.personId`, message: 'No such person.' });
      const key = `${question.id}/${nomination.personId}`;
      if (named.has(key))
        issues.push({ path: `${path}.personId`, message: 'Named twice for this question.' });
      named.add(key);
    }
    return undefined;
  });
  if (issues.length > 0) throw validationFailed(issues);
}

/** Saves the principal's answers to an open wave as a draft, or submits them. */
export async function saveOwnResponse(
  db: Database,
  principal: Principal,
  waveId: string,
  input: SaveResponseInput,
) {
  const { wave, survey, facts } = await loadWave(db, principal, waveId);
  const respondentId = requirePermission(principal, 'survey.answer', facts);
  refuseOutsideAnsweringPeriod(wave);
  await checkNominations(db, survey.id, respondentId, input);
  await db.transaction(async (tx) => {
    const previous = await findResponse(tx, wave.id, respondentId);
    const status = input.submit || previous?.status === 'submitted' ? 'submitted' : 'draft';
    const state = {
      status,
      submittedAt: status === 'submitted' ? (previous?.submittedAt ?? new Date()) : null,
      updatedAt: new Date(),
    } as const;
    const response = previous
      ? await updateResponseState(tx, previous.id, state)
      : await insertResponse(tx, { waveId: wave.id, respondentId, ...state });
    await replaceNominations(
      tx,
      response.id,
      input.nominations.map((n) => ({
        questionId: n.questionId,
        frequency: n.frequency,
        ...('personId' in n
          ? { nomineeId: n.personId }
          : { outsideName: n.outside.name, outsideOrganisation: n.outside.organisation }),
      })),
    );
    // Who named whom is private: the audit log records that answers were saved, not what they were.
    await recordAudit(tx, {
      actorId: respondentId,
      action: `survey_response.${status === 'submitted' ? 'submit' : 'save'}`,
      entityType: 'survey_response',
      entityId: response.id,
    });
  });
  return getOwnResponse(db, principal, waveId);
}

const toResponse = (entry: Awaited<ReturnType<typeof responsesWithNominations>>[number]) => ({
  waveId: entry.response.waveId,
  respondent: entry.respondent,
  status: entry.response.status,
  submittedAt: entry.response.submittedAt?.toISOString() ?? null,
  nominations: entry.nominations.map(({ nomination, nominee }) => ({
    questionId: nomination.questionId,
    person: nominee,
    outside:
      nomination.outsideName === null
        ? null
        : { name: nomination.outsideName, organisation: nomination.outsideOrganisation ?? '' },
    frequency: nomination.frequency,
  })),
});

/** The principal's own answers to a wave (null when they have not started). */
export async function getOwnResponse(db: Executor, principal: Principal, waveId: string) {
  if (principal.kind !== 'person') throw unauthenticated();
  const { wave } = await loadWave(db, principal, waveId);
  const [own] = await responsesWithNominations(db, wave.id, principal.personId);
  return own ? toResponse(own) : null;
}

/** Every answer to a wave: for the network's evaluators and coordinators only. */
export async function listResponses(db: Executor, principal: Principal, waveId: string) {
  const { wave, facts } = await loadWave(db, principal, waveId);
  requirePermission(principal, 'survey.view_answers', facts);
  return (await responsesWithNominations(db, wave.id)).map(toResponse);
}

export async function waveResponseRates(db: Executor, principal: Principal, waveId: string) {
  const { wave, survey, facts } = await loadWave(db, principal, waveId);
  requirePermission(principal, 'survey.manage', facts);
  const rates = await responseRates(db, survey.networkId, wave.id);
  return {
    eligible: rates.eligible,
    submitted: rates.submitted,
    drafts: rates.drafts,
    reminded: rates.reminded,
    byOrganisation: rates.byOrganisation.map(({ id, name, eligible, submitted, reminded }) => ({
      organisation: { id, name },
      eligible,
      submitted,
      reminded,
    })),
  };
}

/** Closes an open wave and turns its submitted answers into ties, in one transaction. */
export async function closeWave(db: Database, principal: Principal, waveId: string) {
  const { wave, survey, facts } = await loadWave(db, principal, waveId);
  const actorId = requirePermission(principal, 'survey.manage', facts);
  return db.transaction(async (tx) => {
    const closed = await closeOpenWave(tx, wave.id, actorId);
    if (!closed) throw conflict('This wave is already closed.');
    const ties = await tiesFromAnswers(tx, survey.networkId, wave.id);
    // The wave's maps, of people and of organisations, are computed in the background.
    const queued = [];
    for (const level of ANALYSIS_LEVELS) {
      const request = {
        networkId: survey.networkId,
        waveId: wave.id,
        relation: null,
        level,
        requestedBy: actorId,
      };
      queued.push(await queueAnalysis(tx, request));
    }
    // So do the maps of all the network's ties, which now include the wave's.
    await queueAllTiesAnalyses(tx, [survey.networkId], actorId);
    await recordAudit(tx, {
      actorId,
      action: 'survey_wave.close',
      entityType: 'survey_wave',
      entityId: wave.id,
      details: { ties },
    });
    return { wave: toWave(closed), ties, analyses: queued.map(({ id, level }) => ({ id, level })) };
  });
}
