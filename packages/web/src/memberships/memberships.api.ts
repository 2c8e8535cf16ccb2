/** Membership calls: list a network's members, add one, change a role, end a membership. */
import type { z } from 'zod';
import type {
  AddMembershipBody,
  UpdateMembershipBody,
} from '../../../server/src/memberships/memberships.schema.js';
import { api, withQuery } from '../api/client.ts';
import type { Membership, OrganisationSummary, Page, PersonSummary } from '../api/types.ts';
import type { MembershipRole } from '../api/vocabulary.ts';

export const MEMBERS_PAGE_SIZE = 100;

export const membershipKeys = {
  list: (networkId: string) => ['memberships', networkId] as const,
};

export const listMemberships = (networkId: string, cursor: string | null, signal?: AbortSignal) =>
  api<Page<Membership>>(
    withQuery(`/networks/${networkId}/memberships`, { cursor, limit: MEMBERS_PAGE_SIZE }),
    { signal },
  );

export type NewMember = { organisationId: string } | { personId: string };

export const addMembership = (
  networkId: string,
  member: NewMember,
  role: MembershipRole,
  startDate: string,
) =>
  api<Membership>(`/networks/${networkId}/memberships`, {
    method: 'POST',
    body: { ...member, role, ...(startDate ? { startDate } : {}) } satisfies z.input<
      typeof AddMembershipBody
    >,
  });

export const changeRole = (networkId: string, membershipId: string, role: MembershipRole) =>
  api<Membership>(`/networks/${networkId}/memberships/${membershipId}`, {
    method: 'PATCH',
    body: { role } satisfies z.input<typeof UpdateMembershipBody>,
  });

export const endMembership = (networkId: string, membershipId: string) =>
  api<void>(`/networks/${networkId}/memberships/${membershipId}`, { method: 'DELETE' });

const SHOWN = 8;

/**
 * Candidates for the add-member type-ahead: organisations and people whose names match, best
 * match first (the API ranks whole-name, then starting, then containing, then similar matches).
 */
export async function searchCandidates(q: string, signal?: AbortSignal) {
  const [organisations, people] = await Promise.all([
    api<Page<OrganisationSummary>>(withQuery('/organisations', { q, limit: SHOWN }), { signal }),
    api<Page<PersonSummary>>(withQuery('/people', { q, limit: SHOWN }), { signal }),
  ]);
  return { organisations: organisations.items, people: people.items };
}
