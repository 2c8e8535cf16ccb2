import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertPractice } from '../practices/practices.queries.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
  buildResource,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import {
  changeIdeaPractices,
  changeIdeaResources,
  changeIdeas,
  drivers,
  pdsaQuestions,
} from './cycles.table.js';

/**
 * Network N (members only): schools A and B, ana (A) leads an inquiry whose team is A; cris (B) is a
 * plain member. Network M is another members-only network with a practice and a draft resource no
 * one here may see.
 */
describeOnEachEngine('driver diagrams and PDSA cycles', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<string, string>;
  const as = (who: string) => t.client().signIn(`${who}@example.org`);
  /** A fresh inquiry of ana's, shared with the network, so that no test sees another's diagram. */
  const newInquiry = async () => {
    const created = await (
      await as('ana')
    ).post('/api/v1/inquiries', {
      networkId: ids.n,
      title: 'Lectura en casa',
      question: '¿Leen en casa nuestros alumnos?',
      outcome: 'literacy',
      aim: {
        what: 'Minutos de lectura en casa',
        howMuch: 'de 40 a 90',
        byWhen: '2027-05-31',
        forWhom: '3.º de primaria',
      },
      model: 'improvement',
      language: 'es',
      visibility: 'network',
      schoolIds: [ids.A],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  };

  beforeAll(async () => {
    ids.n = (await buildNetwork(t.db, { slug: 'red-n', name: 'Red N', visibility: 'members' })).id;
    ids.m = (await buildNetwork(t.db, { slug: 'red-m', name: 'Red M', visibility: 'members' })).id;
    for (const letter of ['A', 'B']) {
      ids[letter] = (await buildOrganisation(t.db, { name: `Centro ${letter}` })).id;
      await addMember(t.db, ids.n!, { organisationId: ids[letter] });
    }
    for (const [name, letter] of [
      ['ana', 'A'],
      ['cris', 'B'],
    ] as const) {
      ids[name] = (await buildPerson(t.db, { email: `${name}@example.org`, account: true })).id;
      await affiliate(t.db, ids[name]!, ids[letter]!);
    }
    ids.resource = (await buildResource(t.db, { title: 'Tertulias dialógicas', visibility: 'public' })).id;
    ids.draft = (await buildResource(t.db, { title: 'Borrador', visibility: 'draft' })).id;
    ids.practice = (
      await insertPractice(t.db, {
        title: 'Lectura en familia',
        claim: 'Más lectura en casa.',
        components: [],
        language: 'es',
        schoolId: ids.A!,
        networkId: ids.n!,
      })
    ).id;
    const otherSchool = await buildOrganisation(t.db);
    ids.hiddenPractice = (
      await insertPractice(t.db, {
        title: 'Oculta',
        claim: 'No se ve.',
        components: [],
        language: 'es',
        schoolId: otherSchool.id,
        networkId: ids.m!,
      })
    ).id;
  });

  const outline = (overrides: Record<string, unknown> = {}) => ({
    primary: [
      { key: 'p1', text: 'Tiempo de lectura en casa', secondary: [{ key: 's1', text: 'Libros que viajan' }] },
      { key: 'p2', text: 'Implicación de las familias', secondary: [] },
    ],
    changeIdeas: [
      {
        key: 'c1',
        text: 'Mochila viajera',
        driverKeys: ['s1', 'p2'],
        resourceIds: [ids.resource],
        practiceIds: [ids.practice],
      },
      {
        key: 'c2',
        text: 'Tardes de lectura en familia',
        driverKeys: ['p2'],
        resourceIds: [],
        practiceIds: [],
      },
    ],
    ...overrides,
  });

  describe('the driver diagram', () => {
    it('saves an outline as a tree with many-to-many links, and keeps existing nodes by their ids', async () => {
      const inquiryId = await newInquiry();
      const ana = await as('ana');
      const saved = await ana.put(`/api/v1/inquiries/${inquiryId}/driver-diagram`, outline());
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      const diagram = saved.body;
      expect(diagram.aim).toBe('Minutos de lectura en casa · de 40 a 90 · 3.º de primaria · 2027-05-31');
      expect(
        diagram.primary.map((p: { text: string; secondary: unknown[] }) => [p.text, p.secondary.length]),
      ).toEqual([
        ['Tiempo de lectura en casa', 1],
        ['Implicación de las familias', 0],
      ]);
      const [mochila, tardes] = diagram.changeIdeas;
      const secondaryId = diagram.primary[0].secondary[0].id;
      expect(mochila.driverIds.sort()).toEqual([secondaryId, diagram.primary[1].id].sort());
      expect(mochila.resources).toEqual([{ id: ids.resource, title: 'Tertulias dialógicas' }]);
      expect(mochila.practices).toEqual([{ id: ids.practice, title: 'Lectura en familia' }]);
      expect(tardes.driverIds).toEqual([diagram.primary[1].id]);

      // Keep the first primary by id, rename it, drop the second, keep idea c1 by id.
      const again = await ana.put(`/api/v1/inquiries/${inquiryId}/driver-diagram`, {
        primary: [
          {
            key: diagram.primary[0].id,
            text: 'Tiempo de lectura',
            secondary: [{ key: secondaryId, text: 'Libros' }],
          },
        ],
        changeIdeas: [
          {
            key: mochila.id,
            text: 'Mochila viajera',
            driverKeys: [secondaryId],
            resourceIds: [],
            practiceIds: [],
          },
        ],
      });
      expect(again.status).toBe(200);
      expect(again.body.primary[0]).toMatchObject({ id: diagram.primary[0].id, text: 'Tiempo de lectura' });
      expect(again.body.changeIdeas.map((idea: { id: string }) => idea.id)).toEqual([mochila.id]);
      expect((await t.db.select().from(drivers).where(eq(drivers.inquiryId, inquiryId))).length).toBe(2);
    });

    it('keeps the links to what the editor may not see when they save the outline without them', async () => {
      const inquiryId = await newInquiry();
      const ana = await as('ana');
      const saved = await ana.put(`/api/v1/inquiries/${inquiryId}/driver-diagram`, outline());
      const [mochila] = saved.body.changeIdeas;
      // Linked by a teammate who may see them; ana may not, and her editor never shows them.
      await t.db.insert(changeIdeaResources).values({ changeIdeaId: mochila.id, resourceId: ids.draft! });
      await t.db
        .insert(changeIdeaPractices)
        .values({ changeIdeaId: mochila.id, practiceId: ids.hiddenPractice! });
      expect(
        (await ana.get(`/api/v1/inquiries/${inquiryId}/driver-diagram`)).body.changeIdeas[0].resources,
      ).toEqual([{ id: ids.resource, title: 'Tertulias dialógicas' }]);

      const again = await ana.put(`/api/v1/inquiries/${inquiryId}/driver-diagram`, {
        ...outline(),
        changeIdeas: [
          { key: mochila.id, text: 'Mochila viajera', driverKeys: ['p2'], resourceIds: [], practiceIds: [] },
        ],
      });
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      expect(again.body.changeIdeas[0]).toMatchObject({ resources: [], practices: [] });
      const links = async (table: typeof changeIdeaResources | typeof changeIdeaPractices) =>
        (await t.db.select().from(table).where(eq(table.changeIdeaId, mochila.id))).map((row) =>
          'resourceId' in row ? row.resourceId : row.practiceId,
        );
      expect(await links(changeIdeaResources)).toEqual([ids.draft]);
      expect(await links(changeIdeaPractices)).toEqual([ids.hiddenPractice]);
    });

    it('refuses unknown and repeated keys, and resources or practices the caller may not see, changing nothing', async () => {
      const inquiryId = await newInquiry();
      const ana = await as('ana');
      const before = (await ana.get(`/api/v1/inquiries/${inquiryId}/driver-diagram`)).body;
      const unknown = await ana.put(
        `/api/v1/inquiries/${inquiryId}/driver-diagram`,
        outline({
          changeIdeas: [{ key: 'c1', text: 'x', driverKeys: ['p9'], resourceIds: [], practiceIds: [] }],
        }),
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.details.issues[0].path).toBe('changeIdeas.0.driverKeys.0');
      const repeated = await ana.put(
        `/api/v1/inquiries/${inquiryId}/driver-diagram`,
        outline({
          primary: [{ key: 'p1', text: 'a', secondary: [{ key: 'p1', text: 'b' }] }],
          changeIdeas: [],
        }),
      );
      expect(repeated.body.error.details.issues[0].path).toBe('primary.0.secondary.0.key');
      const hidden = await ana.request(
        'PUT',
        `/api/v1/inquiries/${inquiryId}/driver-diagram`,
        outline({
          changeIdeas: [
            {
              key: 'c1',
              text: 'x',
              driverKeys: ['p1'],
              resourceIds: [ids.draft],
              practiceIds: [ids.hiddenPractice],
            },
          ],
        }),
        { 'accept-language': 'es' },
      );
      expect(hidden.status).toBe(400);
      expect(
        hidden.body.error.details.issues.map((issue: { path: string; message: string }) => [
          issue.path,
          issue.message,
        ]),
      ).toEqual([
        ['changeIdeas.0.resourceIds.0', 'Elige recursos que puedas ver.'],
        ['changeIdeas.0.practiceIds.0', 'Elige prácticas que puedas ver.'],
      ]);
      expect((await ana.get(`/api/v1/inquiries/${inquiryId}/driver-diagram`)).body).toEqual(before);
    });

    it('is read by the network when shared, edited only by the team', async () => {
      const inquiryId = await newInquiry();
      const cris = await as('cris');
      const seen = await cris.get(`/api/v1/inquiries/${inquiryId}/driver-diagram`);
      expect(seen.status).toBe(200);
      expect(seen.body.editable).toBe(false);
      expect((await cris.put(`/api/v1/inquiries/${inquiryId}/driver-diagram`, outline())).status).toBe(403);
      expect((await t.client().get(`/api/v1/inquiries/${inquiryId}/driver-diagram`)).status).toBe(404);
    });
  });

  describe('PDSA cycles', () => {
    let ideaId = '';
    let inquiryId = '';
    beforeAll(async () => {
      inquiryId = await newInquiry();
      const saved = await (await as('ana')).put(`/api/v1/inquiries/${inquiryId}/driver-diagram`, outline());
      ideaId = saved.body.changeIdeas[0].id;
    });
    const cycle = (overrides: Record<string, unknown> = {}) => ({
      changeIdeaId: ideaId,
      title: 'Primera mochila',
      purpose: 'test',
      plan: 'Diez mochilas en 3.º A durante dos semanas.',
      dataPlan: 'Registro de minutos leídos cada día.',
      startsOn: '2026-01-12',
      endsOn: '2026-01-23',
      schoolIds: [ids.A],
      questions: [
        { question: '¿Vuelven las mochilas?', prediction: 'Ocho de diez' },
        { question: '¿Leen más minutos?', prediction: 'Veinte minutos más al día' },
      ],
      ...overrides,
    });

    it('runs a cycle from plan to decision, with each result beside its prediction', async () => {
      const ana = await as('ana');
      const planned = await ana.post(`/api/v1/inquiries/${inquiryId}/cycles`, cycle());
      expect(planned.status, JSON.stringify(planned.body)).toBe(201);
      expect(planned.body).toMatchObject({
        decision: null,
        questionCount: 2,
        schools: [{ id: ids.A, name: 'Centro A' }],
        practices: [{ id: ids.practice, title: 'Lectura en familia' }],
        editable: true,
      });
      const [first, second] = planned.body.questions;
      const decided = await ana.patch(`/api/v1/cycles/${planned.body.id}`, {
        observations: 'Volvieron nueve mochilas.',
        questions: [
          { id: first.id, question: first.question, prediction: first.prediction, result: 'Nueve de diez' },
          { question: second.question, prediction: second.prediction, result: 'Quince minutos más' },
        ],
        comparison: 'Más mochilas de lo previsto, algo menos de lectura.',
        decision: 'adapt',
        decisionNote: 'Añadir una ficha para las familias.',
      });
      expect(decided.status).toBe(200);
      expect(
        decided.body.questions.map((q: { prediction: string; result: string }) => [q.prediction, q.result]),
      ).toEqual([
        ['Ocho de diez', 'Nueve de diez'],
        ['Veinte minutos más al día', 'Quince minutos más'],
      ]);
      // A question sent with its id keeps it; one sent without is a new question.
      expect(decided.body.questions[0].id).toBe(first.id);
      expect(decided.body.questions[1].id).not.toBe(second.id);
      expect(decided.body.decision).toBe('adapt');
      const list = await (await as('cris')).get(`/api/v1/inquiries/${inquiryId}/cycles`);
      expect(
        list.body.items.map((item: { id: string; decision: string }) => [item.id, item.decision]),
      ).toContainEqual([planned.body.id, 'adapt']);
    });

    it('refuses an idea of another inquiry, a school outside the team, no prediction and dates out of order', async () => {
      const ana = await as('ana');
      const [foreign] = await t.db.select().from(changeIdeas).where(eq(changeIdeas.inquiryId, inquiryId));
      expect(foreign).toBeDefined();
      const pathOf = async (body: unknown) =>
        (await ana.post(`/api/v1/inquiries/${inquiryId}/cycles`, body)).body.error.details.issues[0].path;
      const other = await (
        await as('ana')
      ).post('/api/v1/inquiries', {
        networkId: ids.n,
        title: 'Otra',
        question: '¿Otra pregunta?',
        outcome: 'numeracy',
        aim: { what: '', howMuch: '', byWhen: null, forWhom: '' },
        model: 'spiral',
        language: 'es',
        schoolIds: [ids.B],
      });
      expect(await pathOf(cycle({ changeIdeaId: other.body.id }))).toBe('changeIdeaId');
      expect(await pathOf(cycle({ schoolIds: [ids.B] }))).toBe('schoolIds.0');
      expect(await pathOf(cycle({ questions: [{ question: '¿Funciona?', prediction: '' }] }))).toBe(
        'questions.0.prediction',
      );
      expect(await pathOf(cycle({ endsOn: '2026-01-01' }))).toBe('endsOn');
      const created = await ana.post(`/api/v1/inquiries/${inquiryId}/cycles`, cycle());
      expect(
        (await ana.patch(`/api/v1/cycles/${created.body.id}`, { endsOn: '2025-12-01' })).body.error.details
          .issues[0].path,
      ).toBe('endsOn');
    });

    it('keeps a change idea that has cycles when the outline drops it, and lets the team delete a cycle', async () => {
      const ana = await as('ana');
      const created = await ana.post(
        `/api/v1/inquiries/${inquiryId}/cycles`,
        cycle({ title: 'Para borrar' }),
      );
      const dropped = await ana.put(
        `/api/v1/inquiries/${inquiryId}/driver-diagram`,
        outline({ changeIdeas: [] }),
      );
      expect(dropped.status).toBe(409);
      expect(dropped.body.error.details.ideas).toEqual(['Mochila viajera']);
      const cris = await as('cris');
      expect((await cris.get(`/api/v1/cycles/${created.body.id}`)).body.editable).toBe(false);
      expect((await cris.delete(`/api/v1/cycles/${created.body.id}`)).status).toBe(403);
      expect((await ana.delete(`/api/v1/cycles/${created.body.id}`)).status).toBe(204);
      expect(
        await t.db.select().from(pdsaQuestions).where(eq(pdsaQuestions.cycleId, created.body.id)),
      ).toEqual([]);
      expect((await ana.get(`/api/v1/cycles/${created.body.id}`)).status).toBe(404);
      expect((await t.client().get(`/api/v1/cycles/${created.body.id}`)).status).toBe(404);
    });
  });
});
