import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter, requireActor, type AppEnv } from '../routing/app-env.js';
import { commonErrors, conflictError, IdParam, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { requestLocale } from '../shared/locale.js';
import type { BlobStore } from '../storage/blob-store.js';
import { attachmentKey } from './attachments.queries.js';
import {
  ResourceAdaptationList,
  ResourceDetail,
  ResourceInput,
  ResourcePatch,
  ResourceVersionDetail,
  ResourceVersionList,
  VersionParams,
} from './resources.schema.js';
import {
  adaptResource,
  createResource,
  deleteResource,
  resourceAdaptations,
  resourceDetail,
  resourceVersion,
  resourceVersions,
  updateResource,
} from './resources.service.js';

const tags = ['Resources'];
const Params = z.object({ id: IdParam });

const createResourceRoute = createRoute({
  method: 'post',
  path: '/resources',
  tags,
  summary: 'Write a resource (sharing it with a network: its members, observers aside)',
  request: jsonBody(ResourceInput),
  responses: { 201: jsonResponse(ResourceDetail, 'Created, as version 1.'), ...commonErrors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/resources/{id}',
  tags,
  summary: 'A resource: its content, rendered body, licence, authors, what it adapts, JSON-LD when public',
  request: { params: Params },
  responses: { 200: jsonResponse(ResourceDetail, 'The resource.'), ...commonErrors },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/resources/{id}',
  tags,
  summary: 'Edit a resource (its authors; the network’s coordinators): a new version with a note',
  request: { params: Params, ...jsonBody(ResourcePatch) },
  responses: { 200: jsonResponse(ResourceDetail, 'Saved as the next version.'), ...commonErrors },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/resources/{id}',
  tags,
  summary: 'Delete a resource and its versions (its adaptations stay, no longer pointing at it)',
  request: { params: Params },
  responses: { 204: { description: 'Deleted.' }, ...commonErrors },
});

const versionsRoute = createRoute({
  method: 'get',
  path: '/resources/{id}/versions',
  tags,
  summary: 'A resource’s history: who saved each version, when, with what note, and what changed',
  request: { params: Params },
  responses: { 200: jsonResponse(ResourceVersionList, 'The versions, oldest first.'), ...commonErrors },
});

const versionRoute = createRoute({
  method: 'get',
  path: '/resources/{id}/versions/{version}',
  tags,
  summary: 'One version of a resource, as it was saved',
  request: { params: VersionParams },
  responses: { 200: jsonResponse(ResourceVersionDetail, 'The version.'), ...commonErrors },
});

const adaptRoute = createRoute({
  method: 'post',
  path: '/resources/{id}/adaptations',
  tags,
  summary:
    'Adapt a resource: a new resource based on it, if its licence allows (409 LICENCE_* with the reason otherwise)',
  request: { params: Params, ...jsonBody(ResourceInput) },
  responses: {
    201: jsonResponse(ResourceDetail, 'The adaptation, crediting the original.'),
    ...commonErrors,
    ...conflictError,
  },
});

const adaptationsRoute = createRoute({
  method: 'get',
  path: '/resources/{id}/adaptations',
  tags,
  summary: 'The adaptations of a resource that the caller may read, newest first',
  request: { params: Params },
  responses: { 200: jsonResponse(ResourceAdaptationList, 'The adaptations.'), ...commonErrors },
});

/** Resources of the knowledge bank: one resource, its versions and adaptations (lists: resources.search). */
export function resourceRoutes(options: { publicUrl?: string | undefined; store: BlobStore }) {
  const detail = (c: Context<AppEnv>, id: string) =>
    resourceDetail(c.var.db, c.var.principal, id, {
      locale: requestLocale(c),
      origin: options.publicUrl ?? new URL(c.req.url).origin,
    });
  return createRouter()
    .openapi(createResourceRoute, async (c) => {
      requireActor(c);
      const id = await createResource(c.var.db, c.var.principal, c.req.valid('json'));
      return c.json(await detail(c, id), 201);
    })
    .openapi(getRoute, async (c) => c.json(await detail(c, c.req.valid('param').id), 200))
    .openapi(updateRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await updateResource(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await detail(c, id), 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireActor(c);
      const attachmentIds = await deleteResource(c.var.db, c.var.principal, c.req.valid('param').id);
      // Once the rows are gone; bytes left by a failure here are the sweep's (attachments.sweep.ts).
      for (const id of attachmentIds) await options.store.delete(attachmentKey(id)).catch(() => undefined);
      return c.body(null, 204);
    })
    .openapi(versionsRoute, async (c) =>
      c.json({ items: await resourceVersions(c.var.db, c.var.principal, c.req.valid('param').id) }, 200),
    )
    .openapi(versionRoute, async (c) => {
      const { id, version } = c.req.valid('param');
      return c.json(await resourceVersion(c.var.db, c.var.principal, id, version), 200);
    })
    .openapi(adaptRoute, async (c) => {
      requireActor(c);
      const id = await adaptResource(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await detail(c, id), 201);
    })
    .openapi(adaptationsRoute, async (c) =>
      c.json({ items: await resourceAdaptations(c.var.db, c.var.principal, c.req.valid('param').id) }, 200),
    );
}
