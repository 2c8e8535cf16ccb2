import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { requestLocale } from '../shared/locale.js';
import { commonErrors, jsonResponse } from '../shared/openapi-common.js';
import { TopicsAnswer, TopicsQuery } from './topics.schema.js';
import { suggestTopics } from './topics.service.js';

const topicsRoute = createRoute({
  method: 'get',
  path: '/topics',
  tags: ['People'],
  summary: 'The topics people’s expertise and needs are chosen from, matching what has been typed',
  request: { query: TopicsQuery },
  responses: {
    200: jsonResponse(TopicsAnswer, 'Matching topics (up to ten; all without `q`), and free tags in use.'),
    ...commonErrors,
  },
});

/** The bilingual topic vocabulary, for tag boxes' autocomplete. */
export function topicRoutes() {
  return createRouter().openapi(topicsRoute, async (c) =>
    c.json(
      await suggestTopics(c.var.db, c.var.principal, c.req.valid('query').q ?? '', requestLocale(c)),
      200,
    ),
  );
}
