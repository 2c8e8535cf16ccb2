import { and, count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import type { TestClient } from '../test-support/http-client.js';
import { changeIdeas, pdsaCycles } from './cycles.table.js';
import { inquiries, inquiryPeople, inquirySchools } from './inquiries.table.js';
import { measurePoints, measureSeries } from './measures.table.js';

/** Monthly periods from January 2025. */
const month = (i: number) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;

/**
 * An inquiry (seen by its network) of schools A and B; school C is in the network but not in the
 * team. The lead is in the team; `member` is in the network only; `outsider` in neither.
 */
describeOnEachEngine('measures, points, imports, annotations, phases and charts', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<string, string>;
  let lead: TestClient;
  const api = (path: string) => `/api/v1${path}`;
  const seriesOf = (measureId: string) =>
    t.db.select().from(measureSeries).where(eq(measureSeries.measureId, measureId));
  const pointCount = async (measureId: string) =>
    (await t.db.select({ n: count() }).from(measurePoints).where(eq(measurePoints.measureId, measureId)))[0]!
      .n;
  const newMeasure = async (body: Record<string, unknown>) => {
    const answer = await lead.post(api(`/inquiries/${ids.inquiry}/measures`), {
      name: 'Minutes read at home',
      kind: 'process',
      type: 'value',
      direction: 'up',
      population: 'pupils',
      ...body,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body.id as string;
  };

  beforeAll(async () => {
    const network = await buildNetwork(t.db, { visibility: 'members' });
    for (const [letter, code] of [
      ['A', 'A001'],
      ['B', 'B002'],
      ['C', 'C003'],
    ] as const) {
      ids[letter] = (
        await buildOrganisation(t.db, { name: `Escuela ${letter}`, nationalCode: `${code}-${network.slug}` })
      ).id;
      ids[`code${letter}`] = `${code}-${network.slug}`;
      await addMember(t.db, network.id, { organisationId: ids[letter] });
    }
    for (const who of ['lead', 'member', 'outsider']) {
      const person = await buildPerson(t.db, { email: `${who}-${network.slug}@example.org`, account: true });
      ids[who] = person.id;
      if (who !== 'outsider') await addMember(t.db, network.id, { personId: person.id });
    }
    await affiliate(t.db, ids.lead!, ids.A!);
    const [inquiry] = await t.db
      .insert(inquiries)
      .values({
        networkId: network.id,
        title: 'Lectura en casa',
        question: '¿Por qué se estanca la lectura en 1.º de ESO?',
        outcome: 'literacy',
        model: 'improvement',
        phase: 'testing',
        visibility: 'network',
        language: 'es',
      })
      .returning();
    ids.inquiry = inquiry!.id;
    await t.db.insert(inquirySchools).values([
      { inquiryId: ids.inquiry, organisationId: ids.A! },
      { inquiryId: ids.inquiry, organisationId: ids.B! },
    ]);
    await t.db.insert(inquiryPeople).values({ inquiryId: ids.inquiry, personId: ids.lead!, role: 'lead' });
    const [idea] = await t.db
      .insert(changeIdeas)
      .values({ inquiryId: ids.inquiry, text: 'Family reading evenings' })
      .returning();
    ids.idea = idea!.id;
    const [cycle] = await t.db
      .insert(pdsaCycles)
      .values({
        changeIdeaId: ids.idea,
        inquiryId: ids.inquiry,
        title: 'First evening',
        purpose: 'test',
        startsOn: '2026-01-12',
        endsOn: '2026-01-23',
      })
      .returning();
    ids.cycle = cycle!.id;
    // Another inquiry's change idea and cycle, which this inquiry's measures may not name.
    const [other] = await t.db
      .insert(inquiries)
      .values({
        networkId: network.id,
        title: 'Other',
        question: 'Other question',
        outcome: 'numeracy',
        model: 'spiral',
        phase: 'scanning',
        language: 'en',
      })
      .returning();
    const [otherIdea] = await t.db
      .insert(changeIdeas)
      .values({ inquiryId: other!.id, text: 'Other idea' })
      .returning();
    ids.otherIdea = otherIdea!.id;
    const [otherCycle] = await t.db
      .insert(pdsaCycles)
      .values({
        changeIdeaId: ids.otherIdea,
        inquiryId: other!.id,
        title: 'Other cycle',
        purpose: 'test',
        startsOn: '2026-01-12',
        endsOn: '2026-01-23',
      })
      .returning();
    ids.otherCycle = otherCycle!.id;
    lead = await t.client().signIn(`lead-${network.slug}@example.org`);
    ids.memberEmail = `member-${network.slug}@example.org`;
    ids.outsiderEmail = `outsider-${network.slug}@example.org`;
  });

  it('defines, lists, changes and deletes measures; a change idea must be the inquiry’s', async () => {
    const refused = await lead.post(api(`/inquiries/${ids.inquiry}/measures`), {
      name: 'Attendance',
      kind: 'outcome',
      type: 'proportion',
      direction: 'up',
      population: 'pupils',
      changeIdeaId: ids.otherIdea,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues[0].path).toBe('changeIdeaId');

    const id = await newMeasure({ changeIdeaId: ids.idea, target: 120 });
    const got = await lead.get(api(`/measures/${id}`));
    expect(got.body).toMatchObject({
      name: 'Minutes read at home',
      changeIdea: { id: ids.idea, text: 'Family reading evenings' },
      pointCount: 0,
      schoolCount: 0,
      lastPeriod: null,
      schoolsBetter: 0,
      editable: true,
    });
    const list = await lead.get(api(`/inquiries/${ids.inquiry}/measures`));
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(id);

    // Without points its type may change; with them it may not.
    expect((await lead.patch(api(`/measures/${id}`), { type: 'proportion' })).status).toBe(200);
    expect((await lead.patch(api(`/measures/${id}`), { type: 'value' })).status).toBe(200);
    await lead.post(api(`/measures/${id}/points`), {
      points: [{ schoolId: ids.A, period: '2026-01-01', value: 3 }],
    });
    const conflict = await lead.patch(api(`/measures/${id}`), { type: 'proportion' });
    expect(conflict.status).toBe(409);
    expect((await lead.get(api(`/measures/${id}`))).body.type).toBe('value');

    expect((await lead.delete(api(`/measures/${id}`))).status).toBe(204);
    expect((await lead.get(api(`/measures/${id}`))).status).toBe(404);
    expect(await seriesOf(id)).toEqual([]);
  });

  it('writes points all or none, by the measure’s type, for the team’s schools, and keeps measure_series', async () => {
    const id = await newMeasure({});
    const first = await lead.post(api(`/measures/${id}/points`), {
      points: Array.from({ length: 12 }, (_, i) => ({
        schoolId: ids.A,
        period: month(i),
        value: 60 + (i % 2) * 4,
      })),
    });
    expect(first.body).toEqual({ added: 12, updated: 0 });
    const [series] = await seriesOf(id);
    expect(series).toMatchObject({
      schoolId: ids.A,
      points: 12,
      firstPeriod: '2025-01-01',
      lastPeriod: '2025-12-01',
      judged: true,
      better: false,
      worse: false,
    });
    expect(series!.recent[0]).toEqual(['2025-01-01', 60]);

    const again = await lead.post(api(`/measures/${id}/points`), {
      points: [
        { schoolId: ids.A, period: '2025-12-01', value: 70, note: 'Corrected' },
        { schoolId: ids.B, period: '2025-12-01', value: 50 },
      ],
    });
    expect(again.body).toEqual({ added: 1, updated: 1 });
    expect((await lead.get(api(`/measures/${id}`))).body).toMatchObject({
      pointCount: 13,
      schoolCount: 2,
      lastPeriod: '2025-12-01',
    });

    // One bad point and none is written: a school outside the team, a fraction on a value measure.
    const refused = await lead.post(api(`/measures/${id}/points`), {
      points: [
        { schoolId: ids.A, period: '2026-01-01', value: 1 },
        { schoolId: ids.C, period: '2026-01-01', value: 1 },
        { schoolId: ids.B, period: '2026-01-01', numerator: 1, denominator: 20 },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'points.1.schoolId',
      'points.2.numerator',
    ]);
    expect(await pointCount(id)).toBe(13);

    const list = await lead.get(api(`/measures/${id}/points?school=${ids.B}`));
    expect(list.body.items).toEqual([
      expect.objectContaining({
        school: { id: ids.B, name: 'Escuela B' },
        period: '2025-12-01',
        value: 50,
        numerator: null,
      }),
    ]);
    const all = await lead.get(api(`/measures/${id}/points`));
    expect(all.body.items.map((p: { school: { name: string } }) => p.school.name).slice(-2)).toEqual([
      'Escuela A',
      'Escuela B',
    ]);
    expect(all.body.items[11]).toMatchObject({ period: '2025-12-01', value: 70, note: 'Corrected' });

    // Deleting B's only point deletes B's series.
    const bPoint = list.body.items[0].id;
    expect((await lead.delete(api(`/measure-points/${bPoint}`))).status).toBe(204);
    expect((await seriesOf(id)).map((row) => row.schoolId)).toEqual([ids.A]);
  });

  it('refuses proportions about fewer than 10 pupils and numerators above their denominators, in Spanish too', async () => {
    const id = await newMeasure({ type: 'proportion', population: 'pupils' });
    const refused = await lead.request(
      'POST',
      api(`/measures/${id}/points`),
      {
        points: [
          { schoolId: ids.A, period: '2026-01-01', numerator: 3, denominator: 8 },
          { schoolId: ids.A, period: '2026-02-01', numerator: 30, denominator: 20 },
          { schoolId: ids.A, period: '2026-03-01', value: 0.5 },
        ],
      },
      { 'accept-language': 'es' },
    );
    expect(refused.status).toBe(400);
    const issues = refused.body.error.details.issues as { path: string; message: string }[];
    expect(issues.map((issue) => issue.path)).toEqual([
      'points.0.denominator',
      'points.1.numerator',
      'points.2.value',
      'points.2.numerator',
      'points.2.denominator',
    ]);
    expect(issues[0]!.message).toContain('dirían algo de niños concretos');
    expect(await pointCount(id)).toBe(0);

    const teachers = await newMeasure({ type: 'proportion', population: 'teachers' });
    const ok = await lead.post(api(`/measures/${teachers}/points`), {
      points: [{ schoolId: ids.A, period: '2026-01-01', numerator: 3, denominator: 8 }],
    });
    expect(ok.body).toEqual({ added: 1, updated: 0 });
  });

  it('imports a CSV of school codes, periods and figures, all rows or none', async () => {
    const id = await newMeasure({ type: 'proportion' });
    const csv = (text: string, locale = 'en') =>
      lead.request('POST', api(`/measures/${id}/import`), new TextEncoder().encode(text), {
        'content-type': 'text/csv',
        'accept-language': locale,
      });
    const good = await csv(
      `school_code,period,numerator,denominator,note\n${ids.codeA},2026-01,40,100,\n${ids.codeB},2026-01-01,45,90,Evening\n`,
    );
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body).toEqual({ added: 2, updated: 0 });
    expect((await seriesOf(id)).length).toBe(2);

    const bad = await csv(
      `school_code,period,numerator,denominator\n${ids.codeA},2026-13,40,100\n${ids.codeC},2026-02,4,100\nNOPE,2026-02,4,100\n${ids.codeA},2026-02,50,40\n${ids.codeA},2026-03,x,100\n`,
      'es',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.rows).toEqual([
      { row: 2, column: 'period', message: expect.stringContaining('AAAA-MM-DD') },
      {
        row: 3,
        column: 'school_code',
        message: 'Ningún centro del equipo de la indagación tiene este código.',
      },
      { row: 4, column: 'school_code', message: expect.stringContaining('Ningún centro') },
      { row: 5, column: 'numerator', message: 'El numerador no puede ser mayor que el denominador.' },
      { row: 6, column: 'numerator', message: expect.stringContaining('número entero') },
    ]);
    expect(bad.body.error.message).toContain('Línea 2, columna period');
    expect(await pointCount(id)).toBe(2);

    const pupils = await csv(
      `school_code,period,numerator,denominator,alumno_nombre\n${ids.codeA},2026-02,4,100,Ana\n`,
    );
    expect(pupils.status).toBe(400);
    expect(pupils.body.error.details.rows[0]).toMatchObject({ row: 1, column: 'alumno_nombre' });
    expect(pupils.body.error.details.rows[0].message).toContain('looks like per-pupil data');
    const other = await csv(
      `school_code,period,numerator,denominator,colour\n${ids.codeA},2026-02,4,100,red\n`,
    );
    expect(other.body.error.details.rows[0].message).toContain('Unknown column “colour”');
    const wrongType = await csv(`school_code,period,value\n${ids.codeA},2026-02,4\n`);
    expect(wrongType.body.error.details.rows.map((row: { column: string | null }) => row.column)).toEqual([
      'value',
      null,
    ]);

    const twice = await csv(
      `school_code,period,numerator,denominator\n${ids.codeA},2026-02,4,100\n${ids.codeA},2026-02-01,5,100\n`,
    );
    expect(twice.status).toBe(400);
    expect(twice.body.error.details.rows).toEqual([
      {
        row: 3,
        column: 'period',
        message: 'One row per school and period: several rows look like per-pupil data.',
      },
    ]);

    const many = await csv(
      `school_code,period,numerator,denominator\n${Array.from({ length: 30 }, () => `${ids.codeA},bad,1,100`).join('\n')}\n`,
    );
    expect(many.body.error.details.rows).toHaveLength(21);
    expect(many.body.error.details.rows.at(-1)).toMatchObject({
      row: null,
      message: expect.stringContaining('More problems'),
    });

    const json = await lead.post(api(`/measures/${id}/import`), { csv: 'school_code,period' });
    expect(json.status).toBe(415);
    expect(await pointCount(id)).toBe(2);
  });

  it('annotates charts and confirms phases, re-judging the series; the chart keeps each school apart', async () => {
    const id = await newMeasure({});
    // A: a year around 11, then a year around 20. As one phase the median is 16 with twelve
    // points below and twelve above: runs of 12 against round(log2 24 + 3) = 8 on both sides, a
    // shift in each direction (each side is judged on its own).
    await lead.post(api(`/measures/${id}/points`), {
      points: [
        ...Array.from({ length: 24 }, (_, i) => ({
          schoolId: ids.A,
          period: month(i),
          value: i < 12 ? 10 + (i % 2) * 2 : 20 + (i % 2),
        })),
        ...Array.from({ length: 3 }, (_, i) => ({ schoolId: ids.B, period: month(i), value: 5 })),
      ],
    });
    const before = await seriesOf(id);
    expect(before.find((row) => row.schoolId === ids.A)).toMatchObject({
      better: true,
      worse: true,
      judged: true,
    });
    expect(before.find((row) => row.schoolId === ids.B)).toMatchObject({ better: false, judged: false });
    expect((await lead.get(api(`/measures/${id}`))).body.schoolsBetter).toBe(1);

    const wrongCycle = await lead.post(api(`/measures/${id}/phases`), {
      startsOn: '2026-01-01',
      label: 'Evenings',
      cycleId: ids.otherCycle,
    });
    expect(wrongCycle.status).toBe(400);
    expect(wrongCycle.body.error.details.issues[0].path).toBe('cycleId');
    const phase = await lead.post(api(`/measures/${id}/phases`), {
      startsOn: '2026-01-01',
      label: 'Evenings',
      cycleId: ids.cycle,
    });
    expect(phase.status).toBe(201);
    expect(phase.body).toMatchObject({ startsOn: '2026-01-01', label: 'Evenings', cycleId: ids.cycle });
    expect(
      (await lead.post(api(`/measures/${id}/phases`), { startsOn: '2026-01-01', label: 'Again' })).status,
    ).toBe(409);
    // The latest phase, 20 and 21 alternating, shows nothing of its own; but the change moved its
    // centre above the baseline's limits, which is better (series.ts, movedBy).
    expect((await seriesOf(id)).find((row) => row.schoolId === ids.A)).toMatchObject({
      better: true,
      worse: false,
      judged: true,
    });

    const note = await lead.post(api(`/measures/${id}/annotations`), {
      period: '2026-01-01',
      text: 'First evening',
      cycleId: ids.cycle,
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      text: 'First evening',
      cycle: { id: ids.cycle, title: 'First evening' },
    });
    const wrongNote = await lead.post(api(`/measures/${id}/annotations`), {
      period: '2026-01-01',
      text: 'x',
      cycleId: ids.otherCycle,
    });
    expect(wrongNote.status).toBe(400);

    const chart = await lead.get(api(`/measures/${id}/chart`));
    expect(chart.status).toBe(200);
    expect(chart.body.spcChart).toBe('i');
    expect(chart.body.series.map((s: { school: { name: string } }) => s.school.name)).toEqual([
      'Escuela A',
      'Escuela B',
    ]);
    const a = chart.body.series[0];
    expect(
      a.run.phases.map((p: { label: string; startsOn: string; centre: number }) => [
        p.label,
        p.startsOn,
        p.centre,
      ]),
    ).toEqual([
      ['', '2025-01-01', 11],
      ['Evenings', '2026-01-01', 20.5],
    ]);
    expect(a.spc.phases[1].lower).toBeCloseTo(20.5 - 2.66, 10);
    expect(chart.body.annotations).toHaveLength(1);
    expect(chart.body.phases).toHaveLength(1);

    // The direction is one of the rules' inputs: the series are re-judged, and the same move up
    // is now for the worse.
    await lead.patch(api(`/measures/${id}`), { direction: 'down' });
    expect((await seriesOf(id)).find((row) => row.schoolId === ids.A)).toMatchObject({
      better: false,
      worse: true,
    });
    expect((await lead.delete(api(`/measure-phases/${phase.body.id}`))).status).toBe(204);
    expect((await seriesOf(id)).find((row) => row.schoolId === ids.A)).toMatchObject({
      better: true,
      worse: true,
    });
    expect((await lead.delete(api(`/measure-annotations/${note.body.id}`))).status).toBe(204);
    const after = await lead.get(api(`/measures/${id}/chart`));
    expect(after.body.annotations).toEqual([]);
    expect(after.body.series[0].run.phases).toHaveLength(1);
  });

  it('hides measures from people outside the network and refuses writes by network members outside the team', async () => {
    const id = await newMeasure({});
    const [point] = await t.db
      .insert(measurePoints)
      .values({ measureId: id, schoolId: ids.A!, period: '2026-01-01', value: 4 })
      .returning();
    const outsider = await t.client().signIn(ids.outsiderEmail!);
    for (const path of [
      `/measures/${id}`,
      `/measures/${id}/chart`,
      `/measures/${id}/points`,
      `/inquiries/${ids.inquiry}/measures`,
    ])
      expect((await outsider.get(api(path))).status, path).toBe(404);
    expect((await outsider.delete(api(`/measure-points/${point!.id}`))).status).toBe(404);

    const member = await t.client().signIn(ids.memberEmail!);
    expect((await member.get(api(`/measures/${id}/chart`))).status).toBe(200);
    expect((await member.get(api(`/measures/${id}`))).body.editable).toBe(false);
    expect((await member.patch(api(`/measures/${id}`), { name: 'Renamed' })).status).toBe(403);
    expect(
      (
        await member.post(api(`/measures/${id}/points`), {
          points: [{ schoolId: ids.A, period: '2026-02-01', value: 1 }],
        })
      ).status,
    ).toBe(403);
    expect((await member.delete(api(`/measure-points/${point!.id}`))).status).toBe(403);
    const left = await t.db
      .select({ n: count() })
      .from(measurePoints)
      .where(and(eq(measurePoints.measureId, id), eq(measurePoints.schoolId, ids.A!)));
    expect(left[0]!.n).toBe(1);
  });
});
