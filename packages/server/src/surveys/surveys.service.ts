import { queueAnalysis } from '../analytics/analyses.queries.js';
import { queueAllTiesAnalyses } from '../analytics/run-analysis.js';
import { recordAudit } from '../audit/audit.js';
import { queueWaveInvitations } from './survey-mail.js';
import { canOnNetwork, type NetworkFacts, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { notFound, unauthenticated } from '../shared/errors.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { existingPersonIds } from '../people/people.queries.js';
import { ANALYSIS_LEVELS } from '../shared/vocabulary.js';
import { answeringState, refuseOutsideAnsweringPeriod } from './answering-period.js';
import { outsiderKey } from './outsider-key.js';
import {
  askedRespondents,
  countAsked,
  EVERYONE,
  insertWaveTargets,
  isAsked,
  organisationsOutside,
  peopleOutside,
  ruleOfWave,
  type RespondentRule,
} from './respondents.queries.js';
import {
  surveyConflict,
  surveyForbidden,
  surveyIssue,
  surveyValidation,
  type SurveyIssue,
} from './survey-errors.js';
import { scaleEsLength, SURVEY_TEXTS, tooManyNominations, waveStillOpen } from './surveys.texts.js';
import type {
  CreateSurveyInput,
  OpenWaveInput,
  RespondentsInputValue,
  SaveResponseInput,
} from './surveys.schema.js';
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
    throw action === 'survey.answer'
      ? surveyForbidden('survey.answer_forbidden', SURVEY_TEXTS.answerForbidden)
      : surveyForbidden('survey.manage_forbidden', SURVEY_TEXTS.manageForbidden);
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
  respondents: wave.respondents,
});

/** The people a wave asks, as a subquery (for the email of invitations and reminders, too). */
export async function askedInWave(db: Executor, networkId: string, wave: WaveRow) {
  return askedRespondents(networkId, await ruleOfWave(db, wave));
}

/** Refuses a respondent the wave does not ask (403, `wave.not_asked`). */
export async function requireAsked(db: Executor, networkId: string, wave: WaveRow, personId: string) {
  if (!(await isAsked(db, networkId, await ruleOfWave(db, wave), personId)))
    throw surveyForbidden('wave.not_asked', SURVEY_TEXTS.notAsked);
}

const toQuestion = (question: QuestionRow) => ({
  id: question.id,
  position: question.position,
  relation: question.relation,
  promptEn: question.promptEn,
  promptEs: question.promptEs,
  maxNominations: question.maxNominations,
  frequencyScale: question.frequencyScale,
  frequencyScaleEs: question.frequencyScaleEs,
});

/** What the principal may do with a network's surveys. */
const surveyPermissions = (principal: Principal, facts: NetworkFacts) => ({
  manage: canOnNetwork(principal, 'survey.manage', facts),
  answer: canOnNetwork(principal, 'survey.answer', facts),
  viewAnswers: canOnNetwork(principal, 'survey.view_answers', facts),
});

