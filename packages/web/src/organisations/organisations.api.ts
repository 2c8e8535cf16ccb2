import { api } from '../api/client.ts';
import type { OrganisationDetail } from '../api/types.ts';

export const organisationKeys = { detail: (id: string) => ['organisation', id] as const };

export const getOrganisation = (id: string, signal?: AbortSignal) =>
  api<OrganisationDetail>(`/organisations/${encodeURIComponent(id)}`, { signal });
