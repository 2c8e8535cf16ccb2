/** Resource calls (search, one resource, versions, adaptations) and their React Query keys. */
import { api, withQuery } from '../api/client.ts';
import type {
  Attachment,
  ResourceAdaptation,
  ResourceChanges,
  ResourceDetail,
  ResourceInput,
  ResourceSearchPage,
  ResourceSuggestions,
  ResourceVersionDetail,
  ResourceVersionSummary,
} from '../api/types.ts';
import type { ContentLanguage, ResourceLicence, ResourceStage, ResourceType } from '../api/vocabulary.ts';

/** What the search page holds in its address: the query and the filters. */
export interface ResourceFilters {
  q: string;
  type: ResourceType[];
  stage: ResourceStage[];
  licence: ResourceLicence[];
  language: ContentLanguage | '';
  subject: string;
  network: string;
  mine: boolean;
}

export const resourceKeys = {
  search: (filters: ResourceFilters) => ['resources', 'search', filters] as const,
  detail: (id: string) => ['resource', id] as const,
  versions: (id: string) => ['resource', id, 'versions'] as const,
  version: (id: string, version: number) => ['resource', id, 'versions', version] as const,
  adaptations: (id: string) => ['resource', id, 'adaptations'] as const,
  suggestions: (field: 'subject' | 'tag') => ['resources', 'suggestions', field] as const,
};

const path = (id: string) => `/resources/${encodeURIComponent(id)}`;

export const searchResources = (filters: ResourceFilters, cursor: string | null, signal?: AbortSignal) =>
  api<ResourceSearchPage>(
    withQuery('/resources', {
      q: filters.q.trim(),
      type: filters.type.join(','),
      stage: filters.stage.join(','),
      licence: filters.licence.join(','),
      language: filters.language,
      subject: filters.subject.trim(),
      network: filters.network,
      mine: filters.mine ? 'true' : undefined,
      cursor,
    }),
    { signal },
  );

export const getResource = (id: string, signal?: AbortSignal) => api<ResourceDetail>(path(id), { signal });

export const createResource = (input: ResourceInput) =>
  api<ResourceDetail>('/resources', { method: 'POST', body: input });

export const updateResource = (id: string, changes: ResourceChanges) =>
  api<ResourceDetail>(path(id), { method: 'PATCH', body: changes });

export const deleteResource = (id: string) => api<void>(path(id), { method: 'DELETE' });

export const adaptResource = (id: string, input: ResourceInput) =>
  api<ResourceDetail>(`${path(id)}/adaptations`, { method: 'POST', body: input });

export const listAdaptations = (id: string, signal?: AbortSignal) =>
  api<{ items: ResourceAdaptation[] }>(`${path(id)}/adaptations`, { signal }).then((list) => list.items);

export const listVersions = (id: string, signal?: AbortSignal) =>
  api<{ items: ResourceVersionSummary[] }>(`${path(id)}/versions`, { signal }).then((list) => list.items);

export const getVersion = (id: string, version: number, signal?: AbortSignal) =>
  api<ResourceVersionDetail>(`${path(id)}/versions/${version}`, { signal });

export const resourceSuggestions = (field: 'subject' | 'tag', signal?: AbortSignal) =>
  api<ResourceSuggestions>(withQuery('/resources/suggestions', { field }), { signal }).then(
    (list) => list.items,
  );

/** Uploads a file to a resource: its bytes as they are, its name in the query. */
export const uploadAttachment = (resourceId: string, file: File) =>
  api<Attachment>(withQuery(`${path(resourceId)}/attachments`, { name: file.name }), {
    method: 'POST',
    file,
  });

export const deleteAttachment = (id: string) =>
  api<void>(`/attachments/${encodeURIComponent(id)}`, { method: 'DELETE' });