/** The open waves among `waves` that ask the principal (an open wave per survey at most). */
async function wavesAskingPrincipal(
  db: Executor,
  principal: Principal,
  surveys: SurveyRow[],
  waves: WaveRow[],
) {
  const asking = new Set<string>();
  if (principal.kind !== 'person') return asking;
  const networkOf = new Map(surveys.map((survey) => [survey.id, survey.networkId]));
  for (const wave of waves.filter((w) => w.status === 'open')) {
    const networkId = networkOf.get(wave.surveyId);
    if (networkId && (await isAsked(db, networkId, await ruleOfWave(db, wave), principal.personId)))
      asking.add(wave.id);
  }
  return asking;
}

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
  const asking = await wavesAskingPrincipal(db, principal, rows, waves);
  return rows.map((survey) => ({
    id: survey.id,
    networkId: survey.networkId,
    title: survey.title,
    titleEs: survey.titleEs,
    status: survey.status,
    questions: questions.filter((q) => q.surveyId === survey.id).map(toQuestion),
    waves: waves
      .filter((w) => w.surveyId === survey.id)
      .map((w) => ({ ...toWave(w), asksYou: asking.has(w.id) })),
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

/** A wave's dates and respondents checked against the network, before anything is written. */
async function checkWaveInput(
  db: Executor,
  networkId: string,
  input: OpenWaveInput,
  prefix = '',
): Promise<{ issues: SurveyIssue[]; rule: RespondentRule }> {
  const issues: SurveyIssue[] = [];
  if (input.closesOn < input.opensOn)
    issues.push(surveyIssue(`${prefix}closesOn`, 'wave.closes_before_opens', SURVEY_TEXTS.closesBeforeOpens));
  const { rule, issues: chosen } = await checkRespondents(db, networkId, input.respondents, prefix);
  issues.push(...chosen);
  return { issues, rule };
}

/** A choice of respondents as a rule, and what is wrong with it (nothing chosen, someone outside the network, no one asked). */
async function checkRespondents(
  db: Executor,
  networkId: string,
  input: RespondentsInputValue,
  prefix = '',
): Promise<{ issues: SurveyIssue[]; rule: RespondentRule }> {
  const path = `${prefix}respondents`;
  const issues: SurveyIssue[] = [];
  const rule: RespondentRule = { ...EVERYONE, choice: input.choice };
  if (input.choice === 'organisations') {
    rule.organisationIds = [...new Set(input.organisationIds)];
    if (rule.organisationIds.length === 0)
      issues.push(
        surveyIssue(
          `${path}.organisationIds`,
          'respondents.choose_organisations',
          SURVEY_TEXTS.chooseOrganisations,
        ),
      );
    const outside = await organisationsOutside(db, networkId, rule.organisationIds);
    input.organisationIds.forEach((id, index) => {
      if (outside.has(id))
        issues.push(
          surveyIssue(
            `${path}.organisationIds.${index}`,
            'respondents.organisation_not_in_network',
            SURVEY_TEXTS.organisationNotInNetwork,
          ),
        );
    });
  } else if (input.choice === 'roles') {
    rule.roles = [...new Set(input.roles)];
    if (rule.roles.length === 0)
      issues.push(surveyIssue(`${path}.roles`, 'respondents.choose_roles', SURVEY_TEXTS.chooseRoles));
  } else if (input.choice === 'people') {
    rule.personIds = [...new Set(input.personIds)];
    if (rule.personIds.length === 0)
      issues.push(surveyIssue(`${path}.personIds`, 'respondents.choose_people', SURVEY_TEXTS.choosePeople));
    const outside = await peopleOutside(db, networkId, rule.personIds);
    input.personIds.forEach((id, index) => {
      if (outside.has(id))
        issues.push(
          surveyIssue(
            `${path}.personIds.${index}`,
            'respondents.person_not_in_network',
            SURVEY_TEXTS.personNotInNetwork,
          ),
        );
    });
  }
  if (issues.length === 0 && (await countAsked(db, networkId, rule)) === 0)
    issues.push(surveyIssue(path, 'respondents.nobody', SURVEY_TEXTS.nobodyAsked));
  return { issues, rule };
}

/** The title and the scales' Spanish labels, checked before anything is written. */
function checkSurveyInput(input: CreateSurveyInput): SurveyIssue[] {
  const issues: SurveyIssue[] = [];
  if (!input.title && !input.titleEs)
    issues.push(surveyIssue('title', 'survey.title_needed', SURVEY_TEXTS.titleNeeded));
  input.questions.forEach((question, index) => {
    const path = `questions.${index}.frequencyScaleEs`;
    if (question.frequencyScaleEs === null) return;
    if (question.frequencyScale === null)
      issues.push(surveyIssue(path, 'survey.scale_es_without_scale', SURVEY_TEXTS.scaleEsWithoutScale));
    else if (question.frequencyScaleEs.length !== question.frequencyScale.length)
      issues.push(surveyIssue(path, 'survey.scale_es_length', scaleEsLength(question.frequencyScale.length)));
  });
  return issues;
}

/** Writes a wave and whom it asks, marks its survey active, and records it, in the caller's transaction. */
async function writeWave(
  tx: Executor,
  actorId: string,
  wave: { networkId: string; surveyId: string; number: number; opensOn: string; closesOn: string },
  rule: RespondentRule,
) {
  const { networkId, ...row } = wave;
  const created = await insertWave(tx, {
    ...row,
    respondents: rule.choice,
    respondentRoles: rule.choice === 'roles' ? rule.roles : null,
  });
  await insertWaveTargets(tx, created.id, rule);
  await markSurveyActive(tx, wave.surveyId);
  await queueWaveInvitations(tx, created.id, askedRespondents(networkId, rule));
  await recordAudit(tx, {
    actorId,
    action: 'survey_wave.open',
    entityType: 'survey_wave',
    entityId: created.id,
    details: {
      opensOn: wave.opensOn,
      closesOn: wave.closesOn,
      respondents: rule.choice,
      roles: rule.roles,
      organisations: rule.organisationIds.length,
      people: rule.personIds.length,
    },
  });
  return created;
}

/**
 * Creates a survey with its questions, and its first wave when one is given: all of it in one
 * transaction, after every check, so a refused wave leaves no survey behind.
 */
export async function createSurvey(
  db: Database,
  principal: Principal,
  networkKey: string,
  input: CreateSurveyInput,
) {
  const { network, facts } = await loadVisibleNetwork(db, principal, networkKey);
  const actorId = requirePermission(principal, 'survey.manage', facts);
  const issues = checkSurveyInput(input);
  const wave = input.wave ? await checkWaveInput(db, network.id, input.wave, 'wave.') : null;
  issues.push(...(wave?.issues ?? []));
  if (issues.length > 0) throw surveyValidation(issues);
  const title = input.title ?? input.titleEs ?? '';
  const surveyId = await db.transaction(async (tx) => {
    const survey = await insertSurveyWithQuestions(
      tx,
      { networkId: network.id, title, titleEs: input.titleEs ?? null, createdBy: actorId },
      input.questions,
    );
    await recordAudit(tx, {
      actorId,
      action: 'survey.create',
      entityType: 'survey',
      entityId: survey.id,
      details: { networkId: network.id, title },
    });
    if (input.wave && wave) {
      const dates = { opensOn: input.wave.opensOn, closesOn: input.wave.closesOn };
      await writeWave(
        tx,
        actorId,
        { networkId: network.id, surveyId: survey.id, number: 1, ...dates },
        wave.rule,
      );
    }
    return survey.id;
  });
  return getSurvey(db, principal, surveyId);
}

/**
 * Opens the survey's next wave, with the same questions (so that waves compare): one wave is
 * open at a time, so the previous one must be closed first. The service the email of survey
 * invitations builds on.
 */
export async function openWave(db: Database, principal: Principal, surveyId: string, input: OpenWaveInput) {
  const { survey, facts } = await loadSurvey(db, principal, surveyId);
  const actorId = requirePermission(principal, 'survey.manage', facts);
  if (survey.status === 'archived') throw surveyConflict('survey.archived', SURVEY_TEXTS.archived);
  const stillOpen = (await wavesOf(db, [survey.id])).find((w) => w.status === 'open');
  if (stillOpen)
    throw surveyConflict('wave.still_open', waveStillOpen(stillOpen.number), { number: stillOpen.number });
  const { issues, rule } = await checkWaveInput(db, survey.networkId, input);
  if (issues.length > 0) throw surveyValidation(issues);
  const wave = await db.transaction(async (tx) => {
    const existing = await wavesOf(tx, [survey.id]);
    const open = existing.find((w) => w.status === 'open');
    if (open) throw surveyConflict('wave.still_open', waveStillOpen(open.number), { number: open.number });
    const dates = { opensOn: input.opensOn, closesOn: input.closesOn };
    return writeWave(
      tx,
      actorId,
      { networkId: survey.networkId, surveyId: survey.id, number: existing.length + 1, ...dates },
      rule,
    );
  });
  return toWave(wave);
}

/** How many people a choice of respondents would ask in a network, before a wave is opened with it. */
export async function previewRespondents(
  db: Executor,
  principal: Principal,
  networkKey: string,
  input: RespondentsInputValue,
) {
  const { network, facts } = await loadVisibleNetwork(db, principal, networkKey);
  requirePermission(principal, 'survey.manage', facts);
  const { issues, rule } = await checkRespondents(db, network.id, input);
  const blocking = issues.filter((issue) => issue.code !== 'respondents.nobody');
  if (blocking.length > 0) throw surveyValidation(blocking);
  return { asked: await countAsked(db, network.id, rule) };
}

/**
 * Checks a set of nominations against the survey's questions and the people named. Submitted
 * answers rate every tie on a question's scale; a draft may leave a frequency for later.
 */
async function checkNominations(
  db: Executor,
  surveyId: string,
  respondentId: string,
  input: SaveResponseInput,
) {
  const questions = await questionsOf(db, [surveyId]);
  const issues: SurveyIssue[] = [];
  const counts = new Map<string, number>();
  const named = new Set<string>();
  const personIds = input.nominations.flatMap((n) => ('personId' in n ? [n.personId] : []));
  const known = await existingPersonIds(db, personIds);
  input.nominations.forEach((nomination, index) => {
    const path = `nominations.${index}`;
    const question = questions.find((q) => q.id === nomination.questionId);
    if (!question)
      return issues.push(
        surveyIssue(`${path}.questionId`, 'nomination.not_a_question', SURVEY_TEXTS.notAQuestion),
      );
    const count = (counts.get(question.id) ?? 0) + 1;
    counts.set(question.id, count);
    if (count === question.maxNominations + 1) {
      issues.push(surveyIssue(path, 'nomination.too_many', tooManyNominations(question.maxNominations)));
    }
    if (
      nomination.frequency !== null &&
      (question.frequencyScale === null || nomination.frequency >= question.frequencyScale.length)
    ) {
      issues.push(surveyIssue(`${path}.frequency`, 'nomination.not_on_scale', SURVEY_TEXTS.notOnScale));
    } else if (nomination.frequency === null && question.frequencyScale !== null && input.submit) {
      issues.push(
        surveyIssue(`${path}.frequency`, 'nomination.frequency_needed', SURVEY_TEXTS.frequencyNeeded),
      );
    }
    if ('personId' in nomination) {
      if (nomination.personId === respondentId)
        issues.push(surveyIssue(`${path}.personId`, 'nomination.self', SURVEY_TEXTS.nameOthers));
      else if (!known.has(nomination.personId))
        issues.push(surveyIssue(`${path}.personId`, 'nomination.no_such_person', SURVEY_TEXTS.noSuchPerson));
      const key = `${question.id}/${nomination.personId}`;
      if (named.has(key))
        issues.push(surveyIssue(`${path}.personId`, 'nomination.named_twice', SURVEY_TEXTS.namedTwice));
      named.add(key);
    } else {
      const key = `${question.id}/outside/${outsiderKey(nomination.outside)}`;
      if (named.has(key))
        issues.push(surveyIssue(`${path}.outside`, 'nomination.outsider_twice', SURVEY_TEXTS.outsiderTwice));
      named.add(key);
    }
    return undefined;
  });
  if (issues.length > 0) throw surveyValidation(issues);
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
  await requireAsked(db, survey.networkId, wave, respondentId);
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
  // The wave was loaded and the caller allowed above; reading it again would cost the save two queries.
  return ownResponseTo(db, wave.id, respondentId);
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
  return ownResponseTo(db, wave.id, principal.personId);
}

async function ownResponseTo(db: Executor, waveId: string, personId: string) {
  const [own] = await responsesWithNominations(db, waveId, personId);
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
  const rates = await responseRates(db, await askedInWave(db, survey.networkId, wave), wave.id);
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
    if (!closed) throw surveyConflict('wave.already_closed', SURVEY_TEXTS.alreadyClosed);
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
