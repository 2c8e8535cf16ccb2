/**
 * Relationship survey calls, and the shapes they answer with and take, derived from the server's
 * `surveys.schema.ts` (types only; see `api/types.ts`).
 */
import type { z } from 'zod';
import type {
  CandidateList,
  CloseWaveResult,
  CreateSurveyBody,
  MySurveyList,
  NominationInput as NominationInputSchema,
  Nominee as NomineeSchema,
  OpenWaveBody,
  QuestionInput,
  RemindBody,
  RemindResult,
  RespondentOptionList,
  RespondentsInput as RespondentsInputSchema,
  RespondentsPreview,
  ResponseRates as ResponseRatesSchema,
  SaveResponseBody,
  SurveyDetail,
  SurveyList,
  SurveyQuestion as SurveyQuestionSchema,
  SurveyResponse as SurveyResponseSchema,
  UpdateWaveBody,
  WaveDetail as WaveDetailSchema,
  WaveSummary,
} from '../../../server/src/surveys/surveys.schema.js';
import { api, withQuery } from '../api/client.ts';

export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;

/** A wave; `answering` says whether answers are taken today: between the dates, while open. */
export type Wave = z.infer<typeof WaveSummary>;

export type Survey = z.infer<typeof SurveyDetail>;
export type WaveDetail = z.infer<typeof WaveDetailSchema>;

/** Someone named: a person in Trellis, or someone outside it. */
export type Nominee = z.input<typeof NomineeSchema>;
export type NominationInput = z.input<typeof NominationInputSchema>;

export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
export type Candidate = z.infer<typeof CandidateList>['items'][number];
export type ResponseRates = z.infer<typeof ResponseRatesSchema>;
export type MySurvey = z.infer<typeof MySurveyList>['items'][number];
export type NewQuestion = z.input<typeof QuestionInput>;
/** Who a wave asks, as the API takes it. */
export type RespondentsInput = z.infer<typeof RespondentsInputSchema>;
export type RespondentOption = z.infer<typeof RespondentOptionList>['items'][number];

export const surveyKeys = {
  ofNetwork: (networkId: string) => ['surveys', networkId] as const,
  wave: (waveId: string) => ['wave', waveId] as const,
  ownResponse: (waveId: string) => ['wave', waveId, 'response'] as const,
  rates: (waveId: string) => ['wave', waveId, 'rates'] as const,
  candidates: (waveId: string, q: string) => ['wave', waveId, 'candidates', q] as const,
  mine: ['me', 'surveys'] as const,
  survey: (surveyId: string) => ['survey', surveyId] as const,
  preview: (networkId: string, rule: string) => ['surveys', networkId, 'preview', rule] as const,
  options: (networkId: string, kind: string, q: string) =>
    ['surveys', networkId, 'options', kind, q] as const,
};

export const getSurvey = (surveyId: string, signal?: AbortSignal) =>
  api<Survey>(`/surveys/${surveyId}`, { signal });

export const previewRespondents = (networkId: string, body: RespondentsInput, signal?: AbortSignal) =>
  api<z.infer<typeof RespondentsPreview>>(`/networks/${networkId}/respondents-preview`, {
    method: 'POST',
    body,
    signal,
  });

export const findRespondentOptions = (
  networkId: string,
  kind: 'person' | 'organisation',
  q: string,
  signal?: AbortSignal,
) =>
  api<z.infer<typeof RespondentOptionList>>(
    withQuery(`/networks/${networkId}/respondent-options`, { kind, q, limit: 10 }),
    { signal },
  ).then((page) => page.items);

export const listSurveys = (networkId: string, signal?: AbortSignal) =>
  api<z.infer<typeof SurveyList>>(`/networks/${networkId}/surveys`, { signal });

export const createSurvey = (networkId: string, body: z.input<typeof CreateSurveyBody>) =>
  api<Survey>(`/networks/${networkId}/surveys`, { method: 'POST', body });

export const openWave = (surveyId: string, body: z.input<typeof OpenWaveBody>) =>
  api<Wave>(`/surveys/${surveyId}/waves`, { method: 'POST', body });

export const updateWaveDates = (waveId: string, body: z.input<typeof UpdateWaveBody>) =>
  api<Wave>(`/waves/${waveId}`, { method: 'PATCH', body });

export const getWave = (waveId: string, signal?: AbortSignal) =>
  api<WaveDetail>(`/waves/${waveId}`, { signal });

export const getOwnResponse = (waveId: string, signal?: AbortSignal) =>
  api<SurveyResponse | null>(`/waves/${waveId}/response`, { signal });

export const saveOwnResponse = (waveId: string, body: z.input<typeof SaveResponseBody>) =>
  api<SurveyResponse>(`/waves/${waveId}/response`, { method: 'PUT', body });

/** How many people the nomination type-ahead shows. */
const SHOWN = 10;

export const searchNominees = (waveId: string, q: string, signal?: AbortSignal) =>
  api<z.infer<typeof CandidateList>>(withQuery(`/waves/${waveId}/candidates`, { q, limit: SHOWN }), {
    signal,
  }).then((page) => page.items);

export const getResponseRates = (waveId: string, signal?: AbortSignal) =>
  api<ResponseRates>(`/waves/${waveId}/response-rates`, { signal });

export const remindNonRespondents = (waveId: string, organisationId: string | null) =>
  api<z.infer<typeof RemindResult>>(`/waves/${waveId}/reminders`, {
    method: 'POST',
    body: (organisationId ? { organisationId } : {}) satisfies z.input<typeof RemindBody>,
  });

export const closeWave = (waveId: string) =>
  api<z.infer<typeof CloseWaveResult>>(`/waves/${waveId}/close`, {
    method: 'POST',
  });

export const listMySurveys = (signal?: AbortSignal) =>
  api<z.infer<typeof MySurveyList>>('/me/surveys', { signal }).then((page) => page.items);
