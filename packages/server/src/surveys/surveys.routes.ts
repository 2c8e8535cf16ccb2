import { createRoute, z } from '@hono/zod-openapi';
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

const listRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/surveys',
  tags,
  summary: 'A network’s relationship surveys, with questions, waves and what the caller may do',
  request: { params: NetworkParams },
  responses: { 200: jsonResponse(SurveyList, 'The surveys.'), ...commonErrors },
});

const createSurveyRoute = createRoute({
  method: 'post',
  path: '/networks/{id}/surveys',
  tags,
  summary:
    'Create a survey with its name-generator questions, and its first wave if given, in one transaction (coordinators and evaluators)',
  request: { params: NetworkParams, ...jsonBody(CreateSurveyBody) },
  responses: { 201: jsonResponse(SurveyDetail, 'Created.'), ...commonErrors },
});

const getSurveyRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}',
  tags,
  summary: 'A survey',
  request: { params: IdParams },
  responses: { 200: jsonResponse(SurveyDetail, 'The survey.'), ...commonErrors },
});

const openWaveRoute = createRoute({
  method: 'post',
  path: '/surveys/{id}/waves',
  tags,
  summary:
    'Open the survey’s next wave with the same questions, choosing who is asked (one open at a time: close the previous first)',
  request: { params: IdParams, ...jsonBody(OpenWaveBody) },
  responses: { 201: jsonResponse(WaveSummary, 'Opened.'), ...commonErrors, ...conflictError },
});

const previewRespondentsRoute = createRoute({
  method: 'post',
  path: '/networks/{id}/respondents-preview',
  tags,
  summary:
    'How many people a choice of respondents would ask, before opening a wave with it (writes nothing)',
  request: { params: IdParams, ...jsonBody(RespondentsInput) },
  responses: { 200: jsonResponse(RespondentsPreview, 'The count.'), ...commonErrors },
});

const respondentOptionsRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/respondent-options',
  tags,
  summary:
    'The network’s organisations or respondents by name, to choose whom a wave asks (coordinators and evaluators)',
  request: { params: IdParams, query: RespondentOptionsQuery },
  responses: { 200: jsonResponse(RespondentOptionList, 'The matches.'), ...commonErrors },
});

const ownResponseRoute = createRoute({
  method: 'get',
  path: '/waves/{id}/response',
  tags,
  summary: 'The caller’s own answers to a wave (null before they start)',
  request: { params: IdParams },
  responses: { 200: jsonResponse(SurveyResponse.nullable(), 'The answers.'), ...commonErrors },
});

const saveResponseRoute = createRoute({
  method: 'put',
  path: '/waves/{id}/response',
  tags,
  summary: 'Save the caller’s answers as a draft, or submit them (members of the network)',
  request: { params: IdParams, ...jsonBody(SaveResponseBody) },
  responses: { 200: jsonResponse(SurveyResponse, 'Saved.'), ...commonErrors, ...conflictError },
});

const responsesRoute = createRoute({
  method: 'get',
  path: '/waves/{id}/responses',
  tags,
  summary: 'Every answer to a wave (the network’s evaluators and coordinators only)',
  request: { params: IdParams },
  responses: { 200: jsonResponse(ResponseList, 'The answers.'), ...commonErrors },
});

const ratesRoute = createRoute({
  method: 'get',
  path: '/waves/{id}/response-rates',
  tags,
  summary: 'Who has answered, overall and by organisation (coordinators and evaluators)',
  request: { params: IdParams },
  responses: { 200: jsonResponse(ResponseRates, 'The rates.'), ...commonErrors },
});

const closeRoute = createRoute({
  method: 'post',
  path: '/waves/{id}/close',
  tags,
  summary: 'Close a wave: its submitted answers become ties',
  request: { params: IdParams },
  responses: { 200: jsonResponse(CloseWaveResult, 'Closed.'), ...commonErrors, ...conflictError },
});

const waveRoute = createRoute({
  method: 'get',
  path: '/waves/{id}',
  tags,
  summary: 'A wave with its survey (questions, permissions) and network',
  request: { params: IdParams },
  responses: { 200: jsonResponse(WaveDetail, 'The wave.'), ...commonErrors },
});

const updateWaveRoute = createRoute({
  method: 'patch',
  path: '/waves/{id}',
  tags,
  summary: 'Move an open wave’s dates: open it later, or extend it (coordinators and evaluators)',
  request: { params: IdParams, ...jsonBody(UpdateWaveBody) },
  responses: { 200: jsonResponse(WaveSummary, 'Updated.'), ...commonErrors, ...conflictError },
});

const candidatesRoute = createRoute({
  method: 'get',
  path: '/waves/{id}/candidates',
  tags,
  summary: 'People one may name in answer to a wave, by name or organisation, best match first (respondents)',
  request: { params: IdParams, query: CandidatesQuery },
  responses: { 200: jsonResponse(CandidateList, 'The people found.'), ...commonErrors },
});

const remindRoute = createRoute({
  method: 'post',
  path: '/waves/{id}/reminders',
  tags,
  summary: 'Remind those who have not submitted (all, or one organisation’s); once a day at most each',
  request: { params: IdParams, ...jsonBody(RemindBody) },
  responses: { 200: jsonResponse(RemindResult, 'Reminded.'), ...commonErrors, ...conflictError },
});

const mySurveysRoute = createRoute({
  method: 'get',
  path: '/me/surveys',
  tags,
  summary: 'The open waves the signed-in person answers, with their progress and last reminder',
  responses: { 200: jsonResponse(MySurveyList, 'The waves.'), ...commonErrors },
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
