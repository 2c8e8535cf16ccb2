/** Inquiry calls (list, one inquiry, its team, phases and score; its driver diagram and PDSA cycles) and their React Query keys. */
import { api, withQuery } from '../api/client.ts';
import type {
  CycleChanges,
  CycleDetail,
  CycleInput,
  CycleSummary,
  DriverDiagram,
  DriverDiagramInput,
  InquiryChanges,
  InquiryDetail,
  InquiryInput,
  InquiryPhasesInput,
  InquiryProgressInput,
  InquirySummary,
  InquiryTeamInput,
  Page,
} from '../api/types.ts';

/** What the list page holds in its address. */
export interface InquiryFilters {
  q: string;
  network: string;
  status: string;
  outcome: string;
  mine: boolean;
}

export const inquiryKeys = {
  list: (filters: InquiryFilters) => ['inquiries', 'list', filters] as const,
  detail: (id: string) => ['inquiry', id] as const,
  diagram: (id: string) => ['inquiry', id, 'driver-diagram'] as const,
  cycles: (id: string) => ['inquiry', id, 'cycles'] as const,
  cycle: (id: string) => ['cycle', id] as const,
  /** Everything cached about one inquiry: a prefix. */
  all: (id: string) => ['inquiry', id] as const,
};

const path = (id: string) => `/inquiries/${encodeURIComponent(id)}`;

export const listInquiries = (filters: InquiryFilters, cursor: string | null, signal?: AbortSignal) =>
  api<Page<InquirySummary>>(
    withQuery('/inquiries', {
      q: filters.q.trim(),
      network: filters.network,
      status: filters.status,
      outcome: filters.outcome,
      mine: filters.mine ? 'true' : undefined,
      cursor,
    }),
    { signal },
  );

export const getInquiry = (id: string, signal?: AbortSignal) => api<InquiryDetail>(path(id), { signal });

export const createInquiry = (input: InquiryInput) =>
  api<InquiryDetail>('/inquiries', { method: 'POST', body: input });

export const updateInquiry = (id: string, changes: InquiryChanges) =>
  api<InquiryDetail>(path(id), { method: 'PATCH', body: changes });

export const deleteInquiry = (id: string) => api<void>(path(id), { method: 'DELETE' });

export const putTeam = (id: string, team: InquiryTeamInput) =>
  api<InquiryDetail>(`${path(id)}/team`, { method: 'PUT', body: team });

export const putPhases = (id: string, phases: InquiryPhasesInput) =>
  api<InquiryDetail>(`${path(id)}/phases`, { method: 'PUT', body: phases });

export const putProgress = (id: string, progress: InquiryProgressInput) =>
  api<InquiryDetail>(`${path(id)}/progress`, { method: 'PUT', body: progress });

export const getDiagram = (id: string, signal?: AbortSignal) =>
  api<DriverDiagram>(`${path(id)}/driver-diagram`, { signal });

export const putDiagram = (id: string, diagram: DriverDiagramInput) =>
  api<DriverDiagram>(`${path(id)}/driver-diagram`, { method: 'PUT', body: diagram });

export const listCycles = (id: string, signal?: AbortSignal) =>
  api<{ items: CycleSummary[] }>(`${path(id)}/cycles`, { signal }).then((list) => list.items);

export const createCycle = (id: string, input: CycleInput) =>
  api<CycleDetail>(`${path(id)}/cycles`, { method: 'POST', body: input });

const cyclePath = (id: string) => `/cycles/${encodeURIComponent(id)}`;

export const getCycle = (id: string, signal?: AbortSignal) => api<CycleDetail>(cyclePath(id), { signal });

export const updateCycle = (id: string, changes: CycleChanges) =>
  api<CycleDetail>(cyclePath(id), { method: 'PATCH', body: changes });

export const deleteCycle = (id: string) => api<void>(cyclePath(id), { method: 'DELETE' });
