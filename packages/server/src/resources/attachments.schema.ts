import { z } from '@hono/zod-openapi';
import { ATTACHMENT_FILE_TYPES } from '../shared/vocabulary.js';

export const AttachmentView = z
  .object({
    id: z.uuid(),
    fileName: z.string().openapi({ description: 'Made safe, ending in the extension of what the file is.' }),
    contentType: z.enum(Object.values(ATTACHMENT_FILE_TYPES) as [string, ...string[]]).openapi({
      description: 'What the bytes are, as Trellis found when it was uploaded (never the name’s guess).',
    }),
    size: z.number().int().openapi({ description: 'In bytes.' }),
    uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    createdAt: z.string(),
    downloadUrl: z
      .string()
      .openapi({ description: 'Where to download it (always as a file, never shown inline).' }),
  })
  .openapi('Attachment');
export type AttachmentValue = z.infer<typeof AttachmentView>;

export const AttachmentList = z.object({ items: z.array(AttachmentView) }).openapi('AttachmentList');

export const UploadQuery = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .openapi({ description: 'The file’s name as the uploader has it ("Rúbrica 2º ESO.pdf").' }),
});

/** The request body: the file's bytes as they are, whatever type the client says. */
export const uploadBody = {
  body: {
    required: true,
    description: `The file itself (at most the server’s TRELLIS_MAX_UPLOAD_MB). Its type is found from its bytes: ${Object.keys(ATTACHMENT_FILE_TYPES).join(', ')}.`,
    content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
  },
} as const;

/** Each type a download may be, for the OpenAPI document. */
export const downloadContent = Object.fromEntries(
  Object.values(ATTACHMENT_FILE_TYPES).map((type) => [
    type,
    { schema: z.string().openapi({ format: 'binary' }) },
  ]),
);
