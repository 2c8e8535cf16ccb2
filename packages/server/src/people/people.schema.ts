import { z } from '@hono/zod-openapi';
import { PageQuery } from '../http/pagination.js';
import { MemberNetworkSchema } from '../memberships/memberships.schema.js';
import { PERSON_KINDS } from '../shared/vocabulary.js';

export const PersonSummary = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    kinds: z.array(z.enum(PERSON_KINDS)),
    organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .openapi('PersonSummary');

export const PersonDetail = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    email: z
      .string()
      .nullable()
      .openapi({ description: 'Shown to the person, admins, and those who run a network the person is in; else null.' }),
    kinds: z.array(z.enum(PERSON_KINDS)),
    expertise: z.array(z.string()),
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
  })
  .openapi('Person');

export const PeopleListQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(100).optional().openapi({ description: 'Search by name (accent-insensitive).' }),
  organisation: z.uuid().optional().openapi({ description: 'Only current members of this organisation.' }),
  kind: z.enum(PERSON_KINDS).optional(),
});
export type PeopleListFilters = z.infer<typeof PeopleListQuery>;
