import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, conflictError, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { pageOf } from '../shared/pagination.js';
import { requireActor } from '../routing/app-env.js';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import {
  AddMembershipBody,
  MembershipListQuery,
  MembershipSchema,
  UpdateMembershipBody,
} from './memberships.schema.js';
import { addMembership, listNetworkMemberships, updateMembership } from './memberships.service.js';

const tags = ['Memberships'];
const NetworkParams = z.object({ id: NetworkKeyParam });
const MembershipParams = z.object({
  id: NetworkKeyParam,
  membershipId: z.uuid().openapi({ param: { name: 'membershipId', in: 'path' } }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/memberships',
  tags,
  summary: 'Members of a network by role (coordinators first), then name',
  request: { params: NetworkParams, query: MembershipListQuery },
  responses: {
    200: jsonResponse(pageOf(MembershipSchema, 'MembershipPage'), 'A page of memberships.'),
    400: commonErrors[400],
    401: commonErrors[401],
    404: commonErrors[404],
  },
});

const addRoute = createRoute({
  method: 'post',
  path: '/networks/{id}/memberships',
  tags,
  summary: 'Add an organisation or a person to a network with a role',
  request: { params: NetworkParams, ...jsonBody(AddMembershipBody) },
  responses: { 201: jsonResponse(MembershipSchema, 'Added.'), ...commonErrors, ...conflictError },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/networks/{id}/memberships/{membershipId}',
  tags,
  summary: 'Change a member’s role, or end the membership with an end date',
  request: { params: MembershipParams, ...jsonBody(UpdateMembershipBody) },
  responses: { 200: jsonResponse(MembershipSchema, 'Updated.'), ...commonErrors, ...conflictError },
});

const endRoute = createRoute({
  method: 'delete',
  path: '/networks/{id}/memberships/{membershipId}',
  tags,
  summary: 'End a membership today (it stays in the history)',
  request: { params: MembershipParams },
  responses: { 200: jsonResponse(MembershipSchema, 'Ended.'), ...commonErrors, ...conflictError },
});

const today = () => new Date().toISOString().slice(0, 10);

/** Listing, adding, re-roling and ending network memberships. */
export function membershipRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const page = await listNetworkMemberships(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return c.json(page, 200);
    })
    .openapi(addRoute, async (c) => {
      requireActor(c);
      const membership = await addMembership(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(membership, 201);
    })
    .openapi(updateRoute, async (c) => {
      requireActor(c);
      const { id, membershipId } = c.req.valid('param');
      return c.json(
        await updateMembership(c.var.db, c.var.principal, id, membershipId, c.req.valid('json')),
        200,
      );
    })
    .openapi(endRoute, async (c) => {
      requireActor(c);
      const { id, membershipId } = c.req.valid('param');
      return c.json(
        await updateMembership(c.var.db, c.var.principal, id, membershipId, { endDate: today() }),
        200,
      );
    });
}
