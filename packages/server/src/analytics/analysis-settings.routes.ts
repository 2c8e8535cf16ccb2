import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import { AnalysisSettings, AnalysisSettingsBody } from './analysis-settings.schema.js';
import { getAnalysisSettings, updateAnalysisSettings } from './analysis-settings.service.js';

const tags = ['Network analysis'];
const params = z.object({ id: NetworkKeyParam });

const getRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/analysis-settings',
  tags,
  summary: 'The network’s main survey, whose latest analysed wave its suggestions use',
  request: { params },
  responses: { 200: jsonResponse(AnalysisSettings, 'The settings.'), ...commonErrors },
});

const putRoute = createRoute({
  method: 'put',
  path: '/networks/{id}/analysis-settings',
  tags,
  summary: 'Choose the network’s main survey (coordinators); null returns to the default',
  request: { params, ...jsonBody(AnalysisSettingsBody) },
  responses: { 200: jsonResponse(AnalysisSettings, 'The settings, changed.'), ...commonErrors },
});

/** A network's analysis settings. */
export function analysisSettingsRoutes() {
  return createRouter()
    .openapi(getRoute, async (c) =>
      c.json(await getAnalysisSettings(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(putRoute, async (c) =>
      c.json(
        await updateAnalysisSettings(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    );
}
