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

/**
 * The regions networks are in, for the region filter. The API has no list of regions yet, so
 * this reads them off the first 100 networks (the demo region has a dozen networks).
 */
export async function listRegions(signal?: AbortSignal): Promise<string[]> {
  const page = await api<Page<NetworkSummary>>(withQuery('/networks', { limit: 100 }), { signal });
  const regions = new Set(page.items.map((network) => network.region).filter((region) => region !== null));
  return [...regions].sort((a, b) => a.localeCompare(b));
}
