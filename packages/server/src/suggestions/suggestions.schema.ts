import { z } from '@hono/zod-openapi';
import { ANALYSIS_LEVELS } from '../shared/vocabulary.js';

/** Why a connection is suggested, most telling first; the web words it as one line. */
export const SUGGESTION_KINDS = [
  'reaches_isolate',
  'broker',
  'bridges_communities',
  'expertise_match',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** The most suggestions one answer gives, best first. */
export const SUGGESTION_LIMIT = 10;

export const SuggestionsQuery = z
  .object({
    person: z
      .uuid()
      .optional()
      .openapi({ description: 'Suggestions for this person (give this or `organisation`).' }),
    organisation: z
      .uuid()
      .optional()
      .openapi({ description: 'Suggestions for this organisation (give this or `person`).' }),
  })
  .refine((query) => (query.person === undefined) !== (query.organisation === undefined), {
    message: 'Give exactly one of person and organisation.',
  });
export type SuggestionsRequest = z.infer<typeof SuggestionsQuery>;

const Reason = z
  .object({
    kind: z.enum(SUGGESTION_KINDS).openapi({
      description:
        'reaches_isolate: they have no ties in the network yet; broker: they bridge groups of `network` (a Gould–Fernandez liaison, gatekeeper or representative, or among its top tenth by betweenness); bridges_communities: they are in another community of the map; expertise_match: tags alone. Position kinds appear only when the caller may see the named map.',
    }),
    offers: z
      .array(z.string())
      .openapi({ description: 'Their expertise that meets the subject’s needs, as they spell it.' }),
    seeks: z.array(z.string()).openapi({ description: 'Their needs that the subject’s expertise meets.' }),
    network: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .openapi({ description: 'Where they broker (kind broker).' }),
  })
  .openapi('SuggestionReason');

export const Suggestions = z
  .object({
    analysis: z
      .object({
        id: z.uuid(),
        finishedAt: z.string().nullable(),
        level: z.enum(ANALYSIS_LEVELS),
        wave: z
          .object({ id: z.uuid(), number: z.int(), survey: z.object({ id: z.uuid(), title: z.string() }) })
          .nullable()
          .openapi({ description: 'The wave analysed (and its survey); null for all the network’s ties.' }),
      })
      .nullable()
      .openapi({
        description:
          'The analysis the suggestions come from: the latest analysed wave of the network’s main survey (see /networks/{id}/analysis-settings), else all its ties; null when none has finished (then no items).',
      }),
    positionsShown: z.boolean().openapi({
      description:
        'Whether network position (isolates, brokers, communities) ranks and explains the suggestions; false for members when the network has not opted in to named maps.',
    }),
    subject: z.object({ needs: z.array(z.string()), expertise: z.array(z.string()) }).openapi({
      description: 'The tags matched: the person’s own, or every tag of an organisation’s current staff.',
    }),
    items: z.array(
      z.object({
        person: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
        organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
        reason: Reason,
      }),
    ),
  })
  .openapi('Suggestions');
