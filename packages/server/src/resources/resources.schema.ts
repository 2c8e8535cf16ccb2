import { z } from '@hono/zod-openapi';
import { normaliseTags } from '../shared/tags.js';
import { refinement } from '../shared/text.js';
import {
  CONTENT_LANGUAGES,
  RESOURCE_LICENCES,
  RESOURCE_STAGES,
  RESOURCE_TYPES,
  RESOURCE_VISIBILITIES,
} from '../shared/vocabulary.js';
import { resourceTexts as texts } from './resources.texts.js';
import { AttachmentView } from './attachments.schema.js';

/** A tag or subject as typed: tags resolve to topics as people's do (shared/tags.ts). */
const tagList = (maxItems: number) =>
  z.array(z.string().trim().min(1).max(80)).max(maxItems).transform(normaliseTags);

const subjectList = z
  .array(z.string().trim().min(1).max(80))
  .max(20)
  .transform((subjects) => [...new Set(subjects)]);

const ResourceFields = z.object({
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(1000),
  body: z.string().max(100_000).openapi({ description: 'Markdown; rendered and sanitised as `bodyHtml`.' }),
  language: z.enum(CONTENT_LANGUAGES),
  type: z.enum(RESOURCE_TYPES),
  stages: z
    .array(z.enum(RESOURCE_STAGES))
    .min(1)
    .max(RESOURCE_STAGES.length)
    .transform((stages) => [...new Set(stages)]),
  subjects: subjectList,
  tags: tagList(30).openapi({ description: 'Topic keys (see /topics) and free tags as typed.' }),
  licence: z.enum(RESOURCE_LICENCES).openapi({ description: 'A Creative Commons licence, as its SPDX id.' }),
  visibility: z.enum(RESOURCE_VISIBILITIES).openapi({
    description: '`draft`: its authors only; `network`: the network’s members (needs networkId); `public`.',
  }),
  networkId: z.uuid().nullable().openapi({ description: 'The network it is shared with; null for none.' }),
  organisationId: z
    .uuid()
    .nullable()
    .openapi({ description: 'The organisation credited beside the authors.' }),
  authorIds: z
    .array(z.uuid())
    .min(1)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, refinement(texts.authorOnce))
    .openapi({
      description:
        'The people credited, in order; the caller by default, who must stay among them unless they coordinate the network.',
    }),
  versionNote: z.string().trim().max(500).openapi({ description: 'What this version changed.' }),
});

export const ResourceInput = ResourceFields.partial({
  summary: true,
  body: true,
  subjects: true,
  tags: true,
  networkId: true,
  organisationId: true,
  authorIds: true,
  versionNote: true,
})
  .strict()
  .openapi('ResourceInput');
export type ResourceInputValue = z.infer<typeof ResourceInput>;

export const ResourcePatch = ResourceFields.partial()
  .strict()
  .refine((body) => Object.keys(body).some((key) => key !== 'versionNote'), refinement(texts.nothingToChange))
  .openapi('ResourcePatch');
export type ResourcePatchValue = z.infer<typeof ResourcePatch>;

const Named = z.object({ id: z.uuid(), name: z.string() });
const NetworkRef = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string() })
  .nullable()
  .openapi({ description: 'Null as well when the caller may not see the network.' });
const OrganisationRef = z
  .object({ id: z.uuid(), name: z.string(), municipality: z.string().nullable() })
  .nullable();
const Author = Named.extend({ organisation: z.string().nullable() });

export const LicenceInfoSchema = z
  .object({
    id: z.enum(RESOURCE_LICENCES),
    name: z.string(),
    url: z.string(),
    adaptable: z.boolean(),
    shareAlike: z.boolean(),
    nonCommercial: z.boolean(),
  })
  .openapi('LicenceInfo');

/** The resource's content fields as one version holds them. */
const ContentFields = {
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  bodyHtml: z.string().openapi({ description: 'The body rendered from Markdown and sanitised.' }),
  language: z.enum(CONTENT_LANGUAGES),
  type: z.enum(RESOURCE_TYPES),
  stages: z.array(z.enum(RESOURCE_STAGES)),
  subjects: z.array(z.string()),
  tags: z.array(z.string()),
  licence: z.enum(RESOURCE_LICENCES),
  visibility: z.enum(RESOURCE_VISIBILITIES),
  network: NetworkRef,
  organisation: OrganisationRef,
  authors: z.array(Author),
};

export const ResourceDetail = z
  .object({
    id: z.uuid(),
    ...ContentFields,
    licenceInfo: LicenceInfoSchema,
    basedOn: z
      .object({
        id: z.uuid(),
        title: z.string(),
        authors: z.array(z.string()),
        licence: z.enum(RESOURCE_LICENCES),
      })
      .nullable()
      .openapi({ description: 'The resource this adapts, when the caller may read it.' }),
    adaptationsCount: z.number().int().openapi({ description: 'Adaptations the caller may read.' }),
    attachments: z.array(AttachmentView).openapi({ description: 'The files it carries, oldest first.' }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    permissions: z.object({
      edit: z.boolean(),
      delete: z.boolean(),
      adapt: z.object({
        allowed: z.boolean(),
        reason: z.string().nullable().openapi({ description: 'Why not, in the caller’s language.' }),
      }),
    }),
    jsonLd: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: 'schema.org LearningResource JSON-LD, for public resources only.' }),
  })
  .openapi('Resource');
export type ResourceView = z.infer<typeof ResourceDetail>;

/** The fields a version may differ in, named as the API names them. */
export const VERSIONED_FIELDS = [
  'title',
  'summary',
  'body',
  'language',
  'type',
  'stages',
  'subjects',
  'tags',
  'licence',
  'visibility',
  'network',
  'organisation',
  'authors',
] as const;

const EditedBy = Named.nullable().openapi({ description: 'Null once the editor’s data was erased.' });

export const ResourceVersionSummary = z
  .object({
    version: z.number().int(),
    note: z.string(),
    editedBy: EditedBy,
    editedAt: z.string(),
    changed: z
      .array(z.enum(VERSIONED_FIELDS))
      .openapi({ description: 'The fields that differ from the previous version (empty for the first).' }),
  })
  .openapi('ResourceVersionSummary');

export const ResourceVersionList = z
  .object({ items: z.array(ResourceVersionSummary) })
  .openapi('ResourceVersionList');

export const ResourceVersionDetail = z
  .object({
    version: z.number().int(),
    note: z.string(),
    editedBy: EditedBy,
    editedAt: z.string(),
    content: z.object(ContentFields),
  })
  .openapi('ResourceVersion');

export const ResourceAdaptation = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    language: z.enum(CONTENT_LANGUAGES),
    type: z.enum(RESOURCE_TYPES),
    licence: z.enum(RESOURCE_LICENCES),
    authors: z.array(z.string()),
    createdAt: z.string(),
  })
  .openapi('ResourceAdaptation');

export const ResourceAdaptationList = z
  .object({ items: z.array(ResourceAdaptation) })
  .openapi('ResourceAdaptationList');

export const VersionParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .openapi({ param: { name: 'version', in: 'path' }, example: 1 }),
});
