import { and, desc, eq, lt } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { auditLog } from './audit.table.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** Which audit entries to list: by entity, by actor, and those older than an entry (a page's cursor). */
export interface AuditFilters {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  beforeId?: number | undefined;
}

/** Audit entries matching the filters, newest first, at most `limit`. */
export async function auditEntries(db: Executor, filters: AuditFilters, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        filters.entityType ? eq(auditLog.entityType, filters.entityType) : undefined,
        filters.entityId ? eq(auditLog.entityId, filters.entityId) : undefined,
        filters.actorId ? eq(auditLog.actorId, filters.actorId) : undefined,
        filters.beforeId !== undefined ? lt(auditLog.id, filters.beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
