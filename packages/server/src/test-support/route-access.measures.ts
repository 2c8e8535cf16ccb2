import { eq } from 'drizzle-orm';
import { organisations } from '../organisations/organisations.table.js';
import { inquiryCase, type InquiryStanding } from './inquiry-world.js';
import type { AccessCase } from './route-access.js';

const id = (value: string) => ({ id: value });
/** Seen by the network, the caller outside the team: view is theirs, edit is not (403). */
const networkWide: InquiryStanding = { visibility: 'network', team: null };
/** The team's alone: outsiders do not see it (404); coordinators and evaluators still do. */
const teamOnly: InquiryStanding = { visibility: 'team', team: null };
/** The caller in the team, as a member. */
const member: InquiryStanding = { visibility: 'team', team: 'member' };

const viewCases = (name: string, request: Parameters<typeof inquiryCase>[3]) => [
  inquiryCase(name, 'inquiry.view', networkWide, request),
  inquiryCase(`${name} (team only)`, 'inquiry.view', teamOnly, request),
];
const editCases = (name: string, request: Parameters<typeof inquiryCase>[3]) => [
  inquiryCase(name, 'inquiry.edit', member, request),
  inquiryCase(`${name} (outside the team)`, 'inquiry.edit', networkWide, request),
];

/** The route inventory's entries for inquiry/measures.routes.ts (merged into ROUTE_ACCESS). */
export const MEASURES_ROUTE_ACCESS: Record<string, readonly AccessCase[]> = {
  'GET /inquiries/{id}/measures': viewCases('an inquiry’s measures', ({ inquiry }) => ({
    params: id(inquiry.id),
  })),
  'POST /inquiries/{id}/measures': editCases('define a measure', ({ inquiry }) => ({
    params: id(inquiry.id),
    body: {
      name: 'Pupils reading at home',
      kind: 'process',
      type: 'proportion',
      direction: 'up',
      population: 'pupils',
      changeIdeaId: inquiry.changeIdeaId,
    },
  })),
  'GET /measures/{id}': viewCases('a measure', ({ inquiry }) => ({ params: id(inquiry.measureId) })),
  'PATCH /measures/{id}': editCases('rename a measure', ({ inquiry }) => ({
    params: id(inquiry.measureId),
    body: { name: 'Minutes of reading at home', baselineEndsOn: '2025-12-01' },
  })),
  'DELETE /measures/{id}': editCases('delete a measure', ({ inquiry }) => ({
    params: id(inquiry.measureId),
  })),
  'GET /measures/{id}/points': viewCases('a measure’s points', ({ inquiry }) => ({
    params: id(inquiry.measureId),
    query: { school: inquiry.schoolId },
  })),
  'POST /measures/{id}/points': editCases('enter a data point', ({ inquiry }) => ({
    params: id(inquiry.proportionMeasureId),
    body: { points: [{ schoolId: inquiry.schoolId, period: '2026-09-01', numerator: 80, denominator: 120 }] },
  })),
  'DELETE /measure-points/{id}': editCases('delete a data point', ({ inquiry }) => ({
    params: id(inquiry.pointId),
  })),
  'POST /measures/{id}/import': editCases('import data points', async ({ world, inquiry }) => {
    // The import names schools by their national code: give the fixture's school one if it has none.
    const [school] = await world.db
      .select({ code: organisations.nationalCode })
      .from(organisations)
      .where(eq(organisations.id, inquiry.schoolId));
    let code = school?.code;
    if (!code) {
      code = `H${Math.random().toString(36).slice(2, 10)}`;
      await world.db
        .update(organisations)
        .set({ nationalCode: code })
        .where(eq(organisations.id, inquiry.schoolId));
    }
    return {
      params: id(inquiry.measureId),
      body: new TextEncoder().encode(`school_code,period,value\n${code},2026-09,71\n${code},2026-10,74\n`),
    };
  }),
  'POST /measures/{id}/annotations': editCases('annotate a chart', ({ inquiry }) => ({
    params: id(inquiry.measureId),
    body: { period: '2026-03-01', text: 'Second reading evening', cycleId: inquiry.cycleId },
  })),
  'DELETE /measure-annotations/{id}': editCases('delete an annotation', ({ inquiry }) => ({
    params: id(inquiry.annotationId),
  })),
  'POST /measures/{id}/phases': editCases('confirm a change on a chart', ({ inquiry }) => ({
    params: id(inquiry.proportionMeasureId),
    body: { startsOn: '2026-02-01', label: 'Reading evenings', cycleId: inquiry.cycleId },
  })),
  'DELETE /measure-phases/{id}': editCases('remove a confirmed change', ({ inquiry }) => ({
    params: id(inquiry.phaseId),
  })),
  'GET /measures/{id}/chart': viewCases('a measure’s charts', ({ inquiry }) => ({
    params: id(inquiry.measureId),
  })),
};
