import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, requireActor } from '../routing/app-env.js';
import { commonErrors, conflictError, IdParam, jsonBody, jsonResponse } from '../shared/openapi-common.js';
import {
  CreateCycleBody,
  CycleDetail,
  CycleList,
  DriverDiagram,
  DriverDiagramBody,
  UpdateCycleBody,
} from './cycles.schema.js';
import { createCycle, cycleDetail, cyclesOf, deleteCycle, updateCycle } from './cycles.service.js';
import { driverDiagram, saveDriverDiagram } from './drivers.service.js';

const tags = ['Inquiry'];
const Params = z.object({ id: IdParam });

const diagramRoute = createRoute({
  method: 'get',
  path: '/inquiries/{id}/driver-diagram',
  tags,
  summary: 'An inquiry’s driver diagram: aim, primary and secondary drivers, change ideas and their links',
  request: { params: Params },
  responses: { 200: jsonResponse(DriverDiagram, 'The diagram.'), ...commonErrors },
});

const saveDiagramRoute = createRoute({
  method: 'put',
  path: '/inquiries/{id}/driver-diagram',
  tags,
  summary: 'Save the whole outline (existing ids keep their nodes; a change idea with cycles stays)',
  request: { params: Params, ...jsonBody(DriverDiagramBody) },
  responses: { 200: jsonResponse(DriverDiagram, 'Saved.'), ...commonErrors, ...conflictError },
});

const listRoute = createRoute({
  method: 'get',
  path: '/inquiries/{id}/cycles',
  tags,
  summary: 'An inquiry’s PDSA cycles, in the order they started',
  request: { params: Params },
  responses: { 200: jsonResponse(CycleList, 'The cycles.'), ...commonErrors },
});

const createCycleRoute = createRoute({
  method: 'post',
  path: '/inquiries/{id}/cycles',
  tags,
  summary: 'Plan a PDSA cycle under a change idea, with a prediction for each question',
  request: { params: Params, ...jsonBody(CreateCycleBody) },
  responses: { 201: jsonResponse(CycleDetail, 'Planned.'), ...commonErrors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/cycles/{id}',
  tags,
  summary: 'A PDSA cycle: plan, do, study (results beside predictions) and act',
  request: { params: Params },
  responses: { 200: jsonResponse(CycleDetail, 'The cycle.'), ...commonErrors },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/cycles/{id}',
  tags,
  summary: 'Change a cycle: what happened, the results, the decision',
  request: { params: Params, ...jsonBody(UpdateCycleBody) },
  responses: { 200: jsonResponse(CycleDetail, 'Changed.'), ...commonErrors },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/cycles/{id}',
  tags,
  summary: 'Delete a cycle',
  request: { params: Params },
  responses: { 204: { description: 'Deleted.' }, ...commonErrors },
});

/** Driver diagrams and PDSA cycles. */
export function cycleRoutes() {
  return createRouter()
    .openapi(diagramRoute, async (c) =>
      c.json(await driverDiagram(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(saveDiagramRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await saveDriverDiagram(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await driverDiagram(c.var.db, c.var.principal, id), 200);
    })
    .openapi(listRoute, async (c) =>
      c.json({ items: await cyclesOf(c.var.db, c.var.principal, c.req.valid('param').id) }, 200),
    )
    .openapi(createCycleRoute, async (c) => {
      requireActor(c);
      const id = await createCycle(c.var.db, c.var.principal, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await cycleDetail(c.var.db, c.var.principal, id), 201);
    })
    .openapi(getRoute, async (c) =>
      c.json(await cycleDetail(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(updateRoute, async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await updateCycle(c.var.db, c.var.principal, id, c.req.valid('json'));
      return c.json(await cycleDetail(c.var.db, c.var.principal, id), 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireActor(c);
      await deleteCycle(c.var.db, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
