import type { AttachmentListRow } from './attachments.queries.js';
import type { AttachmentValue } from './attachments.schema.js';

export const downloadUrl = (id: string) => `/api/v1/attachments/${id}`;

export function attachmentView(row: AttachmentListRow): AttachmentValue {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.byteSize,
    uploadedBy: row.uploaderId ? { id: row.uploaderId, name: row.uploaderName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: downloadUrl(row.id),
  };
}
