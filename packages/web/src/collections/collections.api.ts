/** Collection calls (a network's collections, one collection) and their React Query keys. */
import { api } from '../api/client.ts';
import type { CollectionDetail, CollectionList } from '../api/types.ts';

export const collectionKeys = {
  network: (networkId: string) => ['collections', 'network', networkId] as const,
  detail: (id: string) => ['collection', id] as const,
};

export const listNetworkCollections = (networkId: string, signal?: AbortSignal) =>
  api<CollectionList>(`/networks/${encodeURIComponent(networkId)}/collections`, { signal });

export const getCollection = (id: string, signal?: AbortSignal) =>
  api<CollectionDetail>(`/collections/${encodeURIComponent(id)}`, { signal });
