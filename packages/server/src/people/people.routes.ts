import { createRoute, z } from '@hono/zod-openapi';
import { canViewPerson } from '../authz/policy.js';
import { createRouter } from '../routing/app-env.js';
import { unauthenticated } from '../shared/errors.js';
import { commonErrors, IdParam, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { pageOf, toPage } from '../shared/pagination.js';
import { PeopleListQuery, PersonDetail, PersonSummary, UpdatePersonBody } from './people.schema.js';
import { listPeople } from './people.queries.js';
import { personDetail, updatePersonTags } from './people.service.js';

const tags = ['People'];

const listRoute = createRoute({
  method: 'get',
  path: '/people',
  tags,
  summary: 'People (signed in): search by name, filter by organisation or kind',
  request: { query: PeopleListQuery },
  responses: {
    200: jsonResponse(pageOf(PersonSummary, 'PersonPage'), 'A page of people.'),
    400: commonErrors[400],
    401: commonErrors[401],
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/people/{id}',
  tags,
  summary: 'A person’s profile, affiliations and networks (signed in)',
  request: { params: z.object({ id: IdParam }) },
  responses: {
    200: jsonResponse(PersonDetail, 'The person.'),
    400: commonErrors[400],
    401: commonErrors[401],
    404: commonErrors[404],
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/people/{id}',
  tags,
  summary: 'Change one’s own expertise, needs or languages (the person, or a platform admin)',
  request: { params: z.object({ id: IdParam }), ...jsonBody(UpdatePersonBody) },
  responses: {
    200: jsonResponse(PersonDetail, 'The person, as changed.'),
    400: commonErrors[400],
    401: commonErrors[401],
    403: commonErrors[403],
    404: commonErrors[404],
  },
});

/** People search and profiles; both need a signed-in user. */
export function peopleRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      if (!canViewPerson(c.var.principal)) throw unauthenticated();
      const filters = c.req.valid('query');
      const { rows, keyOf } = await listPeople(c.var.db, filters);
      return c.json(
        toPage(rows, filters.limit, keyOf, ({ rank: _rank, ...person }) => person),
        200,
      );
    })
    .openapi(getRoute, async (c) =>
      c.json(await personDetail(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(updateRoute, async (c) => {
      const person = await updatePersonTags(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(person, 200);
    });
}
