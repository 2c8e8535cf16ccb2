/**
 * Files a resource carries: uploaded by those who may edit it, listed and downloaded by those who
 * may read it. The bytes go to the blob store before the row is written, so a row never names
 * bytes that are not there; bytes without a row (an upload whose transaction failed, a resource
 * deleted) are removed by the sweep (attachments.sweep.ts).
 */
import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/audit.js';
import type { Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { ApiError, notFound, unauthenticated } from '../shared/errors.js';
import type { BlobStore } from '../storage/blob-store.js';
import { identifyFile } from './file-types.js';
import { safeFileName } from './file-names.js';
import {
  attachmentKey,
  attachmentsOf,
  deleteAttachmentRow,
  findAttachment,
  insertAttachment,
} from './attachments.queries.js';
import type { AttachmentValue } from './attachments.schema.js';
import { attachmentView } from './attachment-view.js';
import { loadEditable, loadReadable } from './resources.service.js';
import { attachmentTexts as texts, fileTooLarge } from './resources.texts.js';

export interface AttachmentStorage {
  store: BlobStore;
  maxUploadBytes: number;
}

/** A resource's attachments, oldest first, for anyone who may read it. */
export async function listAttachments(db: Executor, principal: Principal, resourceId: string) {
  await loadReadable(db, principal, resourceId);
  return (await attachmentsOf(db, resourceId)).map(attachmentView);
}

/** Keeps a file for a resource; answers what was kept. */
export async function uploadAttachment(
  db: Database,
  storage: AttachmentStorage,
  principal: Principal,
  resourceId: string,
  upload: { name: string; bytes: Uint8Array },
): Promise<AttachmentValue> {
  if (principal.kind !== 'person') throw unauthenticated();
  await loadEditable(db, principal, resourceId, texts.mayNotAttach);
  if (upload.bytes.length === 0) throw new ApiError('UNSUPPORTED_MEDIA_TYPE', texts.empty);
  if (upload.bytes.length > storage.maxUploadBytes)
    throw new ApiError('PAYLOAD_TOO_LARGE', fileTooLarge(storage.maxUploadBytes));
  const file = await identifyFile(upload.bytes, upload.name);
  if (!file) throw new ApiError('UNSUPPORTED_MEDIA_TYPE', texts.notAFileWeTake);

  const id = crypto.randomUUID();
  await putOrExplain(storage.store, attachmentKey(id), upload.bytes, file.contentType);
  const row = await db
    .transaction(async (tx) => {
      // Checked again inside the transaction: the resource may have gone, or the right with it.
      await loadEditable(tx, principal, resourceId, texts.mayNotAttach);
      const inserted = await insertAttachment(tx, {
        id,
        resourceId,
        fileName: safeFileName(upload.name, file.extension),
        contentType: file.contentType,
        byteSize: upload.bytes.length,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
        uploadedById: principal.personId,
      });
      await recordAudit(tx, {
        actorId: principal.personId,
        action: 'resource.attach',
        entityType: 'resource',
        entityId: resourceId,
        details: { attachmentId: id, contentType: file.contentType, size: upload.bytes.length },
      });
      return inserted;
    })
    .catch(async (error: unknown) => {
      await storage.store.delete(attachmentKey(id)).catch(() => undefined);
      throw error;
    });
  return attachmentView({ ...row, uploaderId: principal.personId, uploaderName: null });
}

async function putOrExplain(store: BlobStore, key: string, bytes: Uint8Array, contentType: string) {
  try {
    await store.put(key, bytes, contentType);
  } catch (error) {
    console.error(`attachments: the ${store.kind} store refused a write:`, (error as Error).message);
    throw new ApiError('SERVICE_UNAVAILABLE', texts.storeUnavailable);
  }
}

/** An attachment's bytes and what to call them, for someone who may read its resource. */
export async function openDownload(db: Executor, store: BlobStore, principal: Principal, id: string) {
  const row = await findAttachment(db, id);
  if (!row) throw notFound('Attachment');
  try {
    await loadReadable(db, principal, row.resourceId);
  } catch (error) {
    // Whether the resource exists is not for someone who may not read it to learn.
    if (error instanceof ApiError && error.code === 'NOT_FOUND') throw notFound('Attachment');
    throw error;
  }
  const bytes = await store.get(attachmentKey(id));
  if (!bytes) {
    console.error(`attachments: ${id} has a row but no bytes in the ${store.kind} store`);
    throw notFound('Attachment');
  }
  return { row, bytes };
}

/** Removes an attachment, for those who may edit its resource. */
export async function deleteAttachment(db: Database, store: BlobStore, principal: Principal, id: string) {
  if (principal.kind !== 'person') throw unauthenticated();
  await db.transaction(async (tx) => {
    const row = await findAttachment(tx, id);
    if (!row) throw notFound('Attachment');
    try {
      await loadEditable(tx, principal, row.resourceId, texts.mayNotAttach);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_FOUND') throw notFound('Attachment');
      throw error;
    }
    await deleteAttachmentRow(tx, id);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'resource.detach',
      entityType: 'resource',
      entityId: row.resourceId,
      details: { attachmentId: id, fileName: row.fileName },
    });
  });
  // After the commit: if this fails, the sweep removes the bytes later.
  await store.delete(attachmentKey(id)).catch(() => undefined);
}
