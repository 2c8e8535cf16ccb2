import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, requireActor } from '../routing/app-env.js';
import { commonErrors, conflictError, IdParam, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { pageOf, toPage } from '../shared/pagination.js';
import { addEvidence, editEvidence, evidenceOf, removeEvidence } from './evidence.service.js';
import { adoptionsOf, editAdoption, recordAdoption, removeAdoption } from './adoptions.service.js';
import {
  AdoptionList,
  AdoptionSchema,
  CreateAdoptionBody,
  CreateEvidenceBody,
  CreatePracticeBody,
  EvidenceList,
  EvidenceSchema,
  PracticeDetail,
  PracticeListQuery,
  PracticeSummary,
  TravelSchema,
  UpdateAdoptionBody,
  UpdateEvidenceBody,
  UpdatePracticeBody,
} from './practices.schema.js';
import {
  createPractice,
  deletePractice,
  practiceDetail,
  practicesPage,
  toPracticeSummary,
  updatePractice,
} from './practices.service.js';
import { practiceTravel } from './travel.service.js';

const tags = ['Practices'];
const Params = z.object({ id: IdParam });
const deleted = { 204: { description: 'Deleted.' } };

const listRoute = createRoute({
  method: 'get',
  path: '/practices',
  tags,
  summary: 'Practices the caller may see: filter by network and school, search the title and claim',
  request: { query: PracticeListQuery },
  responses: {
    200: jsonResponse(pageOf(PracticeSummary, 'PracticePage'), 'A page of practices, newest first.'),
    400: commonErrors[400],
    404: commonErrors[404],
  },
});

const createPracticeRoute = createRoute({
  method: 'post',
  path: '/practices',
  tags,
  summary: 'Record a practice a school runs (the network’s members, observers aside)',
  request: jsonBody(CreatePracticeBody),
  responses: { 201: jsonResponse(PracticeDetail, 'Recorded.'), ...commonErrors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/practices/{id}',
  tags,
  summary: 'A practice: claim, components, resources, the balance of its evidence',
  request: { params: Params },
  responses: { 200: jsonResponse(PracticeDetail, 'The practice.'), ...commonErrors },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/practices/{id}',
  tags,
  summary: 'Edit a practice (its author, its school’s people, coordinators, committee, evaluators)',
  request: { params: Params, ...jsonBody(UpdatePracticeBody) },
  responses: { 200: jsonResponse(PracticeDetail, 'Updated.'), ...commonErrors, ...conflictError },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/practices/{id}',
  tags,
  summary: 'Delete a practice with its evidence and adoptions (those who may edit it)',
  request: { params: Params },
  responses: { ...deleted, ...commonErrors },
});

const evidenceListRoute = createRoute({
  method: 'get',
  path: '/practices/{id}/evidence',
  tags,
  summary: 'A practice’s evidence, strongest design first',
  request: { params: Params },
  responses: { 200: jsonResponse(EvidenceList, 'The evidence.'), ...commonErrors },
});

const evidenceCreateRoute = createRoute({
  method: 'post',
  path: '/practices/{id}/evidence',
  tags,
  summary: 'Add an evidence item (the school’s people, the network’s evaluators and coordinators)',
  request: { params: Params, ...jsonBody(CreateEvidenceBody) },
  responses: { 201: jsonResponse(EvidenceSchema, 'Added.'), ...commonErrors },
});

const evidenceUpdateRoute = createRoute({
  method: 'patch',
  path: '/evidence/{id}',
  tags,
  summary: 'Edit an evidence item',
  request: { params: Params, ...jsonBody(UpdateEvidenceBody) },
  responses: { 200: jsonResponse(EvidenceSchema, 'Updated.'), ...commonErrors },
});

const evidenceDeleteRoute = createRoute({
  method: 'delete',
  path: '/evidence/{id}',
  tags,
  summary: 'Delete an evidence item',
  request: { params: Params },
  responses: { ...deleted, ...commonErrors },
});

const adoptionsListRoute = createRoute({
  method: 'get',
  path: '/practices/{id}/adoptions',
  tags,
  summary: 'The schools that took a practice up, oldest first',
  request: { params: Params },
  responses: { 200: jsonResponse(AdoptionList, 'The adoptions.'), ...commonErrors },
});

const adoptionCreateRoute = createRoute({
  method: 'post',
  path: '/practices/{id}/adoptions',
  tags,
  summary:
    'Record that a school took the practice up (its people, the network’s evaluators and coordinators)',
  request: { params: Params, ...jsonBody(CreateAdoptionBody) },
  responses: { 201: jsonResponse(AdoptionSchema, 'Recorded.'), ...commonErrors, ...conflictError },
});

const adoptionUpdateRoute = createRoute({
  method: 'patch',
  path: '/adoptions/{id}',
  tags,
  summary: 'Edit an adoption: its source, date, mode, adaptation, outcome',
  request: { params: Params, ...jsonBody(UpdateAdoptionBody) },
  responses: { 200: jsonResponse(AdoptionSchema, 'Updated.'), ...commonErrors },
});

const adoptionDeleteRoute = createRoute({
  method: 'delete',
  path: '/adoptions/{id}',
  tags,
  summary: 'Delete an adoption (not while other schools took the practice from that school)',
  request: { params: Params },
  responses: { ...deleted, ...commonErrors, ...conflictError },
});

const travelRoute = createRoute({
  method: 'get',
  path: '/practices/{id}/travel',
  tags,
  summary:
    'Where a practice travelled: the adoption graph by generation, its reach, and the share of adoptions along existing survey ties',
  request: { params: Params },
  responses: { 200: jsonResponse(TravelSchema, 'The travel view.'), ...commonErrors },
});

/** Practices, their evidence, adoptions and travel view. */
export function practiceRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const filters = c.req.valid('query');
      const { rows, keyOf } = await practicesPage(c.var.db, c.var.principal, filters);
      return c.json(toPage(rows, filters.limit, keyOf, toPracticeSummary), 200);
    })
    .openapi(createPracticeRoute, async (c) => {
      requireActor(c);
      const id = await createPractice(c.var.db, c.var.principal, c.req.valid('json'));
      return c.json(await practiceDetail(c.var.db, c.var.principal, id), 201);
    })
    .openapi(getRoute, async (c) =>
      c.json(await practiceDetail(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(updateRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await updatePractice(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await practiceDetail(c.var.db, c.var.principal, id), 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireActor(c);
      await deletePractice(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(evidenceListRoute, async (c) =>
      c.json({ items: await evidenceOf(c.var.db, c.var.principal, c.req.valid('param').id) }, 200),
    )
    .openapi(evidenceCreateRoute, async (c) => {
      requireActor(c);
      return c.json(
        await addEvidence(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json')),
        201,
      );
    })
    .openapi(evidenceUpdateRoute, async (c) => {
      requireActor(c);
      return c.json(
        await editEvidence(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    })
    .openapi(evidenceDeleteRoute, async (c) => {
      requireActor(c);
      await removeEvidence(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(adoptionsListRoute, async (c) =>
      c.json({ items: await adoptionsOf(c.var.db, c.var.principal, c.req.valid('param').id) }, 200),
    )
    .openapi(adoptionCreateRoute, async (c) => {
      requireActor(c);
      return c.json(
        await recordAdoption(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json')),
        201,
      );
    })
    .openapi(adoptionUpdateRoute, async (c) => {
      requireActor(c);
      return c.json(
        await editAdoption(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    })
    .openapi(adoptionDeleteRoute, async (c) => {
      requireActor(c);
      await removeAdoption(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(travelRoute, async (c) =>
      c.json(await practiceTravel(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    );
}
