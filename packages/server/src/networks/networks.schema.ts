import { z } from '@hono/zod-openapi';
import { PageQuery } from '../shared/pagination.js';
import { refinement } from '../shared/text.js';
import { networkTexts as texts } from './networks.texts.js';
import { RESERVED_SLUGS, SLUG_MAX_LENGTH, SLUG_MIN_LENGTH, SLUG_PATTERN } from '../shared/slug.js';
import {
  MAX_NETWORK_LEVEL,
  MEMBERSHIP_ROLES,
  MIN_NETWORK_LEVEL,
  NETWORK_APPROACHES,
  NETWORK_KINDS,
  NETWORK_SCOPES,
  NETWORK_STATUSES,
  NETWORK_VISIBILITIES,
} from '../shared/vocabulary.js';

const Place = {
  country: z.string().max(100).nullable(),
  region: z.string().max(100).nullable(),
  municipality: z.string().max(100).nullable(),
};

export const Slug = z
  .string()
  .min(SLUG_MIN_LENGTH)
  .max(SLUG_MAX_LENGTH)
  .refine((slug) => SLUG_PATTERN.test(slug), refinement(texts.slugPattern))
  // The web app's /networks/new is the page that creates a network.
  .refine((slug) => !RESERVED_SLUGS.has(slug), refinement(texts.slugReserved));

/** The editable facts of a network: the body of POST, and (all optional) of PATCH. */
const NetworkFields = z.object({
  name: z.string().trim().min(2).max(200),
  purpose: z.string().max(5000).openapi({ description: 'The purpose in English (empty: not written).' }),
  purposeEs: z.string().max(5000).openapi({ description: 'The purpose in Spanish (empty: not written).' }),
  goal: z.string().max(2000).openapi({
    description: 'The shared, measurable goal the network works towards, in English (empty: not written).',
  }),
  goalEs: z.string().max(2000).openapi({ description: 'The goal in Spanish (empty: not written).' }),
  kind: z.enum(NETWORK_KINDS),
  level: z
    .number()
    .int()
    .min(MIN_NETWORK_LEVEL)
    .max(MAX_NETWORK_LEVEL)
    .openapi({ description: 'Five-level typology: 1 sharing practice … 5 system renewal.' }),
  scopes: z
    .array(z.enum(NETWORK_SCOPES))
    .min(1)
    .max(3)
    .refine((scopes) => new Set(scopes).size === scopes.length, refinement(texts.scopeOnce)),
  approach: z.enum(NETWORK_APPROACHES),
  ...Place,
  status: z.enum(NETWORK_STATUSES),
  visibility: z.enum(NETWORK_VISIBILITIES),
  parentIds: z
    .array(z.uuid())
    .max(20)
    .openapi({ description: 'Networks this one belongs to (networks of networks).' }),
});

export const CreateNetworkBody = NetworkFields.extend({
  slug: Slug,
  allowSameName: z.boolean().default(false).openapi({
    description:
      'Create it even though a network of the same name exists (ignoring case and accents); otherwise that is a 409 at `name`.',
  }),
})
  .partial({
    purpose: true,
    purposeEs: true,
    goal: true,
    goalEs: true,
    country: true,
    region: true,
    municipality: true,
    status: true,
    visibility: true,
    parentIds: true,
  })
  .strict()
  .openapi('CreateNetwork');

export const UpdateNetworkBody = NetworkFields.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, refinement(texts.nothingToChange))
  .openapi('UpdateNetwork');

export type CreateNetworkInput = z.infer<typeof CreateNetworkBody>;
export type UpdateNetworkInput = z.infer<typeof UpdateNetworkBody>;

export const NetworkRef = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string() })
  .openapi('NetworkRef');

const NetworkCore = {
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(NETWORK_KINDS),
  level: z.number().int(),
  scopes: z.array(z.enum(NETWORK_SCOPES)),
  approach: z.enum(NETWORK_APPROACHES),
  ...Place,
  status: z.enum(NETWORK_STATUSES),
  visibility: z.enum(NETWORK_VISIBILITIES),
};

export const NetworkSummary = z
  .object({
    ...NetworkCore,
    memberCounts: z.object({ organisations: z.number().int(), people: z.number().int() }),
  })
  .openapi('NetworkSummary');

export const NetworkDetail = z
  .object({
    ...NetworkCore,
    purpose: z.string().openapi({ description: 'In English; shown falling back to `purposeEs`.' }),
    purposeEs: z.string().openapi({ description: 'In Spanish; shown falling back to `purpose`.' }),
    goal: z.string(),
    goalEs: z.string(),
    parents: z.array(NetworkRef),
    children: z.array(NetworkRef),
    memberCounts: z.object({
      organisations: z.number().int(),
      people: z.number().int(),
      byRole: z.record(z.enum(MEMBERSHIP_ROLES), z.number().int()).openapi({
        description: 'Current memberships (organisations and people) per role.',
      }),
    }),
    permissions: z
      .object({
        update: z.boolean(),
        addMembers: z.boolean(),
        changeRoles: z.boolean(),
        endMemberships: z.boolean(),
        grantableRoles: z.array(z.enum(MEMBERSHIP_ROLES)),
        viewPeople: z.boolean(),
      })
      .openapi({ description: 'What the caller may do here; the server checks again on every write.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Network');

export const NetworkRegion = z.object({ name: z.string(), networkCount: z.int() }).openapi('NetworkRegion', {
  description: 'A region that networks are in, with how many of them the caller may see.',
});

export const NetworkRegionList = z.object({ items: z.array(NetworkRegion) }).openapi('NetworkRegionList');

export const NetworkListQuery = PageQuery.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'Search by name (accent-insensitive).' }),
  kind: z.enum(NETWORK_KINDS).optional(),
  level: z.coerce.number().int().min(MIN_NETWORK_LEVEL).max(MAX_NETWORK_LEVEL).optional(),
  region: z.string().max(100).optional(),
  status: z.enum(NETWORK_STATUSES).optional(),
  parent: z.uuid().optional().openapi({ description: 'Only networks that belong to this network.' }),
});
export type NetworkListFilters = z.infer<typeof NetworkListQuery>;

/** A network's id, or its slug (the web app's URLs use slugs). */
export const NetworkKeyParam = z
  .string()
  .min(1)
  .max(80)
  .openapi({
    param: { name: 'id', in: 'path' },
    description: 'The network’s id or slug.',
    example: 'rural-schools-north',
  });

/** One of a member's networks, as organisation and person pages list them. */
export const MemberNetworkSchema = z
  .object({
    membershipId: z.uuid(),
    network: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    role: z.enum(MEMBERSHIP_ROLES),
    startDate: z.string().nullable(),
  })
  .openapi('MemberNetwork');
