import { z } from '@hono/zod-openapi';
import { pageQuery } from '../shared/pagination.js';
import {
  CONTENT_LANGUAGES,
  RESOURCE_LICENCES,
  RESOURCE_STAGES,
  RESOURCE_TYPES,
  RESOURCE_VISIBILITIES,
} from '../shared/vocabulary.js';

/** `a,b,c` in a query string, each one of `values`. */
const commaList = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .max(500)
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).max(values.length))
    .optional()
    .openapi({ description: `${what}, comma-separated: ${values.join(', ')}.`, type: 'string' });

/** Search pages are shorter than the other lists: a reader scans snippets, not names. */
const SEARCH_PAGE_SIZE = 20;

export const ResourceSearchQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().openapi({
    description:
      'What the reader remembers: words in Spanish or English, with or without accents, plurals, small typos. Ranked by relevance; without it, newest first.',
  }),
  type: commaList(RESOURCE_TYPES, 'Types'),
  stage: commaList(RESOURCE_STAGES, 'Stages (a resource matches if it has any)'),
  licence: commaList(RESOURCE_LICENCES, 'Licences'),
  subject: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'A subject (exact, case-insensitive).' }),
  language: z.enum(CONTENT_LANGUAGES).optional(),
  network: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .openapi({ description: 'A network’s id or slug; one the caller cannot see gives no items.' }),
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ description: 'true: only resources the caller is an author of (drafts included).' }),
  ...pageQuery(SEARCH_PAGE_SIZE).shape,
});
export type ResourceSearchFilters = z.infer<typeof ResourceSearchQuery>;

export const SnippetSchema = z
  .object({
    text: z.string(),
    matches: z
      .array(z.object({ start: z.number().int(), length: z.number().int() }))
      .openapi({ description: 'Where the query matched, as UTF-16 offsets into `text`.' }),
  })
  .openapi('ResourceSnippet');

export const ResourceHit = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    language: z.enum(CONTENT_LANGUAGES),
    type: z.enum(RESOURCE_TYPES),
    licence: z.enum(RESOURCE_LICENCES),
    stages: z.array(z.enum(RESOURCE_STAGES)),
    visibility: z.enum(RESOURCE_VISIBILITIES),
    network: z
      .object({ id: z.uuid(), slug: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: 'Null when there is none or the caller may not see it.' }),
    authors: z.array(z.object({ id: z.uuid(), name: z.string() })),
    updatedAt: z.string(),
    snippet: SnippetSchema.nullable().openapi({ description: 'Where the query matched; null without `q`.' }),
  })
  .openapi('ResourceHit');
export type ResourceHitView = z.infer<typeof ResourceHit>;

const Facet = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const ResourceSearchPage = z
  .object({
    items: z.array(ResourceHit),
    nextCursor: z.string().nullable(),
    facets: z
      .object({ type: Facet, stage: Facet, language: Facet, licence: Facet })
      .openapi({ description: 'Counts over all results of the query and filters, not only this page.' }),
    total: z.number().int(),
    correctedQuery: z.string().nullable().openapi({
      description:
        'When the words as typed found less than a page and the query with its misspelt words corrected found more: the query searched for instead ("mediacion escolar" for "mediacion escolr"). Null otherwise.',
    }),
  })
  .openapi('ResourceSearchPage');

export const SuggestionQuery = z.object({
  field: z.enum(['subject', 'tag']),
  q: z.string().trim().max(100).default('').openapi({ description: 'What the editor typed so far.' }),
});

export const SuggestionList = z
  .object({ items: z.array(z.object({ value: z.string(), count: z.number().int() })) })
  .openapi('ResourceSuggestions');
