import { createRoute, z } from '@hono/zod-openapi';
import contentDisposition from 'content-disposition';
import { bodyLimit } from 'hono/body-limit';
import { createRouter, requireActor } from '../routing/app-env.js';
import { ApiError } from '../shared/errors.js';
import { commonErrors, IdParam, jsonResponse } from '../shared/openapi-common.js';
import {
  AttachmentList,
  AttachmentView,
  downloadContent,
  uploadBody,
  UploadQuery,
} from './attachments.schema.js';
import {
  deleteAttachment,
  listAttachments,
  openDownload,
  uploadAttachment,
  type AttachmentStorage,
} from './attachments.service.js';
import { attachmentTexts, fileTooLarge } from './resources.texts.js';

const tags = ['Resources'];
const Params = z.object({ id: IdParam });

/** The upload path, whose body may be larger than the API's 1 MB (app.ts lets it through). */
export const UPLOAD_PATH = /^\/api\/v1\/resources\/[^/]+\/attachments$/;

const unsupported = {
  415: jsonResponse(z.object({ error: z.any() }), 'The bytes are none of the file types Trellis keeps.'),
  503: jsonResponse(z.object({ error: z.any() }), 'The file store cannot be reached; try again.'),
} as const;

const listRoute = createRoute({
  method: 'get',
  path: '/resources/{id}/attachments',
  tags,
  summary: 'The files a resource carries, for whoever may read it',
  request: { params: Params },
  responses: { 200: jsonResponse(AttachmentList, 'The attachments, oldest first.'), ...commonErrors },
});

const uploadRoute = createRoute({
  method: 'post',
  path: '/resources/{id}/attachments',
  tags,
  summary:
    'Attach a file (those who may edit the resource): the raw bytes as the body, its name in `name`; its type is found from the bytes',
  request: { params: Params, query: UploadQuery, ...uploadBody },
  responses: {
    201: jsonResponse(AttachmentView, 'Kept.'),
    ...commonErrors,
    ...unsupported,
  },
});

const downloadRoute = createRoute({
  method: 'get',
  path: '/attachments/{id}',
  tags,
  summary:
    'Download an attachment, authorised like its resource; always as a file (Content-Disposition: attachment), never shown inline',
  request: { params: Params },
  responses: {
    200: { description: 'The file, as the type its bytes are.', content: downloadContent },
    ...commonErrors,
    ...unsupported,
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/attachments/{id}',
  tags,
  summary: 'Remove an attachment (those who may edit its resource)',
  request: { params: Params },
  responses: { 204: { description: 'Removed.' }, ...commonErrors },
});

const asciiFallback = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');

export function attachmentRoutes(storage: AttachmentStorage) {
  const limit = bodyLimit({
    maxSize: storage.maxUploadBytes,
    onError: () => {
      throw new ApiError('PAYLOAD_TOO_LARGE', fileTooLarge(storage.maxUploadBytes));
    },
  });
  const router = createRouter();
  router.use('/resources/:id/attachments', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    // A JSON or form body is not a file (and the edge has already read a JSON one).
    if (/json|form/i.test(c.req.header('content-type') ?? ''))
      throw new ApiError('UNSUPPORTED_MEDIA_TYPE', attachmentTexts.sendTheFile);
    return limit(c, next);
  });
  return router
    .openapi(listRoute, async (c) =>
      c.json({ items: await listAttachments(c.var.db, c.var.principal, c.req.valid('param').id) }, 200),
    )
    .openapi(uploadRoute, async (c) => {
      requireActor(c);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const attachment = await uploadAttachment(c.var.db, storage, c.var.principal, c.req.valid('param').id, {
        name: c.req.valid('query').name,
        bytes,
      });
      return c.json(attachment, 201);
    })
    .openapi(downloadRoute, async (c) => {
      const { row, bytes } = await openDownload(
        c.var.db,
        storage.store,
        c.var.principal,
        c.req.valid('param').id,
      );
      return new Response(bytes, {
        status: 200,
        headers: {
          'Content-Type': row.contentType.startsWith('text/')
            ? `${row.contentType}; charset=utf-8`
            : row.contentType,
          'Content-Length': String(row.byteSize),
          // An ASCII name for old clients, the real one in filename* (RFC 6266) for the rest.
          'Content-Disposition': contentDisposition(row.fileName, {
            type: 'attachment',
            fallback: asciiFallback(row.fileName),
          }),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      }) as never;
    })
    .openapi(deleteRoute, async (c) => {
      requireActor(c);
      await deleteAttachment(c.var.db, storage.store, c.var.principal, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
