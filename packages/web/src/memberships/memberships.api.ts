/** Membership calls: list a network's members, add one, change a role, end a membership. */
import type { z } from 'zod';
import type {
  AddMembershipBody,
  MembershipListQuery,
  UpdateMembershipBody,
} from '../../../server/src/memberships/memberships.schema.js';
import { api, withQuery } from '../api/client.ts';
import type { Membership, OrganisationSummary, Page, PersonSummary } from '../api/types.ts';
import type { MembershipRole } from '../api/vocabulary.ts';

export const MEMBERS_PAGE_SIZE = 100;

export const membershipKeys = {
  list: (networkId: string) => ['memberships', networkId] as const,
  filtered: (networkId: string, filters: MemberFilters, cursor: string | null) =>
    ['memberships', networkId, filters, cursor] as const,
  matching: (networkId: string, q: string) => ['memberships', networkId, 'matching', q] as const,
};

/** What the members page filters by (all optional; the URL's search parameters). */
export type MemberFilters = Pick<
  z.input<typeof MembershipListQuery>,
  'q' | 'role' | 'type' | 'organisation' | 'organisationKind'
>;

export const listMemberships = (
  networkId: string,
  cursor: string | null,
  signal?: AbortSignal,
  filters: MemberFilters = {},
  limit = MEMBERS_PAGE_SIZE,
) =>
  api<Page<Membership>>(withQuery(`/networks/${networkId}/memberships`, { ...filters, cursor, limit }), {
    signal,
  });

/** The ids of the network's current members whose names match `q` (for "already a member"). */
export async function currentMemberIds(networkId: string, q: string, signal?: AbortSignal) {
  const page = await listMemberships(networkId, null, signal, { q }, 100);
  return new Set(page.items.map((membership) => membership.member.id));
}

export interface ImportedMembers {
  created: number;
}

/** One problem in an imported file, where a spreadsheet shows it (row 1 is the header). */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
}

export const importMembers = (networkId: string, csv: string) =>
  api<ImportedMembers>(`/networks/${networkId}/memberships/import`, { method: 'POST', body: { csv } });

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

/** Organisations whose names match, for the members page's organisation filter. */
export const searchOrganisations = async (q: string, signal?: AbortSignal) =>
  (await api<Page<OrganisationSummary>>(withQuery('/organisations', { q, limit: SHOWN }), { signal })).items;
