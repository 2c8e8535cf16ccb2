import { and, count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { surveyReminders } from './surveys.table.js';
import { daysFromToday, openWaveDates } from '../test-support/dates.js';

const ADVICE = {
  relation: 'advice',
  promptEn: 'Whom do you go to for advice about teaching?',
  promptEs: '¿A quién acudes para pedir consejo sobre la enseñanza?',
  maxNominations: 3,
};

type Who =
  'coordinator' | 'evaluator' | 'observer' | 'outsider' | 'ana' | 'mariana' | 'luis' | 'rosa' | 'pablo';

describeOnEachEngine('running a survey wave: type-ahead, reminders, my surveys', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<Who | 'network' | 'eras' | 'olivos' | 'elsewhere', string>;

  beforeAll(async () => {
    const network = await buildNetwork(t.db, { slug: 'red-oleo', name: 'Red Óleo' });
    const eras = await buildOrganisation(t.db, { name: 'CEIP Las Eras' });
    const olivos = await buildOrganisation(t.db, { name: 'IES Los Olivos' });
    const elsewhere = await buildOrganisation(t.db, { name: 'CEIP Santa Ana' }); // not in the network
    const names: Record<Who, string> = {
      coordinator: 'Carmen Coordina',
      evaluator: 'Eva Evalúa',
      observer: 'Ana Observa',
      outsider: 'Ana Fuera',
      ana: 'Ana Ruiz',
      mariana: 'Mariana Ruiz',
      luis: 'Luis Prado',
      rosa: 'Rosa Gil',
      pablo: 'Pablo Ortega',
    };
    for (const [who, displayName] of Object.entries(names) as [Who, string][]) {
      const person = await buildPerson(t.db, { displayName, email: `${who}@example.org`, account: true });
      ids[who] = person.id;
    }
    for (const role of ['coordinator', 'evaluator', 'observer'] as const)
      await addMember(t.db, network.id, { personId: ids[role] }, role);
    await addMember(t.db, network.id, { personId: ids.ana });
    await addMember(t.db, network.id, { organisationId: eras.id });
    await addMember(t.db, network.id, { organisationId: olivos.id });
    await affiliate(t.db, ids.mariana, eras.id);
    await affiliate(t.db, ids.luis, eras.id);
    await affiliate(t.db, ids.rosa, olivos.id);
    await affiliate(t.db, ids.outsider, elsewhere.id);
    await affiliate(t.db, ids.pablo, elsewhere.id); // staff elsewhere, but a member in person:
    await addMember(t.db, network.id, { personId: ids.pablo });
    Object.assign(ids, { network: network.id, eras: eras.id, olivos: olivos.id, elsewhere: elsewhere.id });
  });

  const as = (who: Who) => t.client().signIn(`${who}@example.org`);

  async function openWave() {
    const coordinator = await as('coordinator');
    const survey = await coordinator.post(`/api/v1/networks/${ids.network}/surveys`, {
      title: `Advice ${Math.random()}`,
      questions: [ADVICE],
    });
    const wave = await coordinator.post(`/api/v1/surveys/${survey.body.id}/waves`, openWaveDates());
    expect(wave.status).toBe(201);
    return { wave: wave.body.id as string, question: survey.body.questions[0].id as string };
  }

  const names = (body: { items: { displayName: string }[] }) => body.items.map((item) => item.displayName);

  it('finds people who answer the survey by name or school, own names first, never oneself', async () => {
    const { wave } = await openWave();
    const ana = await as('ana');
    const found = await ana.get(`/api/v1/waves/${wave}/candidates?q=ana`);
    expect(found.status).toBe(200);
    // Ana herself, the observer and the outsider are not on the survey; "Mariana" contains "ana";
    // Pablo works at CEIP Santa Ana and is a member in person, so he is found through his school.
    expect(names(found.body)).toEqual(['Mariana Ruiz', 'Pablo Ortega']);
    expect(found.body.items[1].organisations).toEqual([{ id: ids.elsewhere, name: 'CEIP Santa Ana' }]);

    const bySchool = await ana.get(`/api/v1/waves/${wave}/candidates?q=${encodeURIComponent('las eras')}`);
    expect(names(bySchool.body)).toEqual(['Luis Prado', 'Mariana Ruiz']);
    const accentless = await ana.get(`/api/v1/waves/${wave}/candidates?q=olivos&limit=1`);
    expect(names(accentless.body)).toEqual(['Rosa Gil']);

    const luis = await as('luis');
    const ruiz = await luis.get(`/api/v1/waves/${wave}/candidates?q=ruiz`);
    expect(names(ruiz.body)).toEqual(['Ana Ruiz', 'Mariana Ruiz']);
    expect(names((await luis.get(`/api/v1/waves/${wave}/candidates?q=ruiz&limit=1`)).body)).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('answers the type-ahead only to those who may answer, and refuses bad searches', async () => {
    const { wave } = await openWave();
    const path = `/api/v1/waves/${wave}/candidates`;
    expect((await (await as('outsider')).get(`${path}?q=ruiz`)).status).toBe(403);
    expect((await (await as('observer')).get(`${path}?q=ruiz`)).status).toBe(403);
    expect((await t.client().get(`${path}?q=ruiz`)).status).toBe(401);
    const ana = await as('ana');
    for (const query of ['', '?q=a', '?q=ruiz&limit=0', '?q=ruiz&limit=26', '?q=ruiz&limit=many']) {
      const response = await ana.get(`${path}${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(
      (await ana.get(`/api/v1/waves/6f1c1d1e-0000-4000-8000-000000000000/candidates?q=ruiz`)).status,
    ).toBe(404);
  });

  it('reminds non-respondents once a day, by school or all, and counts them in the rates', async () => {
    const { wave, question } = await openWave();
    await (
      await as('rosa')
    ).put(`/api/v1/waves/${wave}/response`, {
      nominations: [{ questionId: question, personId: ids.ana }],
      submit: true,
    });
    const evaluator = await as('evaluator');
    const remind = (body: object) => evaluator.post(`/api/v1/waves/${wave}/reminders`, body);

    const eras = await remind({ organisationId: ids.eras });
    expect(eras.status).toBe(200);
    expect(eras.body).toEqual({ reminded: 2, skippedRecently: 0 }); // Mariana and Luis
    // Everyone else who has not submitted: coordinator, evaluator, Ana, Pablo; Rosa submitted.
    expect((await remind({})).body).toEqual({ reminded: 4, skippedRecently: 2 });
    expect((await remind({})).body).toEqual({ reminded: 0, skippedRecently: 6 });

    const rates = await evaluator.get(`/api/v1/waves/${wave}/response-rates`);
    expect(rates.body).toMatchObject({ eligible: 7, submitted: 1, reminded: 6 });
    expect(rates.body.byOrganisation).toEqual([
      { organisation: { id: ids.eras, name: 'CEIP Las Eras' }, eligible: 2, submitted: 0, reminded: 2 },
      { organisation: { id: ids.elsewhere, name: 'CEIP Santa Ana' }, eligible: 1, submitted: 0, reminded: 1 },
      { organisation: { id: ids.olivos, name: 'IES Los Olivos' }, eligible: 1, submitted: 1, reminded: 0 },
    ]);
    const [audit] = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'survey_wave.remind'), eq(auditLog.entityId, wave)));
    expect(audit?.n).toBe(3);
  });

  it('refuses bad reminders whole, and reminders from anyone but coordinators and evaluators', async () => {
    const { wave } = await openWave();
    const path = `/api/v1/waves/${wave}/reminders`;
    const [before] = await t.db.select({ n: count() }).from(surveyReminders);
    const coordinator = await as('coordinator');
    // An organisation that exists but none of whose staff answer this survey.
    const nobody = await buildOrganisation(t.db, { name: 'Biblioteca Municipal' });
    const cases: [unknown, string][] = [
      [{ organisationId: 'eras' }, 'organisationId'],
      [{ organisationId: '6f1c1d1e-0000-4000-8000-000000000000' }, 'organisationId'],
      [{ organisationId: nobody.id }, 'organisationId'],
      [{ everyone: true }, ''],
    ];
    for (const [body, field] of cases) {
      const response = await coordinator.post(path, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      if (field) {
        expect(response.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(
          field,
        );
      }
    }
    expect((await (await as('ana')).post(path, {})).status).toBe(403);
    expect((await t.client().post(path, {})).status).toBe(401);
    expect(await t.db.select({ n: count() }).from(surveyReminders)).toEqual([before]);

    expect((await coordinator.post(`/api/v1/waves/${wave}/close`)).status).toBe(200);
    expect((await coordinator.post(path, {})).status).toBe(409);
  });

  it('lists the open waves waiting for me, with my progress and my last reminder', async () => {
    const { wave, question } = await openWave();
    const mine = async (who: Who) => {
      const response = await (await as(who)).get('/api/v1/me/surveys');
      expect(response.status).toBe(200);
      return response.body.items.find((item: { wave: { id: string } }) => item.wave.id === wave);
    };
    expect(await mine('luis')).toMatchObject({
      network: { slug: 'red-oleo', name: 'Red Óleo' },
      wave: { status: 'open', answering: 'open', closesOn: openWaveDates().closesOn },
      responseStatus: 'none',
      lastRemindedAt: null,
    });
    expect(await mine('outsider')).toBeUndefined();
    expect(await mine('observer')).toBeUndefined();
    expect((await t.client().get('/api/v1/me/surveys')).status).toBe(401);

    const luis = await as('luis');
    await luis.put(`/api/v1/waves/${wave}/response`, {
      nominations: [{ questionId: question, personId: ids.ana }],
    });
    await (await as('evaluator')).post(`/api/v1/waves/${wave}/reminders`, { organisationId: ids.eras });
    const reminded = await mine('luis');
    expect(reminded.responseStatus).toBe('draft');
    expect(Date.now() - Date.parse(reminded.lastRemindedAt)).toBeLessThan(60_000);
    await luis.put(`/api/v1/waves/${wave}/response`, {
      nominations: [{ questionId: question, personId: ids.ana }],
      submit: true,
    });
    expect((await mine('luis')).responseStatus).toBe('submitted');
    await (await as('coordinator')).post(`/api/v1/waves/${wave}/close`);
    expect(await mine('luis')).toBeUndefined();
  });

  it('gives a wave’s page its survey, network and the viewer’s permissions', async () => {
    const { wave } = await openWave();
    const detail = await (await as('mariana')).get(`/api/v1/waves/${wave}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      wave: { id: wave, number: 1, status: 'open' },
      network: { id: ids.network, slug: 'red-oleo' },
      survey: { permissions: { manage: false, answer: true, viewAnswers: false } },
    });
    expect(detail.body.survey.questions).toHaveLength(1);
    expect((await t.client().get(`/api/v1/waves/${wave}`)).status).toBe(401);
    // The network's list says what the caller may do even before there is any survey to carry it.
    const list = async (who: Who) =>
      (await (await as(who)).get(`/api/v1/networks/${ids.network}/surveys`)).body;
    expect((await list('evaluator')).permissions).toEqual({ manage: true, answer: true, viewAnswers: true });
    expect((await list('observer')).permissions).toEqual({
      manage: false,
      answer: false,
      viewAnswers: false,
    });
  });

  it('takes answers only between the wave’s dates, and lets coordinators move them (issue 9, hole 7)', async () => {
    const coordinator = await as('coordinator');
    const survey = await coordinator.post(`/api/v1/networks/${ids.network}/surveys`, {
      title: `Later ${Math.random()}`,
      questions: [ADVICE],
    });
    const later = { opensOn: daysFromToday(30), closesOn: daysFromToday(60) };
    const wave = await coordinator.post(`/api/v1/surveys/${survey.body.id}/waves`, later);
    expect(wave.body).toMatchObject({ status: 'open', answering: 'not_yet_open' });
    const answer = {
      submit: true,
      nominations: [{ questionId: survey.body.questions[0].id, personId: ids.rosa }],
    };
    const ana = await as('ana');
    const early = await ana.put(`/api/v1/waves/${wave.body.id}/response`, answer);
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'CONFLICT', details: { opensOn: later.opensOn } });
    expect((await ana.get(`/api/v1/waves/${wave.body.id}/response`)).body).toBeNull();
    // Not waiting for anyone yet.
    const waiting = (await ana.get('/api/v1/me/surveys')).body.items.map(
      (item: { wave: { id: string } }) => item.wave.id,
    );
    expect(waiting).not.toContain(wave.body.id);

    // Members may not move the dates; the coordinator opens it today, and then it takes answers.
    expect((await ana.patch(`/api/v1/waves/${wave.body.id}`, { opensOn: daysFromToday(0) })).status).toBe(
      403,
    );
    const bad = await coordinator.patch(`/api/v1/waves/${wave.body.id}`, { closesOn: daysFromToday(-1) });
    expect(bad.status).toBe(400);
    const moved = await coordinator.patch(`/api/v1/waves/${wave.body.id}`, { opensOn: daysFromToday(0) });
    expect(moved.body).toMatchObject({ opensOn: daysFromToday(0), answering: 'open' });
    expect((await ana.put(`/api/v1/waves/${wave.body.id}/response`, answer)).status).toBe(200);

    // Past its closing date it takes no more answers, until the coordinator extends it.
    await coordinator.patch(`/api/v1/waves/${wave.body.id}`, {
      opensOn: daysFromToday(-10),
      closesOn: daysFromToday(-1),
    });
    const late = await (await as('luis')).put(`/api/v1/waves/${wave.body.id}/response`, answer);
    expect(late.status).toBe(409);
    expect(late.body.error.details).toEqual({
      reason: 'wave.past_closing_date',
      closesOn: daysFromToday(-1),
    });
    await coordinator.patch(`/api/v1/waves/${wave.body.id}`, { closesOn: daysFromToday(7) });
    expect((await (await as('luis')).put(`/api/v1/waves/${wave.body.id}/response`, answer)).status).toBe(200);
    await coordinator.post(`/api/v1/waves/${wave.body.id}/close`);
    const closed = await coordinator.patch(`/api/v1/waves/${wave.body.id}`, { closesOn: daysFromToday(9) });
    expect(closed.status).toBe(409);
  });
});
