import { createRoute, z } from '@hono/zod-openapi';
import { canViewPerson } from '../authz/policy.js';
import { createRouter } from '../routing/app-env.js';
import { currentNetworksOf } from '../networks/networks.queries.js';
import { notFound } from '../shared/errors.js';
import { commonErrors, IdParam, jsonResponse } from '../shared/openapi-common.js';
import { pageOf, toPage } from '../shared/pagination.js';
import { OrganisationDetail, OrganisationListQuery, OrganisationSummary } from './organisations.schema.js';
import {
  findOrganisation,
  listOrganisations,
  peopleOfOrganisation,
  type OrganisationRow,
} from './organisations.queries.js';

const tags = ['Organisations'];
const PEOPLE_SHOWN = 200;

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
  responses: { 200: jsonResponse(OrganisationDetail, 'The organisation.'), 400: commonErrors[400], 404: commonErrors[404] },
});

/** The API shape of an organisation row. */
export function toOrganisationSummary(row: OrganisationRow) {
  const { createdAt: _created, updatedAt: _updated, ...summary } = row;
  return summary;
}

/** Organisation lists and pages. Organisations are public; their people are shown to signed-in users. */
export function organisationRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const filters = c.req.valid('query');
      const { rows, keyOf } = await listOrganisations(c.var.db, c.var.principal, filters);
      return c.json(toPage(rows, filters.limit, keyOf, (row) => toOrganisationSummary(row.organisation)), 200);
    })
    .openapi(getRoute, async (c) => {
      const { db, principal } = c.var;
      const organisation = await findOrganisation(db, c.req.valid('param').id);
      if (!organisation) throw notFound('Organisation');
      const showPeople = canViewPerson(principal);
      const [networks, staff] = await Promise.all([
        currentNetworksOf(db, principal, { organisationId: organisation.id }),
        showPeople ? peopleOfOrganisation(db, organisation.id, PEOPLE_SHOWN) : undefined,
      ]);
      return c.json(
        {
          ...toOrganisationSummary(organisation),
          networks,
          people: staff?.people ?? [],
          peopleCount: staff?.count ?? null,
        },
        200,
      );
    });
}
