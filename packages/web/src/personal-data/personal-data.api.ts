/**
 * Calls behind the "Your data" page. The shapes mirror the server's
 * `personal-data/personal-data.schema.ts` (PersonalDataSummary, ErasureResult).
 */
import { api } from '../api/client.ts';

export type ErasedTiesChoice = 'tombstone' | 'remove';

export interface PersonalDataSummary {
  counts: {
    affiliations: number;
    memberships: number;
    surveyResponses: number;
    tiesReported: number;
    tiesNamingThem: number;
    sessions: number;
    auditEntries: number;
  };
  networks: {
    id: string;
    name: string;
    slug: string;
    erasedTies: ErasedTiesChoice;
    soleCoordinator: boolean;
  }[];
  canErase: boolean;
}

export interface ErasureResult {
  erasedAt: string;
  tombstoneId: string;
  ties: { tombstoned: number; removed: number };
}

/** The archive is downloaded by the browser itself (a link), so that it arrives as a file. */
export const ARCHIVE_URL = '/api/v1/me/data';

export const fetchSummary = () => api<PersonalDataSummary>('/me/data/summary');

export const eraseOwnAccount = (password: string) =>
  api<ErasureResult>('/me/erasure', { method: 'POST', body: { password } });
