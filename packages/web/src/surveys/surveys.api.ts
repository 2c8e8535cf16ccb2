/**
 * Relationship survey calls and the shapes they answer with (mirroring the server's
 * `surveys.schema.ts`; see `api/types.ts` for why they are written out).
 */
import { api, withQuery } from '../api/client.ts';
import type { RelationType, ResponseStatus, SurveyStatus, WaveStatus } from '../api/vocabulary.ts';

export interface SurveyQuestion {
  id: string;
  position: number;
  relation: RelationType;
  promptEn: string;
  promptEs: string;
  maxNominations: number;
  frequencyScale: string[] | null;
}

export interface Wave {
  id: string;
  number: number;
  opensOn: string;
  closesOn: string;
  status: WaveStatus;
  /** Whether answers are taken today: between the dates, while open. */
  answering: 'not_yet_open' | 'open' | 'past_closing_date' | 'closed';
  closedAt: string | null;
}

export interface Survey {
  id: string;
  networkId: string;
  title: string;
  status: SurveyStatus;
  questions: SurveyQuestion[];
  waves: Wave[];
  permissions: { manage: boolean; answer: boolean; viewAnswers: boolean };
}

export interface WaveDetail {
  wave: Wave;
  survey: Survey;
  network: { id: string; slug: string; name: string };
}

/** Someone named: a person in Trellis, or someone outside it. */
export type Nominee = { personId: string } | { outside: { name: string; organisation: string } };
export type NominationInput = Nominee & { questionId: string; frequency: number | null };

export interface SurveyResponse {
  waveId: string;
  status: ResponseStatus;
  submittedAt: string | null;
  nominations: {
    questionId: string;
    person: { id: string; displayName: string } | null;
    outside: { name: string; organisation: string } | null;
    frequency: number | null;
  }[];
}

export interface Candidate {
  id: string;
  displayName: string;
  organisations: { id: string; name: string }[];
}

export interface ResponseRates {
  eligible: number;
  submitted: number;
  drafts: number;
  reminded: number;
  byOrganisation: {
    organisation: { id: string; name: string };
    eligible: number;
    submitted: number;
    reminded: number;
  }[];
}

export interface MySurvey {
  wave: Wave;
  survey: { id: string; title: string };
  network: { id: string; slug: string; name: string };
  responseStatus: 'none' | ResponseStatus;
  lastRemindedAt: string | null;
}

export interface NewQuestion {
  relation: RelationType;
  promptEn: string;
  promptEs: string;
  maxNominations: number;
  frequencyScale: string[] | null;
}

export const surveyKeys = {
  ofNetwork: (networkId: string) => ['surveys', networkId] as const,
  wave: (waveId: string) => ['wave', waveId] as const,
  ownResponse: (waveId: string) => ['wave', waveId, 'response'] as const,
  rates: (waveId: string) => ['wave', waveId, 'rates'] as const,
  candidates: (waveId: string, q: string) => ['wave', waveId, 'candidates', q] as const,
  mine: ['me', 'surveys'] as const,
};

export const listSurveys = (networkId: string, signal?: AbortSignal) =>
  api<{ items: Survey[]; permissions: Survey['permissions'] }>(`/networks/${networkId}/surveys`, { signal });

export const createSurvey = (networkId: string, body: { title: string; questions: NewQuestion[] }) =>
  api<Survey>(`/networks/${networkId}/surveys`, { method: 'POST', body });

export const openWave = (surveyId: string, body: { opensOn: string; closesOn: string }) =>
  api<Wave>(`/surveys/${surveyId}/waves`, { method: 'POST', body });

export const updateWaveDates = (waveId: string, body: { opensOn?: string; closesOn?: string }) =>
  api<Wave>(`/waves/${waveId}`, { method: 'PATCH', body });

export const getWave = (waveId: string, signal?: AbortSignal) =>
  api<WaveDetail>(`/waves/${waveId}`, { signal });

export const getOwnResponse = (waveId: string, signal?: AbortSignal) =>
  api<SurveyResponse | null>(`/waves/${waveId}/response`, { signal });

export const saveOwnResponse = (waveId: string, body: { nominations: NominationInput[]; submit: boolean }) =>
  api<SurveyResponse>(`/waves/${waveId}/response`, { method: 'PUT', body });

/** How many people the nomination type-ahead shows. */
const SHOWN = 10;

export const searchNominees = (waveId: string, q: string, signal?: AbortSignal) =>
  api<{ items: Candidate[] }>(withQuery(`/waves/${waveId}/candidates`, { q, limit: SHOWN }), { signal }).then(
    (page) => page.items,
  );

export const getResponseRates = (waveId: string, signal?: AbortSignal) =>
  api<ResponseRates>(`/waves/${waveId}/response-rates`, { signal });

export const remindNonRespondents = (waveId: string, organisationId: string | null) =>
  api<{ reminded: number; skippedRecently: number }>(`/waves/${waveId}/reminders`, {
    method: 'POST',
    body: organisationId ? { organisationId } : {},
  });

export const closeWave = (waveId: string) =>
  api<{ wave: Wave; ties: number; analyses: { id: string; level: string }[] }>(`/waves/${waveId}/close`, {
    method: 'POST',
  });

export const listMySurveys = (signal?: AbortSignal) =>
  api<{ items: MySurvey[] }>('/me/surveys', { signal }).then((page) => page.items);
