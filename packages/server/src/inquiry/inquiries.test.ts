import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.table.js';
import { memberships } from '../memberships/memberships.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { changeIdeas, pdsaCycles } from './cycles.table.js';
import { inquiries } from './inquiries.table.js';
import { measurePoints, measures, measureSeries } from './measures.table.js';

/**
 * Network N (members only) has schools A, B, C; D belongs to no network. ana (A) opens inquiries
 * with bea (B); cris (C) is a plain member; eva evaluates; coro coordinates; obs observes; out is
 * in no network; gone was a member and left.
 */
describeOnEachEngine('inquiries', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<string, string>;
  const as = (who: string) => t.client().signIn(`${who}@example.org`);
  const body = (overrides: Record<string, unknown> = {}) => ({
    networkId: ids.n,
    title: 'Lectura en el tránsito a secundaria',
    question: '¿Por qué se estanca la comprensión lectora en 1.º de ESO?',
    evidence: 'Las pruebas de diagnóstico de dos cursos.',
    rationale: 'Sin lectura no hay aprendizaje en las demás materias.',
    outcome: 'literacy',
    aim: {
      what: 'Comprensión lectora',
      howMuch: 'del 60 % al 75 %',
      byWhen: '2027-06-30',
      forWhom: '1.º de ESO',
    },
    model: 'improvement',
    language: 'es',
    schoolIds: [ids.A, ids.B],
    people: [{ personId: ids.bea, role: 'member' }],
    ...overrides,
  });

  beforeAll(async () => {
    ids.n = (
      await buildNetwork(t.db, { slug: 'red-lectora', name: 'Red lectora', visibility: 'members' })
    ).id;
    for (const letter of ['A', 'B', 'C', 'D']) {
      ids[letter] = (await buildOrganisation(t.db, { name: `Centro ${letter}` })).id;
      if (letter !== 'D') await addMember(t.db, ids.n!, { organisationId: ids[letter] });
    }
    const staff = { ana: 'A', bea: 'B', cris: 'C', dora: 'D' } as const;
    for (const [name, letter] of Object.entries(staff)) {
      ids[name] = (await buildPerson(t.db, { email: `${name}@example.org`, account: true })).id;
      await affiliate(t.db, ids[name]!, ids[letter]!);
    }
    for (const [who, role] of [
      ['eva', 'evaluator'],
      ['coro', 'coordinator'],
      ['obs', 'observer'],
      ['gone', 'member'],
    ] as const) {
      ids[who] = (await buildPerson(t.db, { email: `${who}@example.org`, account: true })).id;
      await addMember(t.db, ids.n!, { personId: ids[who] }, role);
    }
    ids.out = (await buildPerson(t.db, { email: 'out@example.org', account: true })).id;
  });

  const open_ = async (overrides: Record<string, unknown> = {}) => {
    const answer = await (await as('ana')).post('/api/v1/inquiries', body(overrides));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body;
  };

  describe('opening an inquiry', () => {
    it('makes the caller its lead, starts the first phase of its model, and records it', async () => {
      const inquiry = await open_();
      expect(inquiry).toMatchObject({
        phase: 'aim',
        status: 'active',
        visibility: 'team',
        teamSize: 2,
        schools: [
          { id: ids.A, name: 'Centro A' },
          { id: ids.B, name: 'Centro B' },
        ],
        permissions: { edit: true, manage: true },
        progress: { proposed: 1, cap: 2.5, capReason: 'no_target_data', confirmed: null },
      });
      expect(inquiry.team.map((m: { id: string; role: string }) => [m.id, m.role]).sort()).toEqual(
        [
          [ids.ana, 'lead'],
          [ids.bea, 'member'],
        ].sort(),
      );
      expect(inquiry.phases).toEqual([{ phase: 'aim', startedOn: expect.any(String), endedOn: null }]);
      const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, inquiry.id));
      expect(audit.map((row) => row.action)).toEqual(['inquiry.create']);
    });

    it('refuses a phase of the other model, schools outside the network and people outside it, writing nothing', async () => {
      const ana = await as('ana');
      const before = (await t.db.select().from(inquiries)).length;
      const wrongPhase = await ana.post('/api/v1/inquiries', body({ phase: 'scanning' }));
      expect(wrongPhase.status).toBe(400);
      expect(wrongPhase.body.error.details.issues[0].path).toBe('phase');
      const outsideSchool = await ana.post('/api/v1/inquiries', body({ schoolIds: [ids.A, ids.D] }));
      expect(outsideSchool.status).toBe(400);
      expect(outsideSchool.body.error.details.issues[0].path).toBe('schoolIds.1');
      const outsider = await ana.request(
        'POST',
        '/api/v1/inquiries',
        body({ people: [{ personId: ids.out, role: 'member' }] }),
        { 'accept-language': 'es' },
      );
      expect(outsider.status).toBe(400);
      expect(outsider.body.error.details.issues[0]).toMatchObject({
        path: 'people.0.personId',
        message: 'Elige personas que participen en la red de la indagación.',
      });
      expect((await t.db.select().from(inquiries)).length).toBe(before);
    });

    it('is for the network’s participants: observers and outsiders may not open one', async () => {
      expect((await (await as('obs')).post('/api/v1/inquiries', body({ people: [] }))).status).toBe(403);
      expect((await (await as('out')).post('/api/v1/inquiries', body({ people: [] }))).status).toBe(404);
      expect((await t.client().post('/api/v1/inquiries', body())).status).toBe(401);
    });
  });

  describe('who sees it', () => {
    it('shows a team-only inquiry to its team, coordinators and evaluators, and hides it from everyone else', async () => {
      const { id } = await open_({ title: 'Solo para el equipo' });
      for (const who of ['ana', 'bea', 'coro', 'eva'])
        expect((await (await as(who)).get(`/api/v1/inquiries/${id}`)).status, who).toBe(200);
      for (const who of ['cris', 'obs', 'out'])
        expect((await (await as(who)).get(`/api/v1/inquiries/${id}`)).status, who).toBe(404);
      expect((await t.client().get(`/api/v1/inquiries/${id}`)).status).toBe(404);
      const listed = async (who: string) =>
        (await (await as(who)).get('/api/v1/inquiries?network=red-lectora&limit=100')).body.items.map(
          (item: { id: string }) => item.id,
        );
      expect(await listed('eva')).toContain(id);
      expect(await listed('cris')).not.toContain(id);
    });

    it('shows a shared inquiry to the whole network, read-only for those outside the team', async () => {
      const { id } = await open_({ title: 'Compartida con la red', visibility: 'network' });
      const cris = await as('cris');
      const seen = await cris.get(`/api/v1/inquiries/${id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.permissions).toEqual({ edit: false, manage: false });
      expect((await cris.patch(`/api/v1/inquiries/${id}`, { title: 'Mía' })).status).toBe(403);
      expect((await (await as('obs')).get(`/api/v1/inquiries/${id}`)).status).toBe(200);
      expect((await (await as('out')).get(`/api/v1/inquiries/${id}`)).status).toBe(404);
      const mine = await cris.get('/api/v1/inquiries?mine=true');
      expect(mine.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    });

    it('stops counting a team place once its person has left the network', async () => {
      const { id } = await open_({ people: [{ personId: ids.gone, role: 'member' }] });
      expect((await (await as('gone')).get(`/api/v1/inquiries/${id}`)).status).toBe(200);
      await t.db
        .update(memberships)
        .set({ endDate: '2026-01-01' })
        .where(eq(memberships.personId, ids.gone!));
      expect((await (await as('gone')).get(`/api/v1/inquiries/${id}`)).status).toBe(404);
      const listed = await (await as('gone')).get('/api/v1/inquiries');
      expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    });
  });

  describe('changing it', () => {
    it('records each phase the team enters, and resets the phase when the model changes', async () => {
      const { id } = await open_();
      const bea = await as('bea');
      const moved = await bea.patch(`/api/v1/inquiries/${id}`, { phase: 'measures' });
      expect(moved.status).toBe(200);
      expect(
        moved.body.phases.map((p: { phase: string; endedOn: string | null }) => [
          p.phase,
          p.endedOn === null,
        ]),
      ).toEqual([
        ['aim', false],
        ['measures', true],
      ]);
      const spiral = await bea.patch(`/api/v1/inquiries/${id}`, { model: 'spiral' });
      expect(spiral.body.phase).toBe('scanning');
      const wrong = await bea.patch(`/api/v1/inquiries/${id}`, { phase: 'testing' });
      expect(wrong.status).toBe(400);
      expect((await bea.patch(`/api/v1/inquiries/${id}`, {})).status).toBe(400);
    });

    it('leaves the team, who sees it and deleting it to the leads and coordinators', async () => {
      const { id } = await open_();
      const bea = await as('bea');
      expect((await bea.patch(`/api/v1/inquiries/${id}`, { visibility: 'network' })).status).toBe(403);
      const team = {
        people: [
          { personId: ids.bea, role: 'lead' },
          { personId: ids.cris, role: 'member' },
        ],
        schoolIds: [ids.B, ids.C],
      };
      expect((await bea.put(`/api/v1/inquiries/${id}/team`, team)).status).toBe(403);
      const changed = await (
        await as('ana')
      ).put(`/api/v1/inquiries/${id}/team`, {
        ...team,
        people: [...team.people, { personId: ids.ana, role: 'member' }],
      });
      expect(changed.status).toBe(200);
      expect(changed.body.schools.map((s: { id: string }) => s.id).sort()).toEqual([ids.B, ids.C].sort());
      // ana is no longer a lead; bea now is.
      expect((await (await as('ana')).delete(`/api/v1/inquiries/${id}`)).status).toBe(403);
      const noLead = await bea.put(`/api/v1/inquiries/${id}/team`, {
        ...team,
        people: [{ personId: ids.bea, role: 'member' }],
      });
      expect(noLead.status).toBe(400);
      expect(
        (await (await as('coro')).patch(`/api/v1/inquiries/${id}`, { visibility: 'network' })).status,
      ).toBe(200);
      expect((await bea.delete(`/api/v1/inquiries/${id}`)).status).toBe(204);
      expect((await bea.get(`/api/v1/inquiries/${id}`)).status).toBe(404);
    });

    it('deletes an inquiry with its change ideas and cycles', async () => {
      const { id } = await open_();
      const [idea] = await t.db.insert(changeIdeas).values({ inquiryId: id, text: 'Tertulias' }).returning();
      await t.db.insert(pdsaCycles).values({
        changeIdeaId: idea!.id,
        inquiryId: id,
        title: 'Primera tertulia',
        purpose: 'test',
        startsOn: '2026-01-12',
        endsOn: '2026-01-16',
      });
      expect((await (await as('ana')).delete(`/api/v1/inquiries/${id}`)).status).toBe(204);
      expect(await t.db.select().from(pdsaCycles).where(eq(pdsaCycles.inquiryId, id))).toEqual([]);
    });

    it('corrects the phases timeline, refusing phases of the other model and ends before starts', async () => {
      const { id } = await open_();
      const ana = await as('ana');
      const phases = [
        { phase: 'aim', startedOn: '2025-09-01', endedOn: '2025-10-15' },
        { phase: 'measures', startedOn: '2025-10-16', endedOn: null },
      ];
      expect((await ana.put(`/api/v1/inquiries/${id}/phases`, { phases })).body.phases).toEqual(phases);
      const other = await ana.put(`/api/v1/inquiries/${id}/phases`, {
        phases: [{ phase: 'scanning', startedOn: '2025-09-01', endedOn: null }],
      });
      expect(other.body.error.details.issues[0].path).toBe('phases.0.phase');
      const backwards = await ana.put(`/api/v1/inquiries/${id}/phases`, {
        phases: [{ phase: 'aim', startedOn: '2025-09-01', endedOn: '2025-08-01' }],
      });
      expect(backwards.body.error.details.issues[0].path).toBe('phases.0.endedOn');
    });
  });

  describe('the progress score', () => {
    it('is capped at 2.5 without target data and at 3 without a better signal, and may pass a cap with a reason', async () => {
      const { id } = await open_();
      const ana = await as('ana');
      const passed = await ana.put(`/api/v1/inquiries/${id}/progress`, { score: 3 });
      expect(passed.status).toBe(400);
      expect(passed.body.error.details.issues[0].path).toBe('reason');
      const within = await ana.put(`/api/v1/inquiries/${id}/progress`, { score: 2, reason: 'ignored' });
      expect(within.body.progress).toMatchObject({ confirmed: 2, reason: null });

      const [measure] = await t.db
        .insert(measures)
        .values({
          inquiryId: id,
          name: 'Comprensión',
          kind: 'outcome',
          type: 'value',
          direction: 'up',
          population: 'pupils',
          target: 75,
        })
        .returning();
      await t.db
        .insert(measurePoints)
        .values({ measureId: measure!.id, schoolId: ids.A!, period: '2026-01-01', value: 61 });
      const withData = await ana.get(`/api/v1/inquiries/${id}`);
      expect(withData.body.progress).toMatchObject({ cap: 3, capReason: 'no_better_signal' });

      await t.db.insert(measureSeries).values({
        measureId: measure!.id,
        schoolId: ids.A!,
        points: 12,
        firstPeriod: '2025-02-01',
        lastPeriod: '2026-01-01',
        better: true,
        worse: false,
        judged: true,
        recent: [['2026-01-01', 61]],
      });
      expect((await ana.get(`/api/v1/inquiries/${id}`)).body.progress).toMatchObject({
        cap: 5,
        capReason: null,
      });

      const reasoned = await ana.put(`/api/v1/inquiries/${id}/progress`, { score: 5, reason: '' });
      expect(reasoned.status).toBe(200);
      expect(reasoned.body.progress.confirmed).toBe(5);
      expect((await (await as('cris')).put(`/api/v1/inquiries/${id}/progress`, { score: 1 })).status).toBe(
        404,
      );
      expect((await ana.put(`/api/v1/inquiries/${id}/progress`, { score: 2.25 })).status).toBe(400);
    });
  });

  describe('the list', () => {
    it('filters by status, outcome, school and words, and pages without repeating', async () => {
      const eva = await as('eva');
      const { id } = await open_({
        title: 'Absentismo en primaria',
        outcome: 'attendance',
        status: 'paused',
      });
      const found = await eva.get('/api/v1/inquiries?q=absentismo&status=paused&outcome=attendance');
      expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
      expect((await eva.get(`/api/v1/inquiries?school=${ids.C}`)).body.items).toEqual([]);
      const seen = new Set<string>();
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await eva.get(
          `/api/v1/inquiries?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        for (const item of page.body.items) {
          expect(seen.has(item.id)).toBe(false);
          seen.add(item.id);
        }
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen.size).toBe((await t.db.select().from(inquiries)).length);
      expect((await eva.get('/api/v1/inquiries?cursor=nonsense')).status).toBe(400);
      expect((await t.client().get('/api/v1/inquiries')).body.items).toEqual([]);
    });
  });
});
