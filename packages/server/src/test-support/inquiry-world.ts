/**
 * Inquiries in the shared test world (world.ts), for the route inventory's inquiry cases: a fresh
 * inquiry of a network, made by its resident coordinator's school, with everything an inquiry route
 * can name (a driver, a change idea, a cycle, two measures with points, an annotation, a phase), and
 * the caller placed in its team as the case asks. Written straight to the tables, so it is quick.
 */
import type { InquiryAction } from '../authz/policy.js';
import {
  changeIdeaDrivers,
  changeIdeas,
  drivers,
  pdsaCycles,
  pdsaCycleSchools,
  pdsaQuestions,
} from '../inquiry/cycles.table.js';
import { inquiries, inquiryPeople, inquirySchools } from '../inquiry/inquiries.table.js';
import { measureAnnotations, measurePhases, measurePoints, measures } from '../inquiry/measures.table.js';
import type { InquiryTeamRole, InquiryVisibility } from '../shared/vocabulary.js';
// Types only from route-access.ts: it imports the inventories that call inquiryCase.
import type { AccessCase } from './route-access.js';
import { NETWORK_KINDS, type Caller, type World, type WorldNetwork } from './world.js';

/** Where the caller stands towards the fixture inquiry: who else sees it, and their place in its team. */
export interface InquiryStanding {
  visibility: InquiryVisibility;
  team: InquiryTeamRole | null;
}

export interface FreshInquiry {
  id: string;
  driverId: string;
  changeIdeaId: string;
  cycleId: string;
  /** A value measure (I chart) and a proportion measure (P chart), each with 12 monthly points at the network's school. */
  measureId: string;
  proportionMeasureId: string;
  pointId: string;
  annotationId: string;
  phaseId: string;
  schoolId: string;
}

const months = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `${2025 + Math.floor((8 + i) / 12)}-${String(((8 + i) % 12) + 1).padStart(2, '0')}-01`,
  );

/** A fresh inquiry of the network, with the caller in its team as `standing` says (never for anonymous callers). */
export async function freshInquiry(
  world: World,
  network: WorldNetwork,
  caller: Caller,
  standing: InquiryStanding,
): Promise<FreshInquiry> {
  const db = world.db;
  const [inquiry] = await db
    .insert(inquiries)
    .values({
      networkId: network.id,
      title: `Inquiry ${Math.random().toString(36).slice(2, 8)}`,
      question: 'Why do our Year 7 readers stall after the transition?',
      outcome: 'literacy',
      aimWhat: 'Reading comprehension in Year 7',
      aimHowMuch: 'from 60% to 75% at the expected level',
      aimByWhen: '2026-06-30',
      aimForWhom: 'Year 7 pupils of the three schools',
      model: 'improvement',
      phase: 'testing',
      visibility: standing.visibility,
      language: 'en',
      createdById: network.coordinatorId,
    })
    .returning({ id: inquiries.id });
  const id = inquiry!.id;
  const schoolId = network.organisationId;
  await db.insert(inquirySchools).values({ inquiryId: id, organisationId: schoolId });
  const team = [{ inquiryId: id, personId: network.coordinatorId, role: 'lead' as const }];
  if (standing.team !== null && caller !== 'anonymous')
    team.push({ inquiryId: id, personId: world.people[caller].id, role: standing.team as 'lead' });
  await db.insert(inquiryPeople).values(team);

  const [driver] = await db
    .insert(drivers)
    .values({ inquiryId: id, level: 'primary', text: 'Reading for pleasure at home' })
    .returning({ id: drivers.id });
  const [idea] = await db
    .insert(changeIdeas)
    .values({ inquiryId: id, text: 'Family reading evenings' })
    .returning({ id: changeIdeas.id });
  await db.insert(changeIdeaDrivers).values({ changeIdeaId: idea!.id, driverId: driver!.id });
  const [cycle] = await db
    .insert(pdsaCycles)
    .values({
      changeIdeaId: idea!.id,
      inquiryId: id,
      title: 'First reading evening',
      purpose: 'test',
      startsOn: '2026-01-12',
      endsOn: '2026-01-23',
    })
    .returning({ id: pdsaCycles.id });
  await db.insert(pdsaCycleSchools).values({ cycleId: cycle!.id, organisationId: schoolId });
  await db
    .insert(pdsaQuestions)
    .values({ cycleId: cycle!.id, question: 'Will families come?', prediction: 'Half of them' });

  const [valueMeasure, proportionMeasure] = await db
    .insert(measures)
    .values([
      {
        inquiryId: id,
        name: 'Minutes read at home per week',
        kind: 'process',
        type: 'value',
        direction: 'up',
        population: 'pupils',
        target: 120,
      },
      {
        inquiryId: id,
        name: 'Share reading at the expected level',
        kind: 'outcome',
        type: 'proportion',
        direction: 'up',
        population: 'pupils',
        target: 0.75,
        position: 1,
      },
    ])
    .returning({ id: measures.id });
  const periods = months(12);
  const [point] = await db
    .insert(measurePoints)
    .values(
      periods.map((period, i) => ({
        measureId: valueMeasure!.id,
        schoolId,
        period,
        value: 60 + (i % 4) * 5,
      })),
    )
    .returning({ id: measurePoints.id });
  await db.insert(measurePoints).values(
    periods.map((period, i) => ({
      measureId: proportionMeasure!.id,
      schoolId,
      period,
      numerator: 70 + (i % 3) * 4,
      denominator: 120,
    })),
  );
  const [annotation] = await db
    .insert(measureAnnotations)
    .values({
      measureId: valueMeasure!.id,
      period: '2026-01-01',
      text: 'First reading evening',
      cycleId: cycle!.id,
    })
    .returning({ id: measureAnnotations.id });
  const [phase] = await db
    .insert(measurePhases)
    .values({
      measureId: valueMeasure!.id,
      startsOn: '2026-02-01',
      label: 'Reading evenings',
      cycleId: cycle!.id,
    })
    .returning({ id: measurePhases.id });
  return {
    id,
    driverId: driver!.id,
    changeIdeaId: idea!.id,
    cycleId: cycle!.id,
    measureId: valueMeasure!.id,
    proportionMeasureId: proportionMeasure!.id,
    pointId: point!.id,
    annotationId: annotation!.id,
    phaseId: phase!.id,
    schoolId,
  };
}

/**
 * A case of the inventory on a fresh inquiry of each network, with the caller standing as given;
 * `request` builds the request from the fixture. The oracle decides with canOnInquiry.
 */
export const inquiryCase = (
  name: string,
  action: InquiryAction,
  standing: InquiryStanding,
  request: (
    context: Parameters<AccessCase['request']>[0] & { inquiry: FreshInquiry },
  ) => ReturnType<AccessCase['request']>,
  extra: Partial<AccessCase> = {},
): AccessCase => ({
  name,
  access: { who: 'inquiry', action, ...standing },
  resources: NETWORK_KINDS,
  request: async (context) => {
    const inquiry = await freshInquiry(context.world, context.network, context.caller, standing);
    return request({ ...context, inquiry });
  },
  ...extra,
});
