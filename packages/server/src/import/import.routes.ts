import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, requireActor } from '../routing/app-env.js';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import { commonErrors, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { importNetworkMembers } from './network-members.js';

const ImportMembersBody = z
  .object({
    csv: z.string().min(1).max(900_000).openapi({
      description:
        'The memberships CSV (docs/import.md): organisation_code or person_email, role, start_date; the network column may be left out.',
      example: 'person_email,role\nana@example.org,member\n',
    }),
  })
  .strict()
  .openapi('ImportMembers');

const ImportMembersResult = z
  .object({ created: z.number().int().openapi({ description: 'Memberships added.' }) })
  .openapi('ImportMembersResult');

const importMembersRoute = createRoute({
  method: 'post',
  path: '/networks/{id}/memberships/import',
  tags: ['Memberships'],
  summary: 'Add many members at once from a CSV file: all rows or none',
  description:
    'Every row is checked first; if any is wrong nothing is written and the 400 lists each problem in `details.rows` (row as a spreadsheet counts lines, header = 1; column; message).',
  request: { params: z.object({ id: NetworkKeyParam }), ...jsonBody(ImportMembersBody) },
  responses: { 201: jsonResponse(ImportMembersResult, 'Added.'), ...commonErrors },
});

/** Importing members into one network from the web app. */
export function importRoutes() {
  return createRouter().openapi(importMembersRoute, async (c) => {
    requireActor(c);
    const result = await importNetworkMembers(
      c.var.db,
      c.var.principal,
      c.req.valid('param').id,
      c.req.valid('json').csv,
    );
    return c.json(result, 201);
  });
}
