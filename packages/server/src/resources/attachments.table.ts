import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.js';
import { people } from '../people/people.table.js';
import { resources } from './resources.table.js';

/**
 * A file a resource carries. The bytes are in the blob store under `attachments/<id>`; this row
 * says what they are. Deleting the resource deletes its rows, and the store's sweep
 * (resources/attachments.sweep.ts) then removes bytes no row names.
 */
export const resourceAttachments = pgTable(
  'resource_attachments',
  {
    id: idColumn(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    /** The uploader's name made safe, ending in the extension of what the bytes are. */
    fileName: text('file_name').notNull(),
    /** Decided from the bytes (resources/file-types.ts), never from the name or the request. */
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** Hex SHA-256 of the bytes, so that a copy can be checked against what was uploaded. */
    sha256: text('sha256').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('resource_attachments_resource_idx').on(t.resourceId, t.createdAt)],
);
