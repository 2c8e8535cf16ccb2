import { api } from './client.ts';
import type { PersonDetail } from './types.ts';

export const personKeys = { detail: (id: string) => ['person', id] as const };

export const getPerson = (id: string, signal?: AbortSignal) =>
  api<PersonDetail>(`/people/${encodeURIComponent(id)}`, { signal });
