import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, IdParam, jsonResponse } from '../shared/openapi-common.js';
import { pageOf } from '../shared/pagination.js';
import { OrganisationDetail, OrganisationListQuery, OrganisationSummary } from './organisations.schema.js';
import { organisationDetail, organisationPage } from './organisations.service.js';

const tags = ['Organisations'];

const listRoute = createRoute({
  method: 'get',
  path: '/organisations',
  tags,
  summary: 'Organisations: filter by kind, region, municipality, network; search by name',
  request: { query: OrganisationListQuery },
  responses: {
    200: jsonResponse(pageOf(OrganisationSummary, 'OrganisationPage'), 'A page of organisations.'),
    400: commonErrors[400],
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/organisations/{id}',
  tags,
  summary: 'An organisation with its networks and (signed in) its people',
  request: { params: z.object({ id: IdParam }) },
  responses: {
    200: jsonResponse(OrganisationDetail, 'The organisation.'),
    400: commonErrors[400],
    404: commonErrors[404],
  },
});

/** Organisation lists and pages. Organisations are public; their people are shown to signed-in users. */
export function organisationRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) =>
      c.json(await organisationPage(c.var.db, c.var.principal, c.req.valid('query')), 200),
    )
    .openapi(getRoute, async (c) =>
      c.json(await organisationDetail(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    );
}
