import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, conflictError, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { pageOf, toPage } from '../shared/pagination.js';
import { requireActor } from '../routing/app-env.js';
import {
  CreateNetworkBody,
  NetworkDetail,
  NetworkKeyParam,
  NetworkListQuery,
  NetworkRegionList,
  NetworkSummary,
  UpdateNetworkBody,
} from './networks.schema.js';
import { listNetworks, regionsOfVisibleNetworks } from './networks.queries.js';
import {
  createNetwork,
  loadVisibleNetwork,
  networkDetail,
  toNetworkCore,
  updateNetwork,
} from './networks.service.js';

const tags = ['Networks'];
const KeyParams = z.object({ id: NetworkKeyParam });

const listRoute = createRoute({
  method: 'get',
  path: '/networks',
  tags,
  summary: 'The network directory: filter by kind, level, region, status, parent; search by name',
  request: { query: NetworkListQuery },
  responses: {
    200: jsonResponse(pageOf(NetworkSummary, 'NetworkPage'), 'A page of networks.'),
    400: commonErrors[400],
  },
});

// `/regions`, not `/networks/regions`, which a network's slug could claim.
const regionsRoute = createRoute({
  method: 'get',
  path: '/regions',
  tags,
  summary: 'The regions networks are in (for the directory’s region filter), with visible network counts',
  responses: { 200: jsonResponse(NetworkRegionList, 'Regions by name.') },
});

const getRoute = createRoute({
  method: 'get',
  path: '/networks/{id}',
  tags,
  summary: 'A network’s page: purpose, goal, typology, parents and children, member counts',
  request: { params: KeyParams },
  responses: {
    200: jsonResponse(NetworkDetail, 'The network.'),
    400: commonErrors[400],
    404: commonErrors[404],
  },
});

const createNetworkRoute = createRoute({
  method: 'post',
  path: '/networks',
  tags,
  summary: 'Create a network (platform admins)',
  request: jsonBody(CreateNetworkBody),
  responses: { 201: jsonResponse(NetworkDetail, 'Created.'), ...commonErrors, ...conflictError },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/networks/{id}',
  tags,
  summary: 'Edit a network (its coordinators and coordinating committee)',
  request: { params: KeyParams, ...jsonBody(UpdateNetworkBody) },
  responses: { 200: jsonResponse(NetworkDetail, 'Updated.'), ...commonErrors, ...conflictError },
});

/** The network directory, network pages and network edits. */
export function networkRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const filters = c.req.valid('query');
      const { rows, keyOf } = await listNetworks(c.var.db, c.var.principal, filters);
      const page = toPage(rows, filters.limit, keyOf, (row) => ({
        ...toNetworkCore(row.network),
        memberCounts: { organisations: row.organisationCount, people: row.peopleCount },
      }));
      return c.json(page, 200);
    })
    .openapi(regionsRoute, async (c) => {
      const items = await regionsOfVisibleNetworks(c.var.db, c.var.principal);
      return c.json({ items }, 200);
    })
    .openapi(getRoute, async (c) => {
      const { db, principal } = c.var;
      const found = await loadVisibleNetwork(db, principal, c.req.valid('param').id);
      return c.json(await networkDetail(db, principal, found), 200);
    })
    .openapi(createNetworkRoute, async (c) => {
      requireActor(c);
      const { db, principal } = c.var;
      const network = await createNetwork(db, principal, c.req.valid('json'));
      const found = await loadVisibleNetwork(db, principal, network.id);
      return c.json(await networkDetail(db, principal, found), 201);
    })
    .openapi(updateRoute, async (c) => {
      requireActor(c);
      const { db, principal } = c.var;
      const network = await updateNetwork(db, principal, c.req.valid('param').id, c.req.valid('json'));
      const found = await loadVisibleNetwork(db, principal, network.id);
      return c.json(await networkDetail(db, principal, found), 200);
    });
}
