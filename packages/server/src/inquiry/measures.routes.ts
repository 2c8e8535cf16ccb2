import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, requireActor } from '../routing/app-env.js';
import { ApiError } from '../shared/errors.js';
import { commonErrors, conflictError, IdParam, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import { addAnnotation, addPhase, measureChart, removeAnnotation, removePhase } from './marks.service.js';
import {
  AnnotationSchema,
  CreateAnnotationBody,
  CreateMeasureBody,
  CreatePhaseBody,
  MeasureChart,
  MeasureList,
  MeasureSummary,
  PhaseSchema,
  PointList,
  PointsBody,
  PointsWritten,
  UpdateMeasureBody,
} from './measures.schema.js';
import {
  createMeasure,
  deleteMeasure,
  listMeasures,
  measureView,
  updateMeasure,
} from './measures.service.js';
import { measureTexts } from './measures.texts.js';
import { importPoints } from './points-import.js';
import { deletePoint, listPoints, writePoints } from './points.service.js';

const tags = ['Inquiry'];
const Params = z.object({ id: IdParam });
const deleted = { 204: { description: 'Deleted.' } };

const listRoute = createRoute({
  method: 'get',
  path: '/inquiries/{id}/measures',
  tags,
  summary: 'An inquiry’s measures, with how many schools show a signal in each direction',
  request: { params: Params },
  responses: { 200: jsonResponse(MeasureList, 'The measures, in their order.'), ...commonErrors },
});

const createMeasureRoute = createRoute({
  method: 'post',
  path: '/inquiries/{id}/measures',
  tags,
  summary: 'Define a measure: outcome, process or balancing; a value or a proportion; the better direction',
  request: { params: Params, ...jsonBody(CreateMeasureBody) },
  responses: { 201: jsonResponse(MeasureSummary, 'Defined.'), ...commonErrors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/measures/{id}',
  tags,
  summary: 'A measure',
  request: { params: Params },
  responses: { 200: jsonResponse(MeasureSummary, 'The measure.'), ...commonErrors },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/measures/{id}',
  tags,
  summary: 'Change a measure (its type only while it has no points)',
  request: { params: Params, ...jsonBody(UpdateMeasureBody) },
  responses: { 200: jsonResponse(MeasureSummary, 'Changed.'), ...commonErrors, ...conflictError },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/measures/{id}',
  tags,
  summary: 'Delete a measure with its points, annotations and phases',
  request: { params: Params },
  responses: { ...deleted, ...commonErrors },
});

const pointsRoute = createRoute({
  method: 'get',
  path: '/measures/{id}/points',
  tags,
  summary: 'A measure’s data points, by school then period',
  request: {
    params: Params,
    query: z.object({ school: z.uuid().optional().openapi({ description: 'Only this school’s points.' }) }),
  },
  responses: { 200: jsonResponse(PointList, 'The points.'), ...commonErrors },
});

const writePointsRoute = createRoute({
  method: 'post',
  path: '/measures/{id}/points',
  tags,
  summary: 'Enter or correct data points, one per school and period: all of them or none',
  description: `Points are upserted by school and period. Schools are the inquiry team's; a proportion about pupils needs a denominator of at least 10.`,
  request: { params: Params, ...jsonBody(PointsBody) },
  responses: { 200: jsonResponse(PointsWritten, 'Written.'), ...commonErrors },
});

const deletePointRoute = createRoute({
  method: 'delete',
  path: '/measure-points/{id}',
  tags,
  summary: 'Delete a data point',
  request: { params: Params },
  responses: { ...deleted, ...commonErrors },
});

const importRoute = createRoute({
  method: 'post',
  path: '/measures/{id}/import',
  tags,
  summary: 'Import data points from a CSV file: all rows or none',
  description:
    'The body is the file itself (UTF-8): `school_code,period,value` or `school_code,period,numerator,denominator`, optionally `note`; `school_code` is the school’s national code, `period` YYYY-MM-DD or YYYY-MM. Data stays school-level: any other column is refused, and so are two rows for one school and period. A refused file lists its problems by line and column in `details.rows` (the first 20).',
  request: {
    params: Params,
    body: {
      required: true,
      description: 'The CSV file.',
      content: {
        'text/csv': {
          schema: z.string().openapi({ example: 'school_code,period,value\n30001234,2026-01,64\n' }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(PointsWritten, 'Imported.'),
    ...commonErrors,
    415: jsonResponse(z.object({ error: z.any() }), 'The body is JSON or a form, not the file.'),
  },
});

const addAnnotationRoute = createRoute({
  method: 'post',
  path: '/measures/{id}/annotations',
  tags,
  summary: 'Note something on the chart at a period, most often a cycle that tested a change',
  request: { params: Params, ...jsonBody(CreateAnnotationBody) },
  responses: { 201: jsonResponse(AnnotationSchema, 'Added.'), ...commonErrors },
});

const deleteAnnotationRoute = createRoute({
  method: 'delete',
  path: '/measure-annotations/{id}',
  tags,
  summary: 'Delete an annotation',
  request: { params: Params },
  responses: { ...deleted, ...commonErrors },
});

const addPhaseRoute = createRoute({
  method: 'post',
  path: '/measures/{id}/phases',
  tags,
  summary: 'Confirm a change: from its first period, centre and limits are recomputed',
  request: { params: Params, ...jsonBody(CreatePhaseBody) },
  responses: { 201: jsonResponse(PhaseSchema, 'Confirmed.'), ...commonErrors, ...conflictError },
});

const deletePhaseRoute = createRoute({
  method: 'delete',
  path: '/measure-phases/{id}',
  tags,
  summary: 'Remove a confirmed change: its points join the phase before',
  request: { params: Params },
  responses: { ...deleted, ...commonErrors },
});

const chartRoute = createRoute({
  method: 'get',
  path: '/measures/{id}/chart',
  tags,
  summary:
    'A measure’s run chart and SPC chart (I for values, P for proportions) for each school, never pooled: points, centre, limits, runs figures and signals per phase',
  request: { params: Params },
  responses: { 200: jsonResponse(MeasureChart, 'The charts.'), ...commonErrors },
});

/** Measures of inquiries: their points (entered or imported), annotations, phases and charts. */
export function measureRoutes() {
  const router = createRouter();
  router.use('/measures/:id/import', async (c, next) => {
    // The body is the file; a JSON or form body is not one (and the edge has already read a JSON one).
    if (c.req.method === 'POST' && /json|form/i.test(c.req.header('content-type') ?? ''))
      throw new ApiError('UNSUPPORTED_MEDIA_TYPE', measureTexts.sendCsv);
    return next();
  });
  return router
    .openapi(listRoute, async (c) =>
      c.json({ items: await listMeasures(c.var.db, c.var.principal, c.req.valid('param').id) }, 200),
    )
    .openapi(createMeasureRoute, async (c) => {
      requireActor(c);
      const id = await createMeasure(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await measureView(c.var.db, c.var.principal, id), 201);
    })
    .openapi(getRoute, async (c) =>
      c.json(await measureView(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(updateRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await updateMeasure(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await measureView(c.var.db, c.var.principal, id), 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireActor(c);
      await deleteMeasure(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(pointsRoute, async (c) => {
      const items = await listPoints(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('query').school,
      );
      return c.json({ items }, 200);
    })
    .openapi(writePointsRoute, async (c) => {
      requireActor(c);
      const { points } = c.req.valid('json');
      return c.json(await writePoints(c.var.db, c.var.principal, c.req.valid('param').id, points), 200);
    })
    .openapi(deletePointRoute, async (c) => {
      requireActor(c);
      await deletePoint(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(importRoute, async (c) => {
      requireActor(c);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await importPoints(c.var.db, c.var.principal, c.req.valid('param').id, bytes), 200);
    })
    .openapi(addAnnotationRoute, async (c) => {
      requireActor(c);
      return c.json(
        await addAnnotation(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json')),
        201,
      );
    })
    .openapi(deleteAnnotationRoute, async (c) => {
      requireActor(c);
      await removeAnnotation(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(addPhaseRoute, async (c) => {
      requireActor(c);
      return c.json(
        await addPhase(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json')),
        201,
      );
    })
    .openapi(deletePhaseRoute, async (c) => {
      requireActor(c);
      await removePhase(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(chartRoute, async (c) =>
      c.json(await measureChart(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    );
}
