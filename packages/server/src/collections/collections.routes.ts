import { createRoute, z } from '@hono/zod-openapi';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import { createRouter, requireActor } from '../routing/app-env.js';
import { commonErrors, IdParam, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import {
  BankActivity,
  BankActivityQuery,
  CollectionDetail,
  CollectionInput,
  CollectionItemsInput,
  CollectionList,
  CollectionPatch,
} from './collections.schema.js';
import {
  collectionDetail,
  createCollection,
  deleteCollection,
  networkBankActivity,
  networkCollections,
  setCollectionItems,
  updateCollection,
} from './collections.service.js';

const tags = ['Collections'];
const Params = z.object({ id: IdParam });
const NetworkParams = z.object({ id: NetworkKeyParam });

const listRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/collections',
  tags,
  summary: 'A network’s collections, newest first (item counts only of the resources the caller may read)',
  request: { params: NetworkParams },
  responses: { 200: jsonResponse(CollectionList, 'The collections.'), ...commonErrors },
});

const createCollectionRoute = createRoute({
  method: 'post',
  path: '/networks/{id}/collections',
  tags,
  summary: 'Curate a collection (the network’s coordinators, committee and facilitators)',
  request: { params: NetworkParams, ...jsonBody(CollectionInput) },
  responses: { 201: jsonResponse(CollectionDetail, 'Created.'), ...commonErrors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/collections/{id}',
  tags,
  summary: 'A collection and, in order, the resources in it that the caller may read',
  request: { params: Params },
  responses: { 200: jsonResponse(CollectionDetail, 'The collection.'), ...commonErrors },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/collections/{id}',
  tags,
  summary: 'Rename or redescribe a collection',
  request: { params: Params, ...jsonBody(CollectionPatch) },
  responses: { 200: jsonResponse(CollectionDetail, 'Saved.'), ...commonErrors },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/collections/{id}',
  tags,
  summary: 'Delete a collection (its resources stay in the bank)',
  request: { params: Params },
  responses: { 204: { description: 'Deleted.' }, ...commonErrors },
});

const itemsRoute = createRoute({
  method: 'put',
  path: '/collections/{id}/items',
  tags,
  summary:
    'Set a collection’s resources, in order (items the curator cannot read are kept, after the others)',
  request: { params: Params, ...jsonBody(CollectionItemsInput) },
  responses: { 200: jsonResponse(CollectionDetail, 'Saved.'), ...commonErrors },
});

const activityRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/bank-activity',
  tags,
  summary:
    'What the network’s members shared and adapted since a day (default: the start of the school term), as the caller may read it',
  request: { params: NetworkParams, query: BankActivityQuery },
  responses: { 200: jsonResponse(BankActivity, 'Counts and the newest 100.'), ...commonErrors },
});

/** Collections of the knowledge bank and a network's bank activity. */
export function collectionRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) =>
      c.json(await networkCollections(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(createCollectionRoute, async (c) => {
      requireActor(c);
      const id = await createCollection(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(await collectionDetail(c.var.db, c.var.principal, id), 201);
    })
    .openapi(getRoute, async (c) =>
      c.json(await collectionDetail(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(updateRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await updateCollection(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await collectionDetail(c.var.db, c.var.principal, id), 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireActor(c);
      await deleteCollection(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(itemsRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await setCollectionItems(c.var.db, c.var.principal, id, c.req.valid('json').resourceIds);
      return c.json(await collectionDetail(c.var.db, c.var.principal, id), 200);
    })
    .openapi(activityRoute, async (c) =>
      c.json(
        await networkBankActivity(
          c.var.db,
          c.var.principal,
          c.req.valid('param').id,
          c.req.valid('query').since,
        ),
        200,
      ),
    );
}
