import { inquiryCase, type InquiryStanding } from './inquiry-world.js';
import type { AccessCase } from './route-access.js';

const TEAM_ONLY: InquiryStanding = { visibility: 'team', team: null };
const SHARED: InquiryStanding = { visibility: 'network', team: null };
const MEMBER: InquiryStanding = { visibility: 'team', team: 'member' };

const view = (name: string, path: (ids: { id: string; cycleId: string }) => string) =>
  [TEAM_ONLY, SHARED, MEMBER].map((standing) =>
    inquiryCase(
      `${name} (${standing.visibility}, team: ${standing.team ?? 'no'})`,
      'inquiry.view',
      standing,
      ({ inquiry }) => ({
        params: { id: path(inquiry) },
      }),
    ),
  );

/** The route inventory's entries for inquiry/cycles.routes.ts (merged into ROUTE_ACCESS). */
export const CYCLES_ROUTE_ACCESS: Record<string, readonly AccessCase[]> = {
  'GET /inquiries/{id}/driver-diagram': view('the driver diagram', (inquiry) => inquiry.id),
  'PUT /inquiries/{id}/driver-diagram': [MEMBER, SHARED].map((standing) =>
    inquiryCase(
      `save the outline (team: ${standing.team ?? 'no'})`,
      'inquiry.edit',
      standing,
      ({ inquiry }) => ({
        params: { id: inquiry.id },
        body: {
          primary: [
            {
              key: inquiry.driverId,
              text: 'Reading for pleasure at home',
              secondary: [{ key: 'new-secondary', text: 'Books that travel home' }],
            },
          ],
          changeIdeas: [
            {
              key: inquiry.changeIdeaId,
              text: 'Family reading evenings',
              driverKeys: [inquiry.driverId, 'new-secondary'],
              resourceIds: [],
              practiceIds: [],
            },
            {
              key: 'new-idea',
              text: 'A reading buddy',
              driverKeys: ['new-secondary'],
              resourceIds: [],
              practiceIds: [],
            },
          ],
        },
      }),
    ),
  ),
  'GET /inquiries/{id}/cycles': view('the cycles', (inquiry) => inquiry.id),
  'POST /inquiries/{id}/cycles': [MEMBER, SHARED].map((standing) =>
    inquiryCase(`plan a cycle (team: ${standing.team ?? 'no'})`, 'inquiry.edit', standing, ({ inquiry }) => ({
      params: { id: inquiry.id },
      body: {
        changeIdeaId: inquiry.changeIdeaId,
        title: 'Second reading evening',
        purpose: 'test',
        startsOn: '2026-02-02',
        endsOn: '2026-02-13',
        schoolIds: [inquiry.schoolId],
        questions: [{ question: 'Will more families come?', prediction: 'Twice as many' }],
      },
    })),
  ),
  'GET /cycles/{id}': view('a cycle', (inquiry) => inquiry.cycleId),
  'PATCH /cycles/{id}': [MEMBER, SHARED].map((standing) =>
    inquiryCase(
      `study and decide (team: ${standing.team ?? 'no'})`,
      'inquiry.edit',
      standing,
      ({ inquiry }) => ({
        params: { id: inquiry.cycleId },
        body: {
          observations: 'Eleven families came.',
          comparison: 'Fewer than predicted.',
          decision: 'adapt',
          decisionNote: 'Move it to Friday afternoons.',
        },
      }),
    ),
  ),
  'DELETE /cycles/{id}': [MEMBER, SHARED].map((standing) =>
    inquiryCase(
      `delete a cycle (team: ${standing.team ?? 'no'})`,
      'inquiry.edit',
      standing,
      ({ inquiry }) => ({
        params: { id: inquiry.cycleId },
      }),
    ),
  ),
};
