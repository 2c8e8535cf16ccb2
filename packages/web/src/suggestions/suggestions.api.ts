/** Suggested connections, and the tags a person may change; shapes from the server's schemas. */
import type { z } from 'zod';
import type { UpdatePersonBody } from '../../../server/src/people/people.schema.js';
import type {
  Suggestions as SuggestionsSchema,
  SuggestionsQuery,
} from '../../../server/src/suggestions/suggestions.schema.js';
import { api, withQuery } from '../api/client.ts';
import type { PersonDetail } from '../api/types.ts';

export type { SuggestionKind } from '../../../server/src/suggestions/suggestions.schema.js';

/** What GET /networks/{id}/suggestions answers. */
export type Suggestions = z.infer<typeof SuggestionsSchema>;

/** One suggested connection and why. */
export type Suggestion = Suggestions['items'][number];

/** Whom suggestions are for: one person or one organisation (the query takes exactly one). */
export type SuggestionSubject = { person: string } | { organisation: string };
type SubjectQuery = z.input<typeof SuggestionsQuery>;

export const suggestionKeys = {
  all: ['suggestions'] as const,
  of: (networkId: string, subject: SuggestionSubject) => ['suggestions', networkId, subject] as const,
};

export const getSuggestions = (networkId: string, subject: SuggestionSubject, signal?: AbortSignal) =>
  api<Suggestions>(
    withQuery(`/networks/${encodeURIComponent(networkId)}/suggestions`, subject satisfies SubjectQuery),
    { signal },
  );

/** The lists a person may change on their own profile. */
export type ProfileTags = Pick<PersonDetail, 'expertise' | 'needs' | 'languages'>;

export const updateProfileTags = (personId: string, tags: z.input<typeof UpdatePersonBody>) =>
  api<PersonDetail>(`/people/${encodeURIComponent(personId)}`, { method: 'PATCH', body: tags });
