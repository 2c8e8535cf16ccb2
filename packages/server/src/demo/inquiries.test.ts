import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../db/database.js';
import { MIN_PUPILS_PER_FIGURE, INQUIRY_PHASES, INQUIRY_STATUSES } from '../shared/vocabulary.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { useTestApp } from '../test-support/test-app.js';
import { buildDemoRegion, generateDemoRegion } from './build-demo-region.js';
import { SHOWCASE_NETWORK } from './accounts.js';
import { generateInquiries } from './inquiries.js';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const region = generateDemoRegion();
const rows = generateInquiries(region);

it('generates the same inquiries from the same seed', () => {
  expect(digest(generateInquiries(generateDemoRegion()))).toBe(digest(rows));
  expect(digest(generateInquiries(generateDemoRegion({ seed: 7 })).inquiries)).not.toBe(
    digest(rows.inquiries),
  );
});

it('has about 30 inquiries over most networks, in both languages, shapes, phases and statuses', () => {
  expect(rows.inquiries.length).toBeGreaterThanOrEqual(26);
  expect(rows.inquiries.length).toBeLessThanOrEqual(32);
  expect(new Set(rows.inquiries.map((i) => i.networkId)).size).toBeGreaterThanOrEqual(8);
  const spanish = rows.inquiries.filter((i) => i.language === 'es').length;
  expect(spanish / rows.inquiries.length).toBeGreaterThan(0.5);
  expect(spanish).toBeLessThan(rows.inquiries.length);
  for (const model of ['spiral', 'improvement'] as const)
    expect(new Set(rows.inquiries.filter((i) => i.model === model).map((i) => i.phase))).toEqual(
      new Set(INQUIRY_PHASES[model]),
    );
  expect(new Set(rows.inquiries.map((i) => i.status))).toEqual(new Set(INQUIRY_STATUSES));
  expect(new Set(rows.inquiries.map((i) => i.visibility))).toEqual(new Set(['team', 'network']));
  const scores = rows.inquiries.filter((i) => i.progressScore != null);
  expect(scores.length).toBeGreaterThan(1);
  expect(scores.some((i) => i.progressReason)).toBe(true);
});

it('forms every team from the network: its people are members at its member schools', () => {
  const network = new Map(region.networks.map((n) => [n.row.id, n]));
  for (const inquiry of rows.inquiries) {
    const net = network.get(inquiry.networkId as string)!;
    const memberIds = new Set([...net.people.values()].flat().map((p) => p.row.id));
    const schoolIds = new Set(net.schools.map((s) => s.row.id));
    const team = rows.inquiryPeople.filter((p) => p.inquiryId === inquiry.id);
    const schools = rows.inquirySchools.filter((s) => s.inquiryId === inquiry.id);
    expect(team.length).toBeGreaterThanOrEqual(2);
    expect(team.length).toBeLessThanOrEqual(6);
    expect(schools.length).toBeGreaterThanOrEqual(2);
    expect(schools.length).toBeLessThanOrEqual(4);
    expect(team.filter((p) => p.role === 'lead')).toHaveLength(1);
    for (const person of team) expect(memberIds.has(person.personId as string)).toBe(true);
    for (const school of schools) expect(schoolIds.has(school.organisationId as string)).toBe(true);
  }
});

it('puts the demo sign-ins in a team of the showcase network: the facilitator leads, the member takes part', () => {
  const showcase = region.networks.find((n) => n.row.slug === SHOWCASE_NETWORK)!;
  const [facilitator, member] = (['facilitator', 'member'] as const).map(
    (role) => showcase.people.get(role)![0]!,
  );
  const teamOf = (inquiryId: unknown) => rows.inquiryPeople.filter((p) => p.inquiryId === inquiryId);
  const theirs = rows.inquiries.find(
    (i) =>
      i.networkId === showcase.row.id &&
      teamOf(i.id).some((p) => p.personId === facilitator!.row.id && p.role === 'lead'),
  );
  expect(theirs).toBeDefined();
  expect(teamOf(theirs!.id).find((p) => p.personId === member!.row.id)?.role).toBe('member');
  expect(
    rows.inquirySchools.filter((s) => s.inquiryId === theirs!.id).map((s) => s.organisationId),
  ).toContain(member!.organisation.row.id);
  expect(rows.pdsaCycles.some((c) => c.inquiryId === theirs!.id)).toBe(true);
  // The first thing they open has something to show: a confirmed improvement on its outcome.
  expect(rows.measures.find((m) => m.inquiryId === theirs!.id && m.kind === 'outcome')?.shape).toBe(
    'confirmed',
  );
});

it("counts pupils only in groups of ten or more, and links ideas to the network's bank", () => {
  const fractions = rows.measurePoints.filter((p) => p.denominator != null);
  expect(fractions.length).toBeGreaterThan(100);
  for (const point of fractions)
    expect(point.denominator as number).toBeGreaterThanOrEqual(MIN_PUPILS_PER_FIGURE);
  expect(rows.changeIdeaPractices.length).toBeGreaterThan(0);
  expect(rows.changeIdeaResources.length).toBeGreaterThan(0);
  const practiceNetwork = new Map(region.rows.practices.map((p) => [p.id, p.networkId]));
  const ideaInquiry = new Map(rows.changeIdeas.map((c) => [c.id, c.inquiryId]));
  const inquiryNetwork = new Map(rows.inquiries.map((i) => [i.id, i.networkId]));
  for (const link of rows.changeIdeaPractices)
    expect(practiceNetwork.get(link.practiceId as string)).toBe(
      inquiryNetwork.get(ideaInquiry.get(link.changeIdeaId)),
    );
  expect(new Set(rows.measures.map((m) => m.shape))).toEqual(
    new Set(['shift', 'confirmed', 'none', 'worse', 'short']),
  );
});

describeOnEachEngine('the demo inquiries in a database', (open) => {
  const t = useTestApp(open);
  beforeAll(async () => {
    await buildDemoRegion(t.db, { scale: 0.1 });
  });

  it('keeps summaries the signal rules tell apart: better signals, worse ones, none, and unjudged', async () => {
    const [counts] = await queryRows<{
      inquiries: number;
      better: number;
      none: number;
      worse: number;
      unjudged: number;
    }>(
      t.db,
      sql`select (select count(*)::int from inquiries) as inquiries,
        count(*) filter (where better and judged)::int as better,
        count(*) filter (where not better and not worse and judged)::int as none,
        count(*) filter (where worse)::int as worse,
        count(*) filter (where not judged)::int as unjudged
      from measure_series`,
    );
    expect(counts!.inquiries).toBeGreaterThanOrEqual(6);
    expect(counts!.better).toBeGreaterThan(0);
    expect(counts!.none).toBeGreaterThan(0);
    expect(counts!.worse).toBeGreaterThan(0);
    expect(counts!.unjudged).toBeGreaterThan(0);
    // Every school with points has its summary.
    const [missing] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from (select distinct measure_id, school_id from measure_points) p
        where not exists (select 1 from measure_series s where s.measure_id = p.measure_id and s.school_id = p.school_id)`,
    );
    expect(missing!.n).toBe(0);
  });

  it('judges most confirmed changes as moves in the better direction (a baseline long enough to judge)', async () => {
    const [split] = await queryRows<{ series: number; better: number }>(
      t.db,
      sql`select count(*)::int as series, count(*) filter (where s.better)::int as better
      from measure_series s where s.measure_id in (select measure_id from measure_phases)`,
    );
    expect(split!.series).toBeGreaterThan(0);
    expect(split!.better / split!.series).toBeGreaterThan(0.5);
  });
});
