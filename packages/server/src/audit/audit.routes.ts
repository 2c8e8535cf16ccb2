import { createRoute, z } from '@hono/zod-openapi';
import { canReadAuditLog } from '../authz/policy.js';
import { createRouter } from '../routing/app-env.js';
import { forbidden } from '../shared/errors.js';
import { commonErrors, jsonResponse } from '../shared/openapi-common.js';
import { decodeCursor, PageQuery, pageOf, toPage } from '../shared/pagination.js';
import { requireActor } from '../routing/app-env.js';
import { auditEntries } from './audit.queries.js';

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    actorId: z.uuid().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
    at: z.string(),
  })
  .openapi('AuditEntry');

const AuditQuery = PageQuery.extend({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.uuid().optional(),
});

const listRoute = createRoute({
  method: 'get',
  path: '/audit-log',
  tags: ['Audit'],
  summary: 'The audit log, newest first (platform admins)',
  request: { query: AuditQuery },
  responses: {
    200: jsonResponse(pageOf(AuditEntrySchema, 'AuditPage'), 'A page of audit entries.'),
    400: commonErrors[400],
    401: commonErrors[401],
    403: commonErrors[403],
  },
});

/** Reading the audit log. */
export function auditRoutes() {
  return createRouter().openapi(listRoute, async (c) => {
    requireActor(c);
    if (!canReadAuditLog(c.var.principal))
      throw forbidden('Only platform administrators read the audit log.');
    const query = c.req.valid('query');
    const filters = {
      entityType: query.entityType,
      entityId: query.entityId,
      actorId: query.actor,
      beforeId: query.cursor ? decodeCursor(query.cursor, ['int'])[0] : undefined,
    };
    // One more than a page, to know whether another follows.
    const rows = await auditEntries(c.var.db, filters, query.limit + 1);
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.id],
      (row) => ({ ...row, at: row.at.toISOString() }),
    );
    return c.json(page, 200);
  });
}
