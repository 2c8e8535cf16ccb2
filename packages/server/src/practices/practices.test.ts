import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourceAuthors, resources } from '../resources/resources.table.js';
import { surveyWaves } from '../surveys/surveys.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
  TEST_PASSWORD,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { freshSurveyRows } from '../test-support/world.js';
import { ties } from '../ties/ties.table.js';
import { affiliations } from '../people/people.table.js';
import { replacePracticeResources } from './practices.queries.js';
import { travelShape } from './travel.js';

/**
 * A small world whose travel answer is known. Network N (members only) holds schools A–E; N2 holds F.
 * Survey ties of N: ana (A) → bea (B) and cris (C) → bea (B), from a wave closed 2025-10-31; ana → dani
 * (D) from a wave closed 2026-05-08; cris → elo, whose affiliation with E ended 2025-12-31.
 *
 * Adoptions: B from A (2026-01-10, along ana→bea), C from B (2026-02-01, along cris→bea, the other
 * way round), D from A (2026-03-01: the tie came after), E from C (2026-04-01: elo had left E),
 * F from E in N2 (2026-06-01: N2 has no ties). Generations 4 (A→B→C→E→F), 5 schools, 2 networks,
 * 2 of 5 along existing ties.
 */
describeOnEachEngine('practices, evidence and adoptions', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<string, string>;
  const as = (who: string) => t.client().signIn(`${who}@example.org`);
  let practiceId = '';

  beforeAll(async () => {
    const n = await buildNetwork(t.db, { slug: 'red-n', name: 'Red N', visibility: 'members' });
    const n2 = await buildNetwork(t.db, { slug: 'red-n2', name: 'Red N2', visibility: 'public' });
    ids.n = n.id;
    ids.n2 = n2.id;
    for (const letter of ['A', 'B', 'C', 'D', 'E', 'F']) {
      ids[letter] = (await buildOrganisation(t.db, { name: `Escuela ${letter}` })).id;
      await addMember(t.db, letter === 'F' ? n2.id : n.id, { organisationId: ids[letter] });
    }
    const people = { ana: 'A', bea: 'B', cris: 'C', dani: 'D', elo: 'E', fran: 'F' } as const;
    for (const [name, letter] of Object.entries(people)) {
      ids[name] = (await buildPerson(t.db, { email: `${name}@example.org`, account: true })).id;
      await affiliate(t.db, ids[name]!, ids[letter]!);
    }
    await t.db.update(affiliations).set({ endDate: '2025-12-31' }).where(eq(affiliations.personId, ids.elo!));
    for (const [who, role] of [
      ['evaluator', 'evaluator'],
      ['member', 'member'],
      ['observer', 'observer'],
    ] as const) {
      ids[who] = (await buildPerson(t.db, { email: `${who}@example.org`, account: true })).id;
      await addMember(t.db, n.id, { personId: ids[who] }, role);
    }
    ids.outsider = (await buildPerson(t.db, { email: 'outsider@example.org', account: true })).id;

    const wave = async (closedAt: string) => {
      const { waveId } = await freshSurveyRows(t.db, n.id, `Survey ${closedAt}`, {
        opensOn: '2025-01-01',
        closesOn: closedAt.slice(0, 10),
      });
      await t.db
        .update(surveyWaves)
        .set({ status: 'closed', closedAt: new Date(closedAt) })
        .where(eq(surveyWaves.id, waveId!));
      return waveId!;
    };
    const autumn = await wave('2025-10-31T18:00:00Z');
    const spring = await wave('2026-05-08T18:00:00Z');
    const tie = (from: string, to: string, waveId: string) => ({
      networkId: n.id,
      waveId,
      fromPersonId: ids[from]!,
      toPersonId: ids[to]!,
      relation: 'advice' as const,
      source: 'survey' as const,
    });
    await t.db
      .insert(ties)
      .values([
        tie('ana', 'bea', autumn),
        tie('cris', 'bea', autumn),
        tie('ana', 'dani', spring),
        tie('cris', 'elo', autumn),
      ]);
    // An imported tie between D and A before D's adoption does not count: only survey ties do.
    await t.db.insert(ties).values({
      ...tie('dani', 'ana', autumn),
      waveId: null,
      source: 'import',
      createdAt: new Date('2025-09-01T00:00:00Z'),
    });

    const ana = await as('ana');
    const created = await ana.post('/api/v1/practices', {
      title: 'Evaluación formativa entre iguales',
      claim: 'Mejora la calidad del feedback del alumnado de 1.º de ESO.',
      components: ['Rúbrica compartida', 'Parejas de revisión', 'Revisión semanal'],
      language: 'es',
      schoolId: ids.A,
      networkId: n.id,
    });
    expect(created.status).toBe(201);
    practiceId = created.body.id;
    const evaluator = await as('evaluator');
    const adopt = async (school: string, from: string, startedOn: string, networkId = n.id) => {
      const answer = await evaluator.post(`/api/v1/practices/${practiceId}/adoptions`, {
        schoolId: ids[school],
        fromSchoolId: ids[from],
        startedOn,
        mode: 'adopted',
        networkId,
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      ids[`adoption${school}`] = answer.body.id;
    };
    await adopt('B', 'A', '2026-01-10');
    await adopt('C', 'B', '2026-02-01');
    await adopt('D', 'A', '2026-03-01');
    await adopt('E', 'C', '2026-04-01');
    await adopt('F', 'E', '2026-06-01', n2.id);
  });

  describe('the travel view', () => {
    it('counts generations, schools and networks, and the adoptions along existing survey ties', async () => {
      const travel = await (await as('member')).get(`/api/v1/practices/${practiceId}/travel`);
      expect(travel.status).toBe(200);
      expect(travel.body.reach).toEqual({ generations: 4, schools: 5, networks: 2 });
      expect(travel.body.alongExistingTies).toEqual({ count: 2, share: 0.4 });
      const along = Object.fromEntries(
        travel.body.edges.map((edge: { to: string; alongExistingTie: boolean }) => [
          edge.to,
          edge.alongExistingTie,
        ]),
      );
      expect(along).toEqual({
        [ids.B!]: true,
        [ids.C!]: true,
        [ids.D!]: false,
        [ids.E!]: false,
        [ids.F!]: false,
      });
      const generation = Object.fromEntries(
        travel.body.nodes.map((node: { id: string; generation: number }) => [node.id, node.generation]),
      );
      expect(generation).toEqual({
        [ids.A!]: 0,
        [ids.B!]: 1,
        [ids.D!]: 1,
        [ids.C!]: 2,
        [ids.E!]: 3,
        [ids.F!]: 4,
      });
      expect(travel.body.edges.map((edge: { startedOn: string }) => edge.startedOn)).toEqual([
        '2026-01-10',
        '2026-02-01',
        '2026-03-01',
        '2026-04-01',
        '2026-06-01',
      ]);
    });

    it('counts a tie recorded the day before but not on the day itself', async () => {
      const evaluator = await as('evaluator');
      const practice = await evaluator.post('/api/v1/practices', {
        title: 'Tutoría entre iguales',
        claim: 'Reduce el absentismo.',
        language: 'es',
        schoolId: ids.A,
        networkId: ids.n,
      });
      // The autumn wave closed 2025-10-31 18:00 UTC: an adoption on 2025-10-31 predates it.
      const sameDay = await evaluator.post(`/api/v1/practices/${practice.body.id}/adoptions`, {
        schoolId: ids.B,
        startedOn: '2025-10-31',
        mode: 'adopted',
      });
      expect(sameDay.status).toBe(201);
      let travel = await evaluator.get(`/api/v1/practices/${practice.body.id}/travel`);
      expect(travel.body.alongExistingTies).toEqual({ count: 0, share: 0 });
      await evaluator.patch(`/api/v1/adoptions/${sameDay.body.id}`, { startedOn: '2025-11-01' });
      travel = await evaluator.get(`/api/v1/practices/${practice.body.id}/travel`);
      expect(travel.body.alongExistingTies).toEqual({ count: 1, share: 1 });
      expect(travel.body.reach).toEqual({ generations: 1, schools: 1, networks: 1 });
    });

    it('shows a practice nobody adopted yet as its school alone', async () => {
      const ana = await as('ana');
      const practice = await ana.post('/api/v1/practices', {
        title: 'Asambleas de aula',
        claim: 'Mejora la convivencia.',
        language: 'es',
        schoolId: ids.A,
        networkId: ids.n,
      });
      const travel = await ana.get(`/api/v1/practices/${practice.body.id}/travel`);
      expect(travel.body.reach).toEqual({ generations: 0, schools: 0, networks: 1 });
      expect(travel.body.alongExistingTies).toEqual({ count: 0, share: null });
      expect(travel.body.nodes).toEqual([{ id: ids.A, name: 'Escuela A', generation: 0 }]);
    });
  });

  describe('adoptions keep a tree', () => {
    it('refuses the originating school, a second adoption, a source that did not hold it yet, and an adaptation without how', async () => {
      const evaluator = await as('evaluator');
      const path = `/api/v1/practices/${practiceId}/adoptions`;
      const origin = await evaluator.post(path, {
        schoolId: ids.A,
        startedOn: '2026-01-01',
        mode: 'adopted',
      });
      expect(origin.status).toBe(400);
      const again = await evaluator.post(path, { schoolId: ids.B, startedOn: '2026-09-01', mode: 'adopted' });
      expect(again.status).toBe(409);
      const school = await buildOrganisation(t.db, { name: 'Escuela G' });
      const early = await evaluator.post(path, {
        schoolId: school.id,
        fromSchoolId: ids.C,
        startedOn: '2026-01-15',
        mode: 'adopted',
      });
      expect(early.status).toBe(400);
      expect(early.body.error.details.issues[0].path).toBe('fromSchoolId');
      const vague = await evaluator.post(path, {
        schoolId: school.id,
        startedOn: '2026-09-01',
        mode: 'adapted',
      });
      expect(vague.status).toBe(400);
      expect(vague.body.error.details.issues[0].path).toBe('adaptation');
    });

    it('refuses a cycle and a date past a later adopter’s, and keeps a school with adopters', async () => {
      const evaluator = await as('evaluator');
      const cycle = await evaluator.patch(`/api/v1/adoptions/${ids.adoptionB}`, { fromSchoolId: ids.C });
      expect(cycle.status).toBe(400);
      const late = await evaluator.patch(`/api/v1/adoptions/${ids.adoptionB}`, { startedOn: '2026-03-01' });
      expect(late.status).toBe(400);
      expect(late.body.error.details.issues[0].path).toBe('startedOn');
      expect((await evaluator.delete(`/api/v1/adoptions/${ids.adoptionB}`)).status).toBe(409);
    });

    it('lets the adopting school’s people record and edit their own adoption, and no one else’s', async () => {
      const evaluator = await as('evaluator');
      const practice = await evaluator.post('/api/v1/practices', {
        title: 'Lectura en voz alta',
        claim: 'Mejora la fluidez lectora.',
        language: 'es',
        schoolId: ids.A,
        networkId: ids.n,
      });
      const dani = await as('dani');
      const path = `/api/v1/practices/${practice.body.id}/adoptions`;
      expect(
        (await dani.post(path, { schoolId: ids.B, startedOn: '2026-09-01', mode: 'adopted' })).status,
      ).toBe(403);
      const own = await dani.post(path, {
        schoolId: ids.D,
        startedOn: '2026-09-01',
        mode: 'adapted',
        adaptation: 'Solo en 3.º de primaria.',
      });
      expect(own.status).toBe(201);
      expect((await dani.patch(`/api/v1/adoptions/${own.body.id}`, { outcome: 'Seguimos.' })).status).toBe(
        200,
      );
      const list = await (await as('member')).get(path);
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0].canEdit).toBe(false);
      expect(
        (await (await as('member')).patch(`/api/v1/adoptions/${own.body.id}`, { outcome: 'x' })).status,
      ).toBe(403);
    });
  });

  describe('evidence and its balance', () => {
    it('counts items by level and direction, every level listed', async () => {
      const evaluator = await as('evaluator');
      const practice = await evaluator.post('/api/v1/practices', {
        title: 'Patios inclusivos',
        claim: 'Reduce los conflictos en el recreo.',
        language: 'es',
        schoolId: ids.A,
        networkId: ids.n,
      });
      const path = `/api/v1/practices/${practice.body.id}/evidence`;
      const add = async (direction: string, level: number) =>
        expect(
          (await evaluator.post(path, { direction, level, kind: 'study', summary: 'Un estudio.' })).status,
        ).toBe(201);
      await add('supports', 1);
      await add('supports', 1);
      await add('contrasts', 3);
      await add('mixed', 3);
      await add('supports', 5);
      const detail = await evaluator.get(`/api/v1/practices/${practice.body.id}`);
      expect(detail.body.balance).toEqual([
        { level: 1, supports: 2, contrasts: 0, mixed: 0 },
        { level: 2, supports: 0, contrasts: 0, mixed: 0 },
        { level: 3, supports: 0, contrasts: 1, mixed: 1 },
        { level: 4, supports: 0, contrasts: 0, mixed: 0 },
        { level: 5, supports: 1, contrasts: 0, mixed: 0 },
      ]);
      expect(detail.body.evidenceCount).toBe(5);
      const list = await evaluator.get(path);
      expect(list.body.items.map((item: { level: number }) => item.level)).toEqual([5, 3, 3, 1, 1]);
    });

    it('lets the school’s people and evaluators add evidence; plain members and observers not', async () => {
      const item = { direction: 'supports', level: 2, kind: 'platform_data', summary: 'Datos del centro.' };
      const path = `/api/v1/practices/${practiceId}/evidence`;
      expect((await (await as('ana')).post(path, item)).status).toBe(201);
      expect((await (await as('member')).post(path, item)).status).toBe(403);
      expect((await (await as('observer')).post(path, item)).status).toBe(403);
      expect((await (await as('outsider')).post(path, item)).status).toBe(404);
      expect((await t.client().post(path, item)).status).toBe(401);
      const detail = await (await as('member')).get(`/api/v1/practices/${practiceId}`);
      expect(detail.body.permissions).toEqual({ edit: false, addEvidence: false, recordAdoption: true });
      const anas = await (await as('ana')).get(`/api/v1/practices/${practiceId}`);
      expect(anas.body.permissions).toMatchObject({ edit: true, addEvidence: true });
    });

    it('refuses a link that is not a web address', async () => {
      const answer = await (
        await as('evaluator')
      ).post(`/api/v1/practices/${practiceId}/evidence`, {
        direction: 'mixed',
        level: 3,
        kind: 'study',
        summary: 'Un estudio.',
        url: 'javascript:alert(1)',
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error.details.issues[0].path).toBe('url');
    });
  });

  describe('practices', () => {
    it('is found without accents, hidden from outsiders, and filtered by school (adopters included)', async () => {
      const member = await as('member');
      const found = await member.get('/api/v1/practices?q=evaluacion%20formativa');
      expect(found.body.items.map((item: { id: string }) => item.id)).toContain(practiceId);
      const bySchool = await member.get(`/api/v1/practices?school=${ids.F}`);
      expect(bySchool.body.items.map((item: { id: string }) => item.id)).toEqual([practiceId]);
      expect((await (await as('outsider')).get('/api/v1/practices?q=evaluacion')).body.items).toEqual([]);
      expect((await (await as('outsider')).get(`/api/v1/practices/${practiceId}`)).status).toBe(404);
      expect((await t.client().get(`/api/v1/practices?network=red-n`)).status).toBe(404);
    });

    it('pages with a cursor', async () => {
      const member = await as('member');
      for (const title of ['Cuaderno de bitácora', 'Mentoría docente'])
        await member.post('/api/v1/practices', {
          title,
          claim: 'Una práctica más.',
          language: 'es',
          schoolId: ids.A,
          networkId: ids.n,
        });
      const first = await member.get('/api/v1/practices?network=red-n&limit=2');
      expect(first.body.items).toHaveLength(2);
      const second = await member.get(
        `/api/v1/practices?network=red-n&limit=2&cursor=${first.body.nextCursor}`,
      );
      const firstIds = first.body.items.map((item: { id: string }) => item.id);
      expect(second.body.items.length).toBeGreaterThan(0);
      for (const item of second.body.items) expect(firstIds).not.toContain(item.id);
    });

    it('lets observers read but not record; its author edits and deletes it', async () => {
      const body = {
        title: 'Huerto escolar',
        claim: 'Aprender ciencias.',
        language: 'es',
        schoolId: ids.A,
        networkId: ids.n,
      };
      expect((await (await as('observer')).post('/api/v1/practices', body)).status).toBe(403);
      const member = await as('member');
      const created = await member.post('/api/v1/practices', body);
      expect(created.status).toBe(201);
      expect(created.body.createdBy.id).toBe(ids.member);
      const edited = await member.patch(`/api/v1/practices/${created.body.id}`, {
        components: ['Bancales', 'Riego'],
      });
      expect(edited.body.components).toEqual(['Bancales', 'Riego']);
      expect((await (await as('observer')).get(`/api/v1/practices/${created.body.id}`)).status).toBe(200);
      expect(
        (await (await as('bea')).patch(`/api/v1/practices/${created.body.id}`, { title: 'No' })).status,
      ).toBe(403);
      expect((await member.delete(`/api/v1/practices/${created.body.id}`)).status).toBe(204);
      expect((await member.get(`/api/v1/practices/${created.body.id}`)).status).toBe(404);
    });

    it('is in its author’s archive, and stays, credited to a tombstone, when they are erased', async () => {
      const author = await buildPerson(t.db, { email: 'leaving@example.org', account: true });
      await addMember(t.db, ids.n!, { personId: author.id }, 'evaluator');
      const client = await as('leaving');
      const practice = await client.post('/api/v1/practices', {
        title: 'Diario de aprendizaje',
        claim: 'Mejora la metacognición.',
        language: 'es',
        schoolId: ids.A,
        networkId: ids.n,
      });
      await client.post(`/api/v1/practices/${practice.body.id}/evidence`, {
        direction: 'supports',
        level: 1,
        kind: 'testimony',
        summary: 'El alumnado lo cuenta.',
      });
      const archive = await client.get('/api/v1/me/data');
      expect(archive.body.practicesRecorded.map((p: { id: string }) => p.id)).toEqual([practice.body.id]);
      expect(archive.body.evidenceRecorded).toHaveLength(1);
      expect((await client.post('/api/v1/me/erasure', { password: TEST_PASSWORD })).status).toBe(200);
      const kept = await (await as('member')).get(`/api/v1/practices/${practice.body.id}`);
      expect(kept.status).toBe(200);
      expect(kept.body.createdBy.displayName).toBe('Erased person');
      expect(kept.body.createdBy.id).not.toBe(author.id);
    });

    it('shows only the resources the reader may see', async () => {
      const resource = async (
        title: string,
        visibility: 'public' | 'network' | 'draft',
        networkId: string | null,
      ) => {
        const [row] = await t.db
          .insert(resources)
          .values({ type: 'card', title, language: 'es', licence: 'CC-BY-4.0', visibility, networkId })
          .returning();
        return row!.id;
      };
      const open = await resource('Rúbrica pública', 'public', null);
      const inN = await resource('Guía de la red N', 'network', ids.n!);
      const inN2 = await resource('Guía de la red N2', 'network', ids.n2!);
      const draft = await resource('Borrador de Ana', 'draft', ids.n!);
      await t.db.insert(resourceAuthors).values({ resourceId: draft, personId: ids.ana! });
      await replacePracticeResources(t.db, practiceId, [open, inN, inN2, draft]);
      const titles = async (who: string) =>
        (
          (await (await as(who)).get(`/api/v1/practices/${practiceId}`)).body.resources as { title: string }[]
        ).map((r) => r.title);
      expect(await titles('member')).toEqual(['Rúbrica pública', 'Guía de la red N']);
      expect(await titles('ana')).toEqual(['Rúbrica pública', 'Guía de la red N', 'Borrador de Ana']);
      const refused = await (
        await as('member')
      ).patch(`/api/v1/practices/${practiceId}`, { resourceIds: [draft] });
      expect(refused.status).toBe(403);
      const invisible = await (
        await as('evaluator')
      ).patch(`/api/v1/practices/${practiceId}`, { resourceIds: [inN2] });
      expect(invisible.status).toBe(400);
    });
  });
});

describe('travelShape', () => {
  it('places an adopter whose source is missing one past it rather than dropping it', () => {
    const shape = travelShape('A', 'n', [{ id: '1', schoolId: 'X', fromSchoolId: 'Y', networkId: 'n' }]);
    expect(shape.generations.get('X')).toBe(1);
    expect(shape.schools).toBe(1);
  });
});
