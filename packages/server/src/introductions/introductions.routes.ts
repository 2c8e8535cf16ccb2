import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, requireActor } from '../routing/app-env.js';
import {
  commonErrors,
  conflictError,
  ErrorSchema,
  IdParam,
  jsonBody,
  jsonResponse,
} from '../shared/openapi-common.js';
import { AnswerIntroductionBody, AskIntroductionBody, IntroductionSchema } from './introductions.schema.js';
import { answerIntroductionRequest, askForIntroduction, getIntroduction } from './introductions.service.js';

const tags = ['Introductions'];
const Params = z.object({ id: IdParam });

const askRoute = createRoute({
  method: 'post',
  path: '/introductions',
  tags,
  summary: 'Ask for an introduction to a suggested colleague (both are mailed; no address is shared yet)',
  request: jsonBody(AskIntroductionBody),
  responses: {
    201: jsonResponse(IntroductionSchema, 'Asked.'),
    ...commonErrors,
    ...conflictError,
    429: jsonResponse(ErrorSchema, 'At most 5 introductions a day.'),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/introductions/{id}',
  tags,
  summary: 'An introduction, for the two people it is about',
  request: { params: Params },
  responses: { 200: jsonResponse(IntroductionSchema, 'The introduction.'), ...commonErrors },
});

const answerRoute = createRoute({
  method: 'post',
  path: '/introductions/{id}/answer',
  tags,
  summary: 'The person asked accepts (both are sent the other’s email) or declines',
  request: { params: Params, ...jsonBody(AnswerIntroductionBody) },
  responses: { 200: jsonResponse(IntroductionSchema, 'Answered.'), ...commonErrors, ...conflictError },
});

export function introductionRoutes() {
  return createRouter()
    .openapi(askRoute, async (c) => {
      requireActor(c);
      return c.json(await askForIntroduction(c.var.db, c.var.principal, c.req.valid('json')), 201);
    })
    .openapi(getRoute, async (c) => {
      requireActor(c);
      return c.json(await getIntroduction(c.var.db, c.var.principal, c.req.valid('param').id), 200);
    })
    .openapi(answerRoute, async (c) => {
      requireActor(c);
      const { accept } = c.req.valid('json');
      return c.json(
        await answerIntroductionRequest(c.var.db, c.var.principal, c.req.valid('param').id, accept),
        200,
      );
    });
}
