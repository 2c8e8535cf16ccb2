import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, conflictError, IdParam, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import {
  CandidateList,
  CandidatesQuery,
  CloseWaveResult,
  CreateSurveyBody,
  MySurveyList,
  RemindBody,
  RemindResult,
  OpenWaveBody,
  RespondentOptionList,
  RespondentOptionsQuery,
  RespondentsInput,
  RespondentsPreview,
  ResponseList,
  ResponseRates,
  SaveResponseBody,
  SurveyDetail,
  SurveyList,
  SurveyResponse,
  UpdateWaveBody,
  WaveDetail,
  WaveSummary,
} from './surveys.schema.js';
import {
  closeWave,
  createSurvey,
  getOwnResponse,
  getSurvey,
  listResponses,
  listSurveys,
  openWave,
  previewRespondents,
  saveOwnResponse,
  waveResponseRates,
} from './surveys.service.js';
import {
  getWave,
  mySurveys,
  remindNonRespondents,
  respondentOptions,
  searchNominees,
  updateWaveDates,
} from './waves.service.js';

const tags = ['Relationship surveys'];
const NetworkParams = z.object({ id: NetworkKeyParam });
const IdParams = z.object({ id: IdParam });
const byId = { params: IdParams };

/** A survey operation: every one is tagged alike, and answers `schema` or the common errors. */
const surveyRoute = <P extends string, R extends Omit<RouteConfig, 'path' | 'tags'> & { path: P }>(
  config: R,
) => createRoute({ tags, ...config });

const answers = <S extends z.ZodType>(schema: S, description: string) => ({
  200: jsonResponse(schema, description),
  ...commonErrors,
});

const creates = <S extends z.ZodType>(schema: S, description: string) => ({
  201: jsonResponse(schema, description),
  ...commonErrors,
});

/** For an operation that the survey's or wave's state may refuse (409). */
const orConflict = <T extends object>(responses: T) => ({ ...responses, ...conflictError });

const listRoute = surveyRoute({
  method: 'get',
  path: '/networks/{id}/surveys',
  summary: 'A network’s relationship surveys, with questions, waves and what the caller may do',
  request: { params: NetworkParams },
  responses: answers(SurveyList, 'The surveys.'),
});

const createSurveyRoute = surveyRoute({
  method: 'post',
  path: '/networks/{id}/surveys',
  summary:
    'Create a survey with its name-generator questions, and its first wave if given, in one transaction (coordinators and evaluators)',
  request: { params: NetworkParams, ...jsonBody(CreateSurveyBody) },
  responses: creates(SurveyDetail, 'Created.'),
});

const getSurveyRoute = surveyRoute({
  method: 'get',
  path: '/surveys/{id}',
  summary: 'A survey',
  request: byId,
  responses: answers(SurveyDetail, 'The survey.'),
});

const openWaveRoute = surveyRoute({
  method: 'post',
  path: '/surveys/{id}/waves',
  summary:
    'Open the survey’s next wave with the same questions, choosing who is asked (one open at a time: close the previous first)',
  request: { params: IdParams, ...jsonBody(OpenWaveBody) },
  responses: orConflict(creates(WaveSummary, 'Opened.')),
});

const previewRespondentsRoute = surveyRoute({
  method: 'post',
  path: '/networks/{id}/respondents-preview',
  summary:
    'How many people a choice of respondents would ask, before opening a wave with it (writes nothing)',
  request: { params: IdParams, ...jsonBody(RespondentsInput) },
  responses: answers(RespondentsPreview, 'The count.'),
});

const respondentOptionsRoute = surveyRoute({
  method: 'get',
  path: '/networks/{id}/respondent-options',
  summary:
    'The network’s organisations or respondents by name, to choose whom a wave asks (coordinators and evaluators)',
  request: { params: IdParams, query: RespondentOptionsQuery },
  responses: answers(RespondentOptionList, 'The matches.'),
});

const ownResponseRoute = surveyRoute({
  method: 'get',
  path: '/waves/{id}/response',
  summary: 'The caller’s own answers to a wave (null before they start)',
  request: byId,
  responses: answers(SurveyResponse.nullable(), 'The answers.'),
});

