import { beforeAll, expect, it } from 'vitest';
import { insertPractice } from '../practices/practices.queries.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  buildNetwork,
  buildOrganisation,
  buildPerson,
  buildResource,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import type { Executor } from '../db/database.js';
import {
  changeIdeaPractices,
  changeIdeaResources,
  changeIdeas,
  pdsaCycles,
  pdsaCycleSchools,
} from './cycles.table.js';
import { inquiries, inquiryPeople, inquirySchools } from './inquiries.table.js';
import { measures, measureSeries } from './measures.table.js';
import type { EvidenceFromUseView, WhatWorksView } from './rollup.schema.js';

/** One series summary, as refreshMeasureSeries writes it. */
const series = (better: boolean, worse: boolean, judged = true) => ({
  points: judged ? 14 : 6,
  firstPeriod: '2025-09-01',
  lastPeriod: '2026-10-01',
  better,
  worse,
  judged,
  recent: [
    ['2026-09-01', 61],
    ['2026-10-01', 64],
  ] as [string, number][],
});

async function inquiryWith(
  db: Executor,
  values: {
    networkId: string;
    title: string;
    visibility: 'team' | 'network';
    leadId: string;
    schools: string[];
  },
) {
  const [row] = await db
    .insert(inquiries)
    .values({
      networkId: values.networkId,
      title: values.title,
      question: 'Why do our readers stall?',
      outcome: 'literacy',
      model: 'improvement',
      phase: 'testing',
      visibility: values.visibility,
      language: 'en',
    })
    .returning({ id: inquiries.id });
  await db.insert(inquiryPeople).values({ inquiryId: row!.id, personId: values.leadId, role: 'lead' });
  for (const organisationId of values.schools)
    await db.insert(inquirySchools).values({ inquiryId: row!.id, organisationId });
  return row!.id;
}

async function ideaWithCycle(
  db: Executor,
  inquiryId: string,
  text: string,
  schools: string[],
  decision?: 'adopt',
) {
  const [idea] = await db.insert(changeIdeas).values({ inquiryId, text }).returning({ id: changeIdeas.id });
  const [cycle] = await db
    .insert(pdsaCycles)
    .values({
      changeIdeaId: idea!.id,
      inquiryId,
      title: `Cycle of ${text}`,
      purpose: 'test',
      startsOn: '2026-01-12',
      endsOn: '2026-01-23',
      decision: decision ?? null,
    })
    .returning({ id: pdsaCycles.id });
  for (const organisationId of schools)
    await db.insert(pdsaCycleSchools).values({ cycleId: cycle!.id, organisationId });
  return idea!.id;
}

async function measureOf(
  db: Executor,
  inquiryId: string,
  kind: 'process' | 'outcome',
  changeIdeaId: string | null,
) {
  const [row] = await db
    .insert(measures)
    .values({
      inquiryId,
      changeIdeaId,
      name: `${kind} measure`,
      kind,
      type: 'value',
      direction: 'up',
      population: 'pupils',
    })
    .returning({ id: measures.id });
  return row!.id;
}

/**
 * Network N (members only) with schools A, B, C. Inquiry "Open" (network-visible) has idea
 * "Reading evenings" linked to practice P, cycles in A and B; its process measure shows better in
 * A, worse in B. Inquiry "Closed" (team-only, led by a stranger) has an idea linked to P too, with a
 * cycle in C whose outcome measure shows better. Inquiry "Open" also has an idea linked to nothing
 * ("Book club", cycle in A, too few points) and one linked to a draft resource only its author sees.
 */
