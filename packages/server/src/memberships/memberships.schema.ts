import { z } from '@hono/zod-openapi';
import { PageQuery } from '../shared/pagination.js';
import { refinement } from '../shared/text.js';
import { membershipTexts as texts } from './memberships.texts.js';
import { MEMBERSHIP_ROLES, ORGANISATION_KINDS, PERSON_KINDS } from '../shared/vocabulary.js';

const IsoDate = z.iso.date().openapi({ example: '2026-09-01' });

export const MemberType = z.enum(['organisation', 'person']);

const OrganisationMember = z.object({
  type: z.literal('organisation'),
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  municipality: z.string().nullable(),
});

const PersonMember = z.object({
  type: z.literal('person'),
  id: z.uuid(),
  displayName: z.string(),
  kinds: z.array(z.enum(PERSON_KINDS)),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), municipality: z.string().nullable() })),
});

export const MembershipSchema = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    role: z.enum(MEMBERSHIP_ROLES),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    member: z.discriminatedUnion('type', [OrganisationMember, PersonMember]),
  })
  .openapi('Membership');
export type MembershipView = z.infer<typeof MembershipSchema>;

export const MembershipListQuery = PageQuery.extend({
  role: z.enum(MEMBERSHIP_ROLES).optional(),
  type: MemberType.optional().openapi({ description: 'Only organisations, or only people.' }),
  q: z.string().trim().min(1).max(100).optional().openapi({ description: 'Search members by name.' }),
  organisation: z.uuid().optional().openapi({
    description: 'Only this organisation and the people currently affiliated with it.',
  }),
  organisationKind: z.enum(ORGANISATION_KINDS).optional().openapi({
    description: 'Only organisations of this kind and the people currently affiliated with one of that kind.',
  }),
  includeEnded: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({ description: 'Include memberships that have ended.' }),
});
export type MembershipListFilters = z.infer<typeof MembershipListQuery>;

export const AddMembershipBody = z
  .object({
    organisationId: z.uuid().optional(),
    personId: z.uuid().optional(),
    role: z.enum(MEMBERSHIP_ROLES).default('member'),
    startDate: IsoDate.optional(),
    endDate: IsoDate.optional(),
  })
  .strict()
  .refine((body) => (body.organisationId ? 1 : 0) + (body.personId ? 1 : 0) === 1, {
    ...refinement(texts.exactlyOneMember),
    path: ['organisationId'],
  })
  .refine((body) => !body.startDate || !body.endDate || body.endDate >= body.startDate, {
    ...refinement(texts.endBeforeStart),
    path: ['endDate'],
  })
  .openapi('AddMembership');
export type AddMembershipInput = z.infer<typeof AddMembershipBody>;

export const UpdateMembershipBody = z
  .object({
    role: z.enum(MEMBERSHIP_ROLES).optional(),
    endDate: IsoDate.nullable().optional().openapi({ description: 'Set to end the membership.' }),
  })
  .strict()
  .refine((body) => body.role !== undefined || body.endDate !== undefined, refinement(texts.roleOrEnd))
  .openapi('UpdateMembership');
export type UpdateMembershipInput = z.infer<typeof UpdateMembershipBody>;