const saveResponseRoute = surveyRoute({
  method: 'put',
  path: '/waves/{id}/response',
  summary: 'Save the caller’s answers as a draft, or submit them (members of the network)',
  request: { params: IdParams, ...jsonBody(SaveResponseBody) },
  responses: orConflict(answers(SurveyResponse, 'Saved.')),
});

const responsesRoute = surveyRoute({
  method: 'get',
  path: '/waves/{id}/responses',
  summary: 'Every answer to a wave (the network’s evaluators and coordinators only)',
  request: byId,
  responses: answers(ResponseList, 'The answers.'),
});

const ratesRoute = surveyRoute({
  method: 'get',
  path: '/waves/{id}/response-rates',
  summary: 'Who has answered, overall and by organisation (coordinators and evaluators)',
  request: byId,
  responses: answers(ResponseRates, 'The rates.'),
});

const closeRoute = surveyRoute({
  method: 'post',
  path: '/waves/{id}/close',
  summary: 'Close a wave: its submitted answers become ties',
  request: byId,
  responses: orConflict(answers(CloseWaveResult, 'Closed.')),
});

const waveRoute = surveyRoute({
  method: 'get',
  path: '/waves/{id}',
  summary: 'A wave with its survey (questions, permissions) and network',
  request: byId,
  responses: answers(WaveDetail, 'The wave.'),
});

const updateWaveRoute = surveyRoute({
  method: 'patch',
  path: '/waves/{id}',
  summary: 'Move an open wave’s dates: open it later, or extend it (coordinators and evaluators)',
  request: { params: IdParams, ...jsonBody(UpdateWaveBody) },
  responses: orConflict(answers(WaveSummary, 'Updated.')),
});

const candidatesRoute = surveyRoute({
  method: 'get',
  path: '/waves/{id}/candidates',
  summary: 'People one may name in answer to a wave, by name or organisation, best match first (respondents)',
  request: { params: IdParams, query: CandidatesQuery },
  responses: answers(CandidateList, 'The people found.'),
});

const remindRoute = surveyRoute({
  method: 'post',
  path: '/waves/{id}/reminders',
  summary: 'Remind those who have not submitted (all, or one organisation’s); once a day at most each',
  request: { params: IdParams, ...jsonBody(RemindBody) },
  responses: orConflict(answers(RemindResult, 'Reminded.')),
});

const mySurveysRoute = surveyRoute({
  method: 'get',
  path: '/me/surveys',
  summary: 'The open waves the signed-in person answers, with their progress and last reminder',
  responses: answers(MySurveyList, 'The waves.'),
});

/** Relationship surveys: questions, waves, answers, response rates and closing into ties. */
export function surveyRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      return c.json(await listSurveys(c.var.db, c.var.principal, c.req.valid('param').id), 200);
    })
    .openapi(createSurveyRoute, async (c) => {
      const survey = await createSurvey(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(survey, 201);
    })
    .openapi(getSurveyRoute, async (c) =>
      c.json(await getSurvey(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(openWaveRoute, async (c) => {
      const wave = await openWave(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json'));
      return c.json(wave, 201);
    })
    .openapi(previewRespondentsRoute, async (c) => {
      const preview = await previewRespondents(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(preview, 200);
    })
    .openapi(respondentOptionsRoute, async (c) => {
      const items = await respondentOptions(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return c.json({ items }, 200);
    })
    .openapi(ownResponseRoute, async (c) =>
      c.json(await getOwnResponse(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(saveResponseRoute, async (c) => {
      const saved = await saveOwnResponse(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      if (!saved) throw new Error('a saved response reads back');
      return c.json(saved, 200);
    })
    .openapi(responsesRoute, async (c) => {
      const items = await listResponses(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.json({ items }, 200);
    })
    .openapi(ratesRoute, async (c) =>
      c.json(await waveResponseRates(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(closeRoute, async (c) =>
      c.json(await closeWave(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(waveRoute, async (c) =>
      c.json(await getWave(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(updateWaveRoute, async (c) =>
      c.json(
        await updateWaveDates(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(candidatesRoute, async (c) => {
      const items = await searchNominees(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return c.json({ items }, 200);
    })
    .openapi(remindRoute, async (c) => {
      const result = await remindNonRespondents(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json({ reminded: result.reminded, skippedRecently: result.skippedRecently }, 200);
    })
    .openapi(mySurveysRoute, async (c) => c.json({ items: await mySurveys(c.var.db, c.var.principal) }, 200));
}
