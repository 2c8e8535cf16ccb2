import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, jsonResponse } from '../shared/openapi-common.js';
import { resourceSuggestions, searchResources } from './resources.search.js';
import {
  ResourceSearchPage,
  ResourceSearchQuery,
  SuggestionList,
  SuggestionQuery,
} from './resources.search.schema.js';

const tags = ['Resources'];

const searchRoute = createRoute({
  method: 'get',
  path: '/resources',
  tags,
  summary:
    'Search the knowledge bank: words in either language (accents, plurals and small typos forgiven), filters, facets',
  request: { query: ResourceSearchQuery },
  responses: {
    200: jsonResponse(
      ResourceSearchPage,
      'A page of resources the caller may see, best match (or newest) first.',
    ),
    400: commonErrors[400],
  },
});

const suggestionsRoute = createRoute({
  method: 'get',
  path: '/resources/suggestions',
  tags,
  summary: 'The most used subjects or tags among the resources the caller may see, for type-ahead',
  request: { query: SuggestionQuery },
  responses: {
    200: jsonResponse(SuggestionList, 'Up to 10 values, those starting with the text first.'),
    400: commonErrors[400],
  },
});

/**
 * Resource search and type-ahead. Mount before any `/resources/{id}` route: otherwise
 * `suggestions` would be taken for an id.
 */
export function resourceSearchRoutes() {
  return createRouter()
    .openapi(suggestionsRoute, async (c) => {
      const { field, q } = c.req.valid('query');
      return c.json({ items: await resourceSuggestions(c.var.db, c.var.principal, field, q) }, 200);
    })
    .openapi(searchRoute, async (c) =>
      c.json(await searchResources(c.var.db, c.var.principal, c.req.valid('query')), 200),
    );
}
