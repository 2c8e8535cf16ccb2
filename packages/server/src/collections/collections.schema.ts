import { z } from '@hono/zod-openapi';
import { refinement } from '../shared/text.js';
import {
  CONTENT_LANGUAGES,
  RESOURCE_LICENCES,
  RESOURCE_TYPES,
  RESOURCE_VISIBILITIES,
} from '../shared/vocabulary.js';
import { collectionTexts as texts } from './collections.texts.js';

const Title = z.string().trim().min(3).max(200);
const Description = z.string().trim().max(2000);

const ResourceIds = z
  .array(z.uuid())
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, refinement(texts.repeatedResource))
  .openapi({ description: 'Resource ids in the order the collection lists them; each once.' });

const CollectionFields = z.object({
  title: Title.openapi({ description: 'The title in English, or in the only language it is written in.' }),
  titleEs: Title.nullable().optional().openapi({ description: 'The title in Spanish.' }),
  description: Description.optional(),
  descriptionEs: Description.nullable().optional().openapi({ description: 'The description in Spanish.' }),
});

export const CollectionInput = CollectionFields.extend({ resourceIds: ResourceIds.optional() })
  .strict()
  .openapi('CollectionInput');
export type CollectionInputValue = z.infer<typeof CollectionInput>;

export const CollectionPatch = CollectionFields.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, refinement(texts.nothingToChange))
  .openapi('CollectionPatch');
export type CollectionPatchValue = z.infer<typeof CollectionPatch>;

export const CollectionItemsInput = z
  .object({ resourceIds: ResourceIds })
  .strict()
  .openapi('CollectionItems');

const NetworkRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });
const PersonRef = z
  .object({ id: z.uuid(), name: z.string() })
  .nullable()
  .openapi({ description: 'Null when the person was erased: the collection stays the network’s.' });

/** A resource as a collection or the bank activity lists it: only ever one the caller may read. */
export const ResourceCard = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    type: z.enum(RESOURCE_TYPES),
    language: z.enum(CONTENT_LANGUAGES),
    licence: z.enum(RESOURCE_LICENCES),
    visibility: z.enum(RESOURCE_VISIBILITIES),
  })
  .openapi('ResourceCard');

const CollectionBase = {
  id: z.uuid(),
  title: z.string(),
  titleEs: z.string().nullable(),
  description: z.string(),
  descriptionEs: z.string().nullable(),
  network: NetworkRef,
  createdBy: PersonRef,
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const CollectionSummary = z
  .object({
    ...CollectionBase,
    itemCount: z.number().int().openapi({ description: 'How many of its resources the caller may read.' }),
  })
  .openapi('CollectionSummary');

export const CollectionList = z
  .object({
    items: z.array(CollectionSummary),
    permissions: z.object({ create: z.boolean() }),
  })
  .openapi('CollectionList');

export const CollectionDetail = z
  .object({
    ...CollectionBase,
    items: z.array(ResourceCard).openapi({
      description:
        'The resources in order, only those the caller may read: a hidden one is left out, never named.',
    }),
    permissions: z.object({ update: z.boolean(), delete: z.boolean() }),
  })
  .openapi('CollectionDetail');
export type CollectionDetailView = z.infer<typeof CollectionDetail>;

export const BankActivityQuery = z.object({
  since: z.iso.date().optional().openapi({
    description:
      'From this day (in the region’s time zone) on; by default the start of the current school term: the latest 1 September, 1 January or 1 April.',
    example: '2026-09-01',
  }),
});

export const BankActivity = z
  .object({
    since: z.string(),
    counts: z.object({
      shared: z.number().int().openapi({ description: 'New resources shared with the network or publicly.' }),
      adapted: z.number().int().openapi({ description: 'Of those, adaptations of another resource.' }),
      contributors: z.number().int().openapi({ description: 'Distinct authors of those resources.' }),
    }),
    items: z.array(
      ResourceCard.extend({
        sharedAt: z.string(),
        authors: z.array(z.string()),
        basedOn: z.object({ id: z.uuid(), title: z.string() }).nullable().openapi({
          description: 'The original, when it is an adaptation and the caller may read the original.',
        }),
      }),
    ),
  })
  .openapi('BankActivity');
export type BankActivityView = z.infer<typeof BankActivity>;
