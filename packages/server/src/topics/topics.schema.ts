import { z } from '@hono/zod-openapi';
import { TAG_MAX_LENGTH } from '../people/people.schema.js';

/** The most topics, and the most free tags, one answer gives. */
export const TOPIC_SEARCH_LIMIT = 10;

export const TopicsQuery = z.object({
  q: z
    .string()
    .trim()
    .max(TAG_MAX_LENGTH)
    .optional()
    .openapi({ description: 'What has been typed so far, in either language; left out, every topic.' }),
});

export const TopicsAnswer = z
  .object({
    topics: z.array(
      z.object({
        key: z.string().openapi({ description: 'What people’s expertise and needs store for this topic.' }),
        label: z.string().openapi({ description: 'The topic in the reader’s language (Accept-Language).' }),
        labels: z.object({ en: z.string(), es: z.string() }),
        matched: z.string().nullable().openapi({
          description:
            'The other name (an alias or the other language’s label) that matched, if not `label`.',
        }),
      }),
    ),
    freeTags: z.array(z.object({ tag: z.string(), uses: z.int() })).openapi({
      description:
        'Tags outside the vocabulary that people already list, most used first; only for signed-in callers (empty otherwise), since they are people’s own words.',
    }),
  })
  .openapi('Topics');
export type TopicsAnswer = z.infer<typeof TopicsAnswer>;
