/** Practice calls (list, one practice, its evidence, adoptions and travel; writing each) and their React Query keys. */
import { api, withQuery } from '../api/client.ts';
import type {
  Adoption,
  AdoptionChanges,
  AdoptionInput,
  EvidenceChanges,
  EvidenceInput,
  EvidenceItem,
  Page,
  PracticeChanges,
  PracticeDetail,
  PracticeInput,
  PracticeSummary,
  PracticeTravel,
} from '../api/types.ts';

/** What the list page holds in its address. */
export interface PracticeFilters {
  q: string;
  network: string;
}

export const practiceKeys = {
  list: (filters: PracticeFilters) => ['practices', 'list', filters] as const,
  detail: (id: string) => ['practice', id] as const,
  evidence: (id: string) => ['practice', id, 'evidence'] as const,
  adoptions: (id: string) => ['practice', id, 'adoptions'] as const,
  travel: (id: string) => ['practice', id, 'travel'] as const,
  /** Everything cached about one practice (detail, evidence, adoptions, travel): a prefix. */
  all: (id: string) => ['practice', id] as const,
};

const path = (id: string) => `/practices/${encodeURIComponent(id)}`;

export const listPractices = (filters: PracticeFilters, cursor: string | null, signal?: AbortSignal) =>
  api<Page<PracticeSummary>>(
    withQuery('/practices', { q: filters.q.trim(), network: filters.network, cursor }),
    { signal },
  );

export const getPractice = (id: string, signal?: AbortSignal) => api<PracticeDetail>(path(id), { signal });

export const listEvidence = (id: string, signal?: AbortSignal) =>
  api<{ items: EvidenceItem[] }>(`${path(id)}/evidence`, { signal }).then((list) => list.items);

export const addEvidence = (id: string, input: EvidenceInput) =>
  api<EvidenceItem>(`${path(id)}/evidence`, { method: 'POST', body: input });

export const listAdoptions = (id: string, signal?: AbortSignal) =>
  api<{ items: Adoption[] }>(`${path(id)}/adoptions`, { signal }).then((list) => list.items);

export const recordAdoption = (id: string, input: AdoptionInput) =>
  api<Adoption>(`${path(id)}/adoptions`, { method: 'POST', body: input });

export const getTravel = (id: string, signal?: AbortSignal) =>
  api<PracticeTravel>(`${path(id)}/travel`, { signal });

// ——— Writing ———

export const createPractice = (input: PracticeInput) =>
  api<PracticeDetail>('/practices', { method: 'POST', body: input });

export const updatePractice = (id: string, changes: PracticeChanges) =>
  api<PracticeDetail>(path(id), { method: 'PATCH', body: changes });

export const deletePractice = (id: string) => api<void>(path(id), { method: 'DELETE' });

export const editEvidence = (id: string, changes: EvidenceChanges) =>
  api<EvidenceItem>(`/evidence/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });

export const removeEvidence = (id: string) =>
  api<void>(`/evidence/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const editAdoption = (id: string, changes: AdoptionChanges) =>
  api<Adoption>(`/adoptions/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });

export const removeAdoption = (id: string) =>
  api<void>(`/adoptions/${encodeURIComponent(id)}`, { method: 'DELETE' });
