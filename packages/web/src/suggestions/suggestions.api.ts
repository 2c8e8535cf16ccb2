import { api, withQuery } from '../api/client.ts';
import type { PersonDetail } from '../api/types.ts';

export type SuggestionKind = 'reaches_isolate' | 'broker' | 'bridges_communities' | 'expertise_match';

/** One suggested connection and why, as GET /networks/{id}/suggestions gives it. */
export interface Suggestion {
  person: { id: string; displayName: string } | null;
  organisation: { id: string; name: string } | null;
  reason: {
    kind: SuggestionKind;
    /** Their expertise that meets the subject's needs. */
    offers: string[];
    /** Their needs that the subject's expertise meets. */
    seeks: string[];
    network: { id: string; name: string } | null;
  };
}

export interface Suggestions {
  analysis: { id: string; finishedAt: string | null } | null;
  positionsShown: boolean;
  subject: { needs: string[]; expertise: string[] };
  items: Suggestion[];
}

export type SuggestionSubject = { person: string } | { organisation: string };

export const suggestionKeys = {
  all: ['suggestions'] as const,
  of: (networkId: string, subject: SuggestionSubject) => ['suggestions', networkId, subject] as const,
};

export const getSuggestions = (networkId: string, subject: SuggestionSubject, signal?: AbortSignal) =>
  api<Suggestions>(withQuery(`/networks/${encodeURIComponent(networkId)}/suggestions`, subject), { signal });

/** The lists a person may change on their own profile. */
export interface ProfileTags {
  expertise: string[];
  needs: string[];
  languages: string[];
}

export const updateProfileTags = (personId: string, tags: Partial<ProfileTags>) =>
  api<PersonDetail>(`/people/${encodeURIComponent(personId)}`, { method: 'PATCH', body: tags });