describeOnEachEngine('what works here and evidence from use', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<string, string>;
  const as = (who: string) => t.client().signIn(`${who}@example.org`);

  beforeAll(async () => {
    const db = t.db;
    const network = await buildNetwork(db, {
      slug: 'red-insight',
      name: 'Red Insight',
      visibility: 'members',
    });
    const other = await buildNetwork(db, { slug: 'red-hidden', name: 'Red Hidden', visibility: 'members' });
    ids.network = network.id;
    ids.other = other.id;
    for (const letter of ['A', 'B', 'C']) {
      ids[letter] = (await buildOrganisation(db, { name: `Escuela ${letter}` })).id;
      await addMember(db, network.id, { organisationId: ids[letter] });
    }
    for (const [who, role] of [
      ['member', 'member'],
      ['evaluator', 'evaluator'],
      ['lead', 'member'],
    ] as const) {
      ids[who] = (await buildPerson(db, { email: `${who}@example.org`, account: true })).id;
      await addMember(db, network.id, { personId: ids[who] }, role);
    }
    ids.author = (await buildPerson(db, { email: 'author@example.org', account: true })).id;
    ids.outsider = (await buildPerson(db, { email: 'outsider@example.org', account: true })).id;
    await addMember(db, other.id, { personId: ids.outsider });

    const practice = await insertPractice(db, {
      title: 'Family reading evenings',
      claim: 'Families who read with their children lift comprehension.',
      components: [],
      language: 'en',
      schoolId: ids.A!,
      networkId: network.id,
    });
    ids.practice = practice.id;
    ids.draft = (
      await buildResource(db, { title: 'Draft guide', visibility: 'draft', authorIds: [ids.author] })
    ).id;
    ids.publicResource = (await buildResource(db, { title: 'Public guide' })).id;

    const openInquiry = await inquiryWith(db, {
      networkId: network.id,
      title: 'Open',
      visibility: 'network',
      leadId: ids.lead!,
      schools: [ids.A!, ids.B!],
    });
    const evenings = await ideaWithCycle(db, openInquiry, 'Reading evenings', [ids.A!, ids.B!], 'adopt');
    await db.insert(changeIdeaPractices).values({ changeIdeaId: evenings, practiceId: practice.id });
    await db.insert(changeIdeaResources).values({ changeIdeaId: evenings, resourceId: ids.publicResource });
    const process = await measureOf(db, openInquiry, 'process', evenings);
    await db.insert(measureSeries).values([
      { measureId: process, schoolId: ids.A!, ...series(true, false) },
      { measureId: process, schoolId: ids.B!, ...series(false, true) },
    ]);
    const club = await ideaWithCycle(db, openInquiry, 'Book club', [ids.A!]);
    await db.insert(measureSeries).values({
      measureId: await measureOf(db, openInquiry, 'process', club),
      schoolId: ids.A!,
      ...series(true, false, false),
    });
    const drafted = await ideaWithCycle(db, openInquiry, 'Guided drafts', [ids.B!]);
    await db.insert(changeIdeaResources).values({ changeIdeaId: drafted, resourceId: ids.draft });

    const closed = await inquiryWith(db, {
      networkId: network.id,
      title: 'Closed',
      visibility: 'team',
      leadId: ids.author!,
      schools: [ids.C!],
    });
    const closedIdea = await ideaWithCycle(db, closed, 'Evenings in C', [ids.C!]);
    await db.insert(changeIdeaPractices).values({ changeIdeaId: closedIdea, practiceId: practice.id });
    await db.insert(measureSeries).values({
      measureId: await measureOf(db, closed, 'outcome', null),
      schoolId: ids.C!,
      ...series(true, false),
    });
  });

  const rollUp = async (who: string) => {
    const answer = await (await as(who)).get(`/api/v1/networks/red-insight/what-works`);
    expect(answer.status).toBe(200);
    return answer.body as WhatWorksView;
  };

  it('groups a practice’s ideas together and keeps each school apart (a plain member: the network’s inquiries only)', async () => {
    const view = await rollUp('member');
    expect(view.inquiries).toBe(1);
    const practice = view.byChange.find((group) => group.kind === 'practice')!;
    expect(practice).toMatchObject({
      id: ids.practice,
      title: 'Family reading evenings',
      inquiries: 1,
      schools: 2,
      cycles: 1,
      schoolsBetter: 1,
      schoolsWorse: 1,
      outcomes: ['literacy'],
    });
    expect(practice.decisions.adopt).toBe(1);
    const signals = Object.fromEntries(practice.results.map((r) => [r.school.name, r.signal]));
    expect(signals).toEqual({ 'Escuela A': 'better', 'Escuela B': 'worse' });
    expect(practice.results[0]!.recent).toEqual([
      { period: '2026-09-01', value: 61 },
      { period: '2026-10-01', value: 64 },
    ]);
    const club = view.byChange.find((group) => group.title === 'Book club')!;
    expect(club).toMatchObject({ kind: 'idea', schools: 1, schoolsBetter: 0 });
    expect(club.results.map((r) => r.signal)).toEqual(['too_few']);
    // Most schools first: the practice (and the public resource of the same idea), then the rest.
    expect(view.byChange[0]!.schools).toBe(2);
  });

  it('falls back to the idea when its practice or resource is hidden from the caller', async () => {
    const member = await rollUp('member');
    expect(member.byChange.find((g) => g.title === 'Guided drafts')).toMatchObject({ kind: 'idea' });
    expect(member.byChange.some((g) => g.id === ids.draft)).toBe(false);
  });

  it('rolls a team-only inquiry up for an evaluator, not for a plain member', async () => {
    const view = await rollUp('evaluator');
    expect(view.inquiries).toBe(2);
    const practice = view.byChange.find((group) => group.kind === 'practice')!;
    expect(practice).toMatchObject({
      inquiries: 2,
      schools: 3,
      cycles: 2,
      schoolsBetter: 2,
      schoolsWorse: 1,
    });
    expect(view.byOutcome).toEqual([
      expect.objectContaining({ outcome: 'literacy', inquiries: 2, schools: 3, cycles: 4, schoolsBetter: 1 }),
    ]);
  });

  it('counts evidence from use over the inquiries the caller may see', async () => {
    const get = async (who: string, path: string) => {
      const answer = await (await as(who)).get(path);
      expect(answer.status).toBe(200);
      return answer.body as EvidenceFromUseView;
    };
    const member = await get('member', `/api/v1/practices/${ids.practice}/inquiry-use`);
    expect(member).toMatchObject({ cycles: 1, schools: 2, schoolsBetter: 1 });
    expect(member.inquiries).toEqual([
      expect.objectContaining({ title: 'Open', cycles: 1, schools: 2, better: true }),
    ]);
    const evaluator = await get('evaluator', `/api/v1/practices/${ids.practice}/inquiry-use`);
    expect(evaluator).toMatchObject({ cycles: 2, schools: 3, schoolsBetter: 2 });
    expect(evaluator.inquiries.map((i) => i.title).sort()).toEqual(['Closed', 'Open']);
    const resource = await get('member', `/api/v1/resources/${ids.publicResource}/inquiry-use`);
    expect(resource).toMatchObject({ cycles: 1, schools: 2, schoolsBetter: 1 });
    const stranger = await get('outsider', `/api/v1/resources/${ids.publicResource}/inquiry-use`);
    expect(stranger).toEqual({ cycles: 0, schools: 0, schoolsBetter: 0, inquiries: [] });
  });

  it('draws at most 12 series a group, those with a signal first, then the judged', async () => {
    const db = t.db;
    const network = await buildNetwork(db, { slug: 'red-many', name: 'Red Many', visibility: 'members' });
    await addMember(db, network.id, { organisationId: ids.A! });
    await addMember(db, network.id, { personId: ids.member! }, 'evaluator');
    const inquiryId = await inquiryWith(db, {
      networkId: network.id,
      title: 'Many measures',
      visibility: 'team',
      leadId: ids.lead!,
      schools: [ids.A!],
    });
    const idea = await ideaWithCycle(db, inquiryId, 'Many measures idea', [ids.A!]);
    // 15 series in school A: 3 with a signal, 4 judged without one, 8 too short (of 6 to 13 points).
    const shapes = [
      ...Array.from({ length: 8 }, (_, i) => ({ ...series(false, false, false), points: 6 + i })),
      ...Array.from({ length: 4 }, () => series(false, false)),
      series(true, false),
      series(false, true),
      series(true, true),
    ];
    for (const shape of shapes)
      await db
        .insert(measureSeries)
        .values({ measureId: await measureOf(db, inquiryId, 'process', idea), schoolId: ids.A!, ...shape });

    const view = (await (await as('member')).get('/api/v1/networks/red-many/what-works'))
      .body as WhatWorksView;
    const group = view.byChange.find((g) => g.title === 'Many measures idea')!;
    expect(group.results).toHaveLength(12);
    expect(new Set(group.results.slice(0, 3).map((r) => r.signal))).toEqual(
      new Set(['better', 'worse', 'both']),
    );
    expect(group.results.slice(3, 7).map((r) => r.signal)).toEqual(Array(4).fill('none'));
    expect(group.results.slice(7).map((r) => r.signal)).toEqual(Array(5).fill('too_few'));
    expect(group).toMatchObject({ schools: 1, schoolsBetter: 1, schoolsWorse: 1 });
  });

  it('hides a network the caller may not see (404) and asks anonymous callers to sign in (401)', async () => {
    expect((await (await as('outsider')).get('/api/v1/networks/red-insight/what-works')).status).toBe(404);
    expect((await t.client().get('/api/v1/networks/red-insight/what-works')).status).toBe(401);
    expect((await (await as('outsider')).get(`/api/v1/practices/${ids.practice}/inquiry-use`)).status).toBe(
      404,
    );
    expect((await (await as('member')).get(`/api/v1/resources/${ids.draft}/inquiry-use`)).status).toBe(404);
  });
});
