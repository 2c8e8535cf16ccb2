import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, requireActor } from '../routing/app-env.js';
import { commonErrors, IdParam, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { pageOf, toPage } from '../shared/pagination.js';
import {
  CreateInquiryBody,
  InquiryDetail,
  InquiryListQuery,
  InquirySummary,
  PhasesBody,
  ProgressBody,
  TeamBody,
  UpdateInquiryBody,
} from './inquiries.schema.js';
import {
  changePhases,
  changeTeam,
  confirmProgress,
  createInquiry,
  deleteInquiry,
  inquiriesPage,
  inquiryDetail,
  toInquirySummary,
  updateInquiry,
} from './inquiries.service.js';

const tags = ['Inquiry'];
const Params = z.object({ id: IdParam });
const detail = (description: string) => jsonResponse(InquiryDetail, description);

const listRoute = createRoute({
  method: 'get',
  path: '/inquiries',
  tags,
  summary:
    'Inquiries the caller may see (their teams’, their networks’ shared ones; all for coordinators and evaluators)',
  request: { query: InquiryListQuery },
  responses: {
    200: jsonResponse(
      pageOf(InquirySummary, 'InquiryPage'),
      'A page of inquiries, most recently changed first.',
    ),
    400: commonErrors[400],
    404: commonErrors[404],
  },
});

const createInquiryRoute = createRoute({
  method: 'post',
  path: '/inquiries',
  tags,
  summary: 'Open an inquiry with a team of the network’s schools and people (the caller leads it)',
  request: jsonBody(CreateInquiryBody),
  responses: { 201: detail('Opened.'), ...commonErrors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/inquiries/{id}',
  tags,
  summary: 'An inquiry: question, aim, team, phases, progress score and what the caller may do',
  request: { params: Params },
  responses: { 200: detail('The inquiry.'), ...commonErrors },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/inquiries/{id}',
  tags,
  summary: 'Change an inquiry (its team; who sees it: its leads and the network’s coordinators)',
  request: { params: Params, ...jsonBody(UpdateInquiryBody) },
  responses: { 200: detail('Changed.'), ...commonErrors },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/inquiries/{id}',
  tags,
  summary: 'Delete an inquiry with its diagram, cycles and measures (its leads, the network’s coordinators)',
  request: { params: Params },
  responses: { 204: { description: 'Deleted.' }, ...commonErrors },
});

const teamRoute = createRoute({
  method: 'put',
  path: '/inquiries/{id}/team',
  tags,
  summary: 'Replace the team: its people (at least one lead) and its schools',
  request: { params: Params, ...jsonBody(TeamBody) },
  responses: { 200: detail('The team is changed.'), ...commonErrors },
});

const phasesRoute = createRoute({
  method: 'put',
  path: '/inquiries/{id}/phases',
  tags,
  summary: 'Correct the phases timeline (entering a phase records it by itself)',
  request: { params: Params, ...jsonBody(PhasesBody) },
  responses: { 200: detail('The timeline is changed.'), ...commonErrors },
});

const progressRoute = createRoute({
  method: 'put',
  path: '/inquiries/{id}/progress',
  tags,
  summary: 'Confirm the progress score (IHI 0.5–5); above what the data support, with a reason',
  request: { params: Params, ...jsonBody(ProgressBody) },
  responses: { 200: detail('Confirmed.'), ...commonErrors },
});

/** Inquiries themselves: their question, aim, team, phases and progress. */
export function inquiryRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const filters = c.req.valid('query');
      const { rows, keyOf } = await inquiriesPage(c.var.db, c.var.principal, filters);
      return c.json(toPage(rows, filters.limit, keyOf, toInquirySummary), 200);
    })
    .openapi(createInquiryRoute, async (c) => {
      requireActor(c);
      const id = await createInquiry(c.var.db, c.var.principal, c.req.valid('json'));
      return c.json(await inquiryDetail(c.var.db, c.var.principal, id), 201);
    })
    .openapi(getRoute, async (c) =>
      c.json(await inquiryDetail(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(updateRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await updateInquiry(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await inquiryDetail(c.var.db, c.var.principal, id), 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireActor(c);
      await deleteInquiry(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(teamRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await changeTeam(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await inquiryDetail(c.var.db, c.var.principal, id), 200);
    })
    .openapi(phasesRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await changePhases(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await inquiryDetail(c.var.db, c.var.principal, id), 200);
    })
    .openapi(progressRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await confirmProgress(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await inquiryDetail(c.var.db, c.var.principal, id), 200);
    });
}
