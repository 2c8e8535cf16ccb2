import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { commonErrors, conflictError, IdParam, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import {
  AnalysisList,
  AnalysisNodePage,
  AnalysisSummary,
  GraphExportQuery,
  NodeListQuery,
  OwnPosition,
  RequestAnalysisBody,
} from './analyses.schema.js';
import {
  exportGraph,
  getAnalysis,
  listAnalyses,
  listAnalysisNodes,
  ownPosition,
  requestAnalysis,
} from './analyses.service.js';
import { checkAnonymityK, DEFAULT_ANONYMITY_K } from './anonymity.js';
import { analysisSettingsRoutes } from './analysis-settings.routes.js';
import { mapRoutes } from './map.routes.js';

const tags = ['Network analysis'];
const NetworkParams = z.object({ id: NetworkKeyParam });
const IdParams = z.object({ id: IdParam });

const listRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/analyses',
  tags,
  summary: 'The network’s analyses, newest first, with graph-level measures once done',
  request: { params: NetworkParams },
  responses: { 200: jsonResponse(AnalysisList, 'The analyses.'), ...commonErrors },
});

const requestRoute = createRoute({
  method: 'post',
  path: '/networks/{id}/analyses',
  tags,
  summary:
    'Queue an analysis of the network’s ties (coordinators and evaluators); closing a wave queues its own',
  request: { params: NetworkParams, ...jsonBody(RequestAnalysisBody) },
  responses: { 202: jsonResponse(AnalysisSummary, 'Queued: it runs in the background.'), ...commonErrors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/analyses/{id}',
  tags,
  summary: 'One analysis: its status and graph-level measures',
  request: { params: IdParams },
  responses: { 200: jsonResponse(AnalysisSummary, 'The analysis.'), ...commonErrors },
});

const nodesRoute = createRoute({
  method: 'get',
  path: '/analyses/{id}/nodes',
  tags,
  summary:
    'The node table: sortable and filterable; people anonymised unless the caller may see names (keyed order, measures as bands, filters on what is shown)',
  request: { params: IdParams, query: NodeListQuery },
  responses: { 200: jsonResponse(AnalysisNodePage, 'A page of nodes.'), ...commonErrors },
});

const positionRoute = createRoute({
  method: 'get',
  path: '/analyses/{id}/position',
  tags,
  summary: 'Where the caller stands on the map: their own measures, community size, isolate or not',
  request: { params: IdParams },
  responses: { 200: jsonResponse(OwnPosition, 'The caller’s position.'), ...commonErrors },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/graph',
  tags,
  summary:
    'The network as a file for NetworkX, Gephi or a spreadsheet: GraphML, GEXF or CSV, with attributes and measures',
  request: { params: NetworkParams, query: GraphExportQuery },
  responses: {
    200: {
      description:
        'The file. People are anonymised unless the caller may see names: then it is the newest finished analysis of the selection, its nodes as `n<position>` in that analysis’s keyed order (the map’s), attributes shown only where at least k nodes share them and measures as bands (`degree_band` = "3–5"); 409 when no analysis of the selection has finished.',
      content: {
        'application/graphml+xml': { schema: z.string() },
        'application/gexf+xml': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
    ...commonErrors,
    ...conflictError,
  },
});

export interface AnalysisRouteOptions {
  /** The privacy rule's k: the smallest class of people an anonymised answer may show. */
  anonymityK?: number | undefined;
}

/** Network analyses: snapshots of the relationship map computed in the background. */
export function analysisRoutes({ anonymityK = DEFAULT_ANONYMITY_K }: AnalysisRouteOptions = {}) {
  checkAnonymityK(anonymityK);
  return createRouter()
    .openapi(listRoute, async (c) => {
      return c.json(await listAnalyses(c.var.db, c.var.principal, c.req.valid('param').id), 200);
    })
    .openapi(requestRoute, async (c) => {
      const queued = await requestAnalysis(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(queued, 202);
    })
    .openapi(getRoute, async (c) =>
      c.json(await getAnalysis(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(positionRoute, async (c) =>
      c.json(await ownPosition(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(exportRoute, async (c) => {
      const { wave, relation, ...options } = c.req.valid('query');
      const file = await exportGraph(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        { ...options, waveId: wave ?? null, relation: relation ?? null },
        anonymityK,
      );
      return c.body(file.body, 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
      });
    })
    .openapi(nodesRoute, async (c) => {
      const page = await listAnalysisNodes(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('query'),
        anonymityK,
      );
      return c.json(page, 200);
    })
    .route('/', mapRoutes(anonymityK))
    .route('/', analysisSettingsRoutes());
}
