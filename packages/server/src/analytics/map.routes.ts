import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, IdParam, jsonResponse } from '../shared/openapi-common.js';
import { AnalysisMap } from './map.schema.js';
import { getAnalysisMap } from './map.service.js';

const mapRoute = createRoute({
  method: 'get',
  path: '/analyses/{id}/map',
  tags: ['Network analysis'],
  summary:
    'The stored map of an analysis: layout, ties, measures and groups as parallel arrays; people anonymised unless the caller may see names',
  request: { params: z.object({ id: IdParam }) },
  responses: {
    200: jsonResponse(
      AnalysisMap,
      'The map, or its status while it is pending (poll) or if the analysis failed.',
    ),
    ...commonErrors,
  },
});

/** The map of an analysis, read from its snapshot; `anonymityK` is the privacy rule's k. */
export function mapRoutes(anonymityK: number) {
  return createRouter().openapi(mapRoute, async (c) =>
    c.json(await getAnalysisMap(c.var.db, c.var.principal, c.req.valid('param').id, anonymityK), 200),
  );
}
