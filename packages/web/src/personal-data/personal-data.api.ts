/** Calls behind the "Your data" page; shapes from the server's `personal-data.schema.ts`. */
import type { z } from 'zod';
import type {
  ErasureBody,
  ErasureResult as ErasureResultSchema,
  PersonalDataSummary as PersonalDataSummarySchema,
} from '../../../server/src/personal-data/personal-data.schema.js';
import { api } from '../api/client.ts';

export type { ErasedTiesChoice } from '../api/vocabulary.ts';

export type PersonalDataSummary = z.infer<typeof PersonalDataSummarySchema>;
export type ErasureResult = z.infer<typeof ErasureResultSchema>;

/** The archive is downloaded by the browser itself (a link), so that it arrives as a file. */
export const ARCHIVE_URL = '/api/v1/me/data';

export const fetchSummary = () => api<PersonalDataSummary>('/me/data/summary');

/** `password` is left out by someone who confirms with a recent sign-in at their school's provider. */
export const eraseOwnAccount = (password: string | undefined) =>
  api<ErasureResult>('/me/erasure', {
    method: 'POST',
    body: (password === undefined ? {} : { password }) satisfies z.input<typeof ErasureBody>,
  });
