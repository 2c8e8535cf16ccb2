import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, jsonResponse } from '../shared/openapi-common.js';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import { Suggestions, SuggestionsQuery } from './suggestions.schema.js';
import { networkSuggestions } from './suggestions.service.js';

const suggestionsRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/suggestions',
  tags: ['Network analysis'],
  summary:
    'Suggested connections for a person (themselves; coordinators and evaluators for anyone) or a member organisation',
  request: { params: z.object({ id: NetworkKeyParam }), query: SuggestionsQuery },
  responses: { 200: jsonResponse(Suggestions, 'Up to ten suggestions, best first.'), ...commonErrors },
});

/** Suggested connections that reach isolates and bridge structural holes, matched on needs and expertise. */
export function suggestionRoutes() {
  return createRouter().openapi(suggestionsRoute, async (c) =>
    c.json(
      await networkSuggestions(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('query')),
      200,
    ),
  );
}
