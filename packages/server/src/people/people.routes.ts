import { createRoute, z } from '@hono/zod-openapi';
import { canViewContact, canViewPerson } from '../authz/policy.js';
import { createRouter } from '../http/app-env.js';
import { currentNetworksOf } from '../memberships/memberships.queries.js';
import { notFound, unauthenticated } from '../http/errors.js';
import { commonErrors, IdParam, jsonResponse } from '../http/openapi-common.js';
import { pageOf, toPage } from '../http/pagination.js';
import { PeopleListQuery, PersonDetail, PersonSummary } from './people.schema.js';
import { affiliationsOf, findPerson, listPeople, viewerRolesInSubjectNetworks } from './people.queries.js';

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

/** People search and profiles; both need a signed-in user. */
export function peopleRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      if (!canViewPerson(c.var.principal)) throw unauthenticated();
      const filters = c.req.valid('query');
      const { rows, keyOf } = await listPeople(c.var.db, filters);
      return c.json(toPage(rows, filters.limit, keyOf, ({ rank: _rank, ...person }) => person), 200);
    })
    .openapi(getRoute, async (c) => {
      const { db, principal } = c.var;
      if (!canViewPerson(principal) || principal.kind !== 'person') throw unauthenticated();
      const person = await findPerson(db, c.req.valid('param').id);
      if (!person) throw notFound('Person');
      const [affiliations, networks, viewerRoles] = await Promise.all([
        affiliationsOf(db, person.id),
        currentNetworksOf(db, principal, { personId: person.id }),
        viewerRolesInSubjectNetworks(db, principal.personId, person.id),
      ]);
      const showContact = canViewContact(principal, { personId: person.id, rolesOfViewerInSharedNetworks: viewerRoles });
      return c.json(
        {
          id: person.id,
          displayName: person.displayName,
          email: showContact ? person.email : null,
          kinds: person.kinds,
          expertise: person.expertise,
          languages: person.languages,
          affiliations,
          networks,
        },
        200,
      );
    });
}
