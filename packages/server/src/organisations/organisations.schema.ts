import { z } from '@hono/zod-openapi';
import { PageQuery } from '../shared/pagination.js';
import { MemberNetworkSchema } from '../networks/networks.schema.js';
import { ORGANISATION_KINDS, SCHOOL_SECTORS, SCHOOL_STAGES, SIZE_BANDS } from '../shared/vocabulary.js';

export const OrganisationSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    country: z.string().nullable(),
    region: z.string().nullable(),
    municipality: z.string().nullable(),
    stages: z.array(z.enum(SCHOOL_STAGES)),
    sector: z.enum(SCHOOL_SECTORS).nullable(),
    rural: z.boolean().nullable(),
    disadvantaged: z.boolean().nullable(),
    sizeBand: z.enum(SIZE_BANDS).nullable(),
    nationalCode: z.string().nullable(),
  })
  .openapi('OrganisationSummary');

export const OrganisationDetail = OrganisationSummary.extend({
  networks: z.array(MemberNetworkSchema),
  people: z
    .array(z.object({ id: z.uuid(), displayName: z.string(), role: z.string() }))
    .openapi({ description: 'Current staff and members (first 200 by name); empty unless signed in.' }),
  peopleCount: z.number().int().nullable().openapi({ description: 'Null unless signed in.' }),
}).openapi('Organisation');

export const OrganisationListQuery = PageQuery.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'Search by name (accent-insensitive).' }),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  region: z.string().max(100).optional(),
  municipality: z.string().max(100).optional(),
  network: z.uuid().optional().openapi({ description: 'Only current members of this network.' }),
});
export type OrganisationListFilters = z.infer<typeof OrganisationListQuery>;
