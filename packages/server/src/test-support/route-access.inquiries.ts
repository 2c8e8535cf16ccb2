import { inquiryCase, type InquiryStanding } from './inquiry-world.js';
import type { AccessCase } from './route-access.js';
import { NETWORK_KINDS } from './world.js';

const TEAM_ONLY: InquiryStanding = { visibility: 'team', team: null };
const SHARED: InquiryStanding = { visibility: 'network', team: null };
const MEMBER: InquiryStanding = { visibility: 'team', team: 'member' };
const LEAD: InquiryStanding = { visibility: 'team', team: 'lead' };

/** A valid new inquiry of the network, with its member school in the team. */
const inquiryBody = (networkId: string, schoolId: string) => ({
  networkId,
  title: 'Harness inquiry',
  question: 'Why do our Year 7 readers stall after the transition?',
  outcome: 'literacy',
  aim: { what: 'Reading comprehension', howMuch: 'from 60% to 75%', byWhen: '2026-06-30', forWhom: 'Year 7' },
  model: 'spiral',
  language: 'en',
  schoolIds: [schoolId],
});

/** The route inventory's entries for inquiry/inquiries.routes.ts (merged into ROUTE_ACCESS). */
export const INQUIRIES_ROUTE_ACCESS: Record<string, readonly AccessCase[]> = {
  'GET /inquiries': [
    { name: 'inquiries one may see', access: { who: 'anyone' }, resources: ['none'], request: () => ({}) },
    {
      name: 'a network’s inquiries',
      access: { who: 'filter' },
      resources: NETWORK_KINDS,
      request: ({ network }) => ({ query: { network: network.slug } }),
    },
  ],
  'POST /inquiries': [
    {
      name: 'open an inquiry',
      access: { who: 'network', action: 'inquiry.create' },
      resources: NETWORK_KINDS,
      request: ({ network }) => ({ body: inquiryBody(network.id, network.organisationId) }),
    },
  ],
  'GET /inquiries/{id}': [
    inquiryCase('a team-only inquiry, not in its team', 'inquiry.view', TEAM_ONLY, ({ inquiry }) => ({
      params: { id: inquiry.id },
    })),
    inquiryCase('a shared inquiry, not in its team', 'inquiry.view', SHARED, ({ inquiry }) => ({
      params: { id: inquiry.id },
    })),
    inquiryCase('one’s own team’s inquiry', 'inquiry.view', MEMBER, ({ inquiry }) => ({
      params: { id: inquiry.id },
    })),
  ],
  'PATCH /inquiries/{id}': [
    inquiryCase('move one’s team’s inquiry on', 'inquiry.edit', MEMBER, ({ inquiry }) => ({
      params: { id: inquiry.id },
      body: { phase: 'spreading', status: 'paused' },
    })),
    inquiryCase('edit a shared inquiry of others', 'inquiry.edit', SHARED, ({ inquiry }) => ({
      params: { id: inquiry.id },
      body: { title: 'Renamed by the harness' },
    })),
    inquiryCase('share it with the network, as a lead', 'inquiry.manage', LEAD, ({ inquiry }) => ({
      params: { id: inquiry.id },
      body: { visibility: 'network' },
    })),
    inquiryCase('share it with the network, as a member', 'inquiry.manage', MEMBER, ({ inquiry }) => ({
      params: { id: inquiry.id },
      body: { visibility: 'network' },
    })),
  ],
  'DELETE /inquiries/{id}': [
    inquiryCase('delete one’s team’s inquiry, as a lead', 'inquiry.manage', LEAD, ({ inquiry }) => ({
      params: { id: inquiry.id },
    })),
    inquiryCase('delete a shared inquiry of others', 'inquiry.manage', SHARED, ({ inquiry }) => ({
      params: { id: inquiry.id },
    })),
  ],
  'PUT /inquiries/{id}/team': [
    inquiryCase(
      'change the team, as a lead',
      'inquiry.manage',
      LEAD,
      ({ world, caller, network, inquiry }) => ({
        params: { id: inquiry.id },
        body: {
          people: [
            { personId: network.coordinatorId, role: 'lead' },
            ...(caller === 'anonymous' ? [] : [{ personId: world.people[caller].id, role: 'lead' }]),
          ],
          schoolIds: [inquiry.schoolId],
        },
      }),
    ),
    inquiryCase('change the team, as a member', 'inquiry.manage', MEMBER, ({ network, inquiry }) => ({
      params: { id: inquiry.id },
      body: { people: [{ personId: network.coordinatorId, role: 'lead' }], schoolIds: [inquiry.schoolId] },
    })),
  ],
  'PUT /inquiries/{id}/phases': [
    inquiryCase('correct the timeline', 'inquiry.edit', MEMBER, ({ inquiry }) => ({
      params: { id: inquiry.id },
      body: {
        phases: [
          { phase: 'aim', startedOn: '2025-09-01', endedOn: '2025-09-30' },
          { phase: 'testing', startedOn: '2025-10-01', endedOn: null },
        ],
      },
    })),
  ],
  'PUT /inquiries/{id}/progress': [
    inquiryCase('confirm the progress score', 'inquiry.edit', MEMBER, ({ inquiry }) => ({
      params: { id: inquiry.id },
      body: { score: 1.5 },
    })),
    inquiryCase('confirm a score of a shared inquiry of others', 'inquiry.edit', SHARED, ({ inquiry }) => ({
      params: { id: inquiry.id },
      body: { score: 1.5 },
    })),
  ],
};
