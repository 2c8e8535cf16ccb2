/** Collection calls (a network's collections, one collection, its items, bank activity) and their React Query keys. */
import { api, withQuery } from '../api/client.ts';
import type {
  BankActivity,
  CollectionChanges,
  CollectionDetail,
  CollectionInput,
  CollectionList,
  ResourceSearchPage,
} from '../api/types.ts';

export const collectionKeys = {
  network: (networkId: string) => ['collections', 'network', networkId] as const,
  detail: (id: string) => ['collection', id] as const,
  /** `since` is '' for the server's default (the start of the school term). */
  activity: (networkId: string, since: string) => ['collections', 'activity', networkId, since] as const,
  resourceMatches: (q: string) => ['collections', 'resource-matches', q] as const,
};

const networkPath = (networkId: string) => `/networks/${encodeURIComponent(networkId)}`;
const path = (id: string) => `/collections/${encodeURIComponent(id)}`;

export const listNetworkCollections = (networkId: string, signal?: AbortSignal) =>
  api<CollectionList>(`${networkPath(networkId)}/collections`, { signal });

export const getCollection = (id: string, signal?: AbortSignal) =>
  api<CollectionDetail>(path(id), { signal });

export const createCollection = (networkId: string, input: CollectionInput) =>
  api<CollectionDetail>(`${networkPath(networkId)}/collections`, { method: 'POST', body: input });

export const updateCollection = (id: string, changes: CollectionChanges) =>
  api<CollectionDetail>(path(id), { method: 'PATCH', body: changes });

export const deleteCollection = (id: string) => api<void>(path(id), { method: 'DELETE' });

/** Replaces the collection's resources with these, in this order. */
export const setCollectionItems = (id: string, resourceIds: string[]) =>
  api<CollectionDetail>(`${path(id)}/items`, { method: 'PUT', body: { resourceIds } });

/** What the network's members shared and adapted since `since` ('' = the server's default). */
export const getBankActivity = (networkId: string, since: string, signal?: AbortSignal) =>
  api<BankActivity>(withQuery(`${networkPath(networkId)}/bank-activity`, { since: since || undefined }), {
    signal,
  });

/** How many matches the type-ahead offers: a short list to read, the search ranks the best first. */
const MATCH_LIMIT = 8;

/** Resources matching `q` that the caller may read (the search only ever returns those). */
export const searchResourceMatches = (q: string, signal?: AbortSignal) =>
  api<ResourceSearchPage>(withQuery('/resources', { q, limit: String(MATCH_LIMIT) }), { signal }).then(
    (page) => page.items,
  );
