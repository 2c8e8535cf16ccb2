import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { people } from '../people/people.table.js';
import { resourceAttachments } from './attachments.table.js';

/** Where an attachment's bytes are in the blob store. */
export const attachmentKey = (id: string) => `attachments/${id}`;
export const ATTACHMENT_KEY_PREFIX = 'attachments/';

export type AttachmentRow = typeof resourceAttachments.$inferSelect;

const withUploader = {
  id: resourceAttachments.id,
  resourceId: resourceAttachments.resourceId,
  fileName: resourceAttachments.fileName,
  contentType: resourceAttachments.contentType,
  byteSize: resourceAttachments.byteSize,
  createdAt: resourceAttachments.createdAt,
  uploaderId: people.id,
  uploaderName: people.displayName,
};
export type AttachmentListRow = Awaited<ReturnType<typeof attachmentsOf>>[number];

export function attachmentsOf(db: Executor, resourceId: string) {
  return db
    .select(withUploader)
    .from(resourceAttachments)
    .leftJoin(people, eq(people.id, resourceAttachments.uploadedById))
    .where(eq(resourceAttachments.resourceId, resourceId))
    .orderBy(asc(resourceAttachments.createdAt), asc(resourceAttachments.id));
}

export async function findAttachment(db: Executor, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db.select().from(resourceAttachments).where(eq(resourceAttachments.id, id));
  return row;
}

export async function insertAttachment(db: Executor, values: typeof resourceAttachments.$inferInsert) {
  const [row] = await db.insert(resourceAttachments).values(values).returning();
  return row!;
}

export async function deleteAttachmentRow(db: Executor, id: string) {
  await db.delete(resourceAttachments).where(eq(resourceAttachments.id, id));
}

/** The ids of a resource's attachments (to remove their bytes once the resource is gone). */
export async function attachmentIdsOf(db: Executor, resourceId: string): Promise<string[]> {
  const rows = await db
    .select({ id: resourceAttachments.id })
    .from(resourceAttachments)
    .where(eq(resourceAttachments.resourceId, resourceId));
  return rows.map((row) => row.id);
}

/** Which of these attachment ids still have a row. */
export async function existingAttachmentIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: resourceAttachments.id })
    .from(resourceAttachments)
    .where(inArray(resourceAttachments.id, ids));
  return new Set(rows.map((row) => row.id));
}
