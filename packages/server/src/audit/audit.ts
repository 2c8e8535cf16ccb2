import type { Executor } from '../db/database.js';
import { auditLog } from './audit.table.js';

export interface AuditEntry {
  /** The person who acted; null for the system (demo build, command-line import). */
  actorId: string | null;
  /** `entity.verb`, e.g. `network.update`, `membership.create`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** What changed: field names and new values, never secrets. */
  details?: Record<string, unknown>;
}

/** Records a write in the audit log; call it inside the write's transaction so both land or neither. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    details: entry.details ?? null,
  });
}
