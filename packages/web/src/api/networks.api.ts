/** Network calls and their React Query keys. */
import { api, withQuery } from './client.ts';
import type {
  NetworkChanges,
  NetworkDetail,
  NetworkRegionList,
  NetworkSummary,
  NewNetwork,
  Page,
} from './types.ts';
import type { NetworkKind } from './vocabulary.ts';

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
  // Under 'networks', so whatever refreshes the directory after a change refreshes this too.
  parentChoices: ['networks', 'parent-choices'] as const,
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

export const createNetwork = (network: NewNetwork) =>
  api<NetworkDetail>('/networks', { method: 'POST', body: network });

/** The most networks one page of the API holds; the parent choices ask for one such page. */
const PARENT_CHOICES_LIMIT = 100;

/** The networks the visitor may see, by name, to choose parents from. */
export async function listParentChoices(signal?: AbortSignal) {
  const page = await api<Page<NetworkSummary>>(withQuery('/networks', { limit: PARENT_CHOICES_LIMIT }), {
    signal,
  });
  return page.items.map(({ id, slug, name }) => ({ id, slug, name }));
}

/** The regions of the networks the visitor may see, by name, for the region filter. */
export async function listRegions(signal?: AbortSignal): Promise<string[]> {
  const regions = await api<NetworkRegionList>('/regions', { signal });
  return regions.items.map((region) => region.name);
}
