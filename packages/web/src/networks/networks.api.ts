/** Network calls and their React Query keys. */
import { api, withQuery } from '../api/client.ts';
import type { NetworkChanges, NetworkDetail, NetworkSummary, Page } from '../api/types.ts';
import type { NetworkKind } from '../api/vocabulary.ts';

export interface DirectoryFilters {
  q: string;
  kind: NetworkKind | '';
  level: string;
  region: string;
}

export const PAGE_SIZE = 9;

export const networkKeys = {
  directory: (filters: DirectoryFilters) => ['networks', filters] as const,
  detail: (slug: string) => ['network', slug] as const,
  regions: ['networks', 'regions'] as const,
};

export const listNetworks = (filters: DirectoryFilters, cursor: string | null, signal?: AbortSignal) =>
  api<Page<NetworkSummary>>(
    withQuery('/networks', {
      q: filters.q.trim(),
      kind: filters.kind,
      level: filters.level,
      region: filters.region.trim(),
      cursor,
      limit: PAGE_SIZE,
    }),
    { signal },
  );

export const getNetwork = (idOrSlug: string, signal?: AbortSignal) =>
  api<NetworkDetail>(`/networks/${encodeURIComponent(idOrSlug)}`, { signal });

export const updateNetwork = (id: string, changes: NetworkChanges) =>
  api<NetworkDetail>(`/networks/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });

/** The regions of the networks the visitor may see, by name, for the region filter. */
export async function listRegions(signal?: AbortSignal): Promise<string[]> {
  const regions = await api<{ items: { name: string; networkCount: number }[] }>('/regions', { signal });
  return regions.items.map((region) => region.name);
}
