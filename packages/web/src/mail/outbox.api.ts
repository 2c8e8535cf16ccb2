/** The admin's outbox: every mail, newest first, and one mail as sent. */
import type { z } from 'zod';
import type { OutboxMailSchema, OutboxPageSchema } from '../../../server/src/mail/mail.schema.js';
import { api, withQuery } from '../api/client.ts';

export type OutboxPage = z.infer<typeof OutboxPageSchema>;
export type OutboxMail = z.infer<typeof OutboxMailSchema>;

export const OUTBOX_PAGE_SIZE = 25;

export const listOutbox = (cursor: string | null, signal?: AbortSignal) =>
  api<OutboxPage>(withQuery('/mail', { limit: OUTBOX_PAGE_SIZE, cursor: cursor ?? undefined }), { signal });

export const getOutboxMail = (id: string, signal?: AbortSignal) => api<OutboxMail>(`/mail/${id}`, { signal });
