import { z } from '@hono/zod-openapi';
import { PageQuery } from '../shared/pagination.js';
import { normaliseTags } from '../shared/tags.js';
import { refinement } from '../shared/text.js';
import { peopleTexts } from './people.texts.js';
import { MemberNetworkSchema } from '../networks/networks.schema.js';
import { PERSON_KINDS } from '../shared/vocabulary.js';

export const PersonSummary = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    kinds: z.array(z.enum(PERSON_KINDS)),
    organisations: z.array(z.object({ id: z.uuid(), name: z.string(), municipality: z.string().nullable() })),
  })
  .openapi('PersonSummary');

export const PersonDetail = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    email: z.string().nullable().openapi({
      description: 'Shown to the person, admins, and those who run a network the person is in; else null.',
    }),
    kinds: z.array(z.enum(PERSON_KINDS)),
    expertise: z.array(z.string()).openapi({
      description: 'What the person can help others with: topic keys (see /topics) and free tags as typed.',
    }),
    needs: z.array(z.string()).openapi({
      description:
        'What the person is looking for help with (matched with others’ expertise): topic keys and free tags.',
    }),
    languages: z.array(z.string()),
    affiliations: z.array(
      z.object({
        id: z.uuid(),
        organisation: z.object({ id: z.uuid(), name: z.string() }),
        role: z.string(),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
      }),
    ),
    networks: z.array(MemberNetworkSchema),
    permissions: z.object({
      edit: z
        .boolean()
        .openapi({ description: 'May the caller change this person’s expertise, needs and languages?' }),
    }),
  })
  .openapi('Person');

export const PeopleListQuery = PageQuery.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'Search by name (accent-insensitive).' }),
  organisation: z.uuid().optional().openapi({ description: 'Only current members of this organisation.' }),
  kind: z.enum(PERSON_KINDS).optional(),
});
export type PeopleListFilters = z.infer<typeof PeopleListQuery>;

/** Longest tag, and most tags, a person may list (the import's limits are the same). */
export const TAG_MAX_LENGTH = 80;
export const TAG_LIMITS = { expertise: 30, needs: 10, languages: 10 } as const;

/**
 * A list of tags as typed: each trimmed and non-empty, at most TAG_MAX_LENGTH characters; a tag
 * that names a topic of the vocabulary (in either language) is stored as its key, any other as
 * typed, and repeats (the same topic, or free tags equal ignoring case and accents) are dropped.
 */
const tagList = (maxItems: number) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, 'A tag cannot be empty.')
        .max(TAG_MAX_LENGTH, `A tag has at most ${TAG_MAX_LENGTH} characters.`),
    )
    .max(maxItems, `At most ${maxItems} tags.`)
    .transform(normaliseTags);

/** What a person may change about themselves: their expertise, needs and languages. */
export const UpdatePersonBody = z
  .object({
    expertise: tagList(TAG_LIMITS.expertise).optional(),
    needs: tagList(TAG_LIMITS.needs).optional(),
    languages: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .refine((code) => /^[a-z]{2,3}$/.test(code), refinement(peopleTexts.languageCode)),
      )
      .max(TAG_LIMITS.languages, `At most ${TAG_LIMITS.languages} languages.`)
      .transform((codes) => [...new Set(codes)])
      .optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, refinement(peopleTexts.nothingToChange))
  .openapi('UpdatePerson');
export type UpdatePersonInput = z.infer<typeof UpdatePersonBody>;
