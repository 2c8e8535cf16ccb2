import { createRoute, z } from '@hono/zod-openapi';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, IdParam, jsonResponse } from '../shared/openapi-common.js';
import { practiceInquiryUse, resourceInquiryUse, whatWorks } from './insight.service.js';
import { EvidenceFromUse, WhatWorks } from './rollup.schema.js';

const tags = ['Inquiry'];

const whatWorksRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/what-works',
  tags,
  summary:
    'What works here: the inquiries the caller may see, rolled up by what was tried and by outcome, each school’s series apart',
  request: { params: z.object({ id: NetworkKeyParam }) },
  responses: { 200: jsonResponse(WhatWorks, 'The roll-up.'), ...commonErrors },
});

const practiceUseRoute = createRoute({
  method: 'get',
  path: '/practices/{id}/inquiry-use',
  tags,
  summary: 'Evidence from use: the cycles and schools that tested the practice, and where a measure improved',
  request: { params: z.object({ id: IdParam }) },
  responses: {
    200: jsonResponse(EvidenceFromUse, 'Its use in the inquiries the caller may see.'),
    ...commonErrors,
  },
});

const resourceUseRoute = createRoute({
  method: 'get',
  path: '/resources/{id}/inquiry-use',
  tags,
  summary: 'Evidence from use: the cycles and schools that tested the resource, and where a measure improved',
  request: { params: z.object({ id: IdParam }) },
  responses: {
    200: jsonResponse(EvidenceFromUse, 'Its use in the inquiries the caller may see.'),
    ...commonErrors,
  },
});

/** The network's "what works here" roll-up and the bank's evidence from use. */
export function insightRoutes() {
  return createRouter()
    .openapi(whatWorksRoute, async (c) =>
      c.json(await whatWorks(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(practiceUseRoute, async (c) =>
      c.json(await practiceInquiryUse(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(resourceUseRoute, async (c) =>
      c.json(await resourceInquiryUse(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    );
}
