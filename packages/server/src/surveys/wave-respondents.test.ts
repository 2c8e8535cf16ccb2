/**
 * Issue 11: repeating a survey in waves, choosing who a wave asks, a survey and its first wave
 * saved together or not at all, answers that rate every tie and name each outsider once,
 * bilingual titles and scales, and refusals worded from codes in the caller's language.
 */
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { daysFromToday, openWaveDates } from '../test-support/dates.js';
import { outsiderKey } from './outsider-key.js';
import { SURVEY_TEXTS, tooManyNominations } from './surveys.texts.js';
import { surveys, surveyWaves, surveyWaveTargets } from './surveys.table.js';

const ADVICE = {
  relation: 'advice',
  promptEn: 'Whom do you go to for advice about teaching?',
  promptEs: '¿A quién acudes para pedir consejo sobre la enseñanza?',
  maxNominations: 5,
  frequencyScale: ['Monthly', 'Weekly', 'Daily'],
  frequencyScaleEs: ['Cada mes', 'Cada semana', 'A diario'],
};

type Who = 'coordinator' | 'ana' | 'mariana' | 'luis' | 'rosa' | 'facilitator' | 'outsider';

describeOnEachEngine('survey waves: who is asked, the next wave, checked answers', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<Who | 'network' | 'eras' | 'olivos' | 'elsewhere', string>;

  beforeAll(async () => {
    const network = await buildNetwork(t.db, { slug: 'red-olmo', name: 'Red Olmo' });
    const eras = await buildOrganisation(t.db, { name: 'CEIP Las Eras' });
    const olivos = await buildOrganisation(t.db, { name: 'IES Los Olivos' });
    const elsewhere = await buildOrganisation(t.db, { name: 'CEIP Lejano' });
    const names: Record<Who, string> = {
      coordinator: 'Carmen Olmo',
      ana: 'Ana Olmo',
      mariana: 'Mariana Olmo',
      luis: 'Luis Olmo',
      rosa: 'Rosa Olmo',
      facilitator: 'Fabián Olmo',
      outsider: 'Olga Fuera',
    };
    for (const [who, displayName] of Object.entries(names) as [Who, string][]) {
      const person = await buildPerson(t.db, { displayName, email: `${who}@olmo.example`, account: true });
      ids[who] = person.id;
    }
    await addMember(t.db, network.id, { personId: ids.coordinator }, 'coordinator');
    await addMember(t.db, network.id, { personId: ids.facilitator }, 'facilitator');
    await addMember(t.db, network.id, { personId: ids.ana });
    await addMember(t.db, network.id, { organisationId: eras.id });
    await addMember(t.db, network.id, { organisationId: olivos.id });
    await affiliate(t.db, ids.mariana, eras.id);
    await affiliate(t.db, ids.luis, eras.id);
    await affiliate(t.db, ids.rosa, olivos.id);
    await affiliate(t.db, ids.outsider, elsewhere.id);
    Object.assign(ids, { network: network.id, eras: eras.id, olivos: olivos.id, elsewhere: elsewhere.id });
  });

  const as = (who: Who) => t.client().signIn(`${who}@olmo.example`);
  const ES = { 'accept-language': 'es-ES,es;q=0.9' };

  async function newSurvey(wave?: Record<string, unknown>) {
    const coordinator = await as('coordinator');
    const created = await coordinator.post(`/api/v1/networks/${ids.network}/surveys`, {
      title: `Advice ${Math.random()}`,
      titleEs: `Consejo ${Math.random()}`,
      questions: [ADVICE],
      ...(wave ? { wave } : {}),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return { coordinator, survey: created.body, question: created.body.questions[0].id as string };
  }

  async function openWith(respondents: Record<string, unknown>) {
    const { coordinator, survey, question } = await newSurvey();
    const wave = await coordinator.post(`/api/v1/surveys/${survey.id}/waves`, {
      ...openWaveDates(),
      respondents,
    });
    expect(wave.status, JSON.stringify(wave.body)).toBe(201);
    return { coordinator, survey, question, wave: wave.body.id as string };
  }

  it('creates a survey with its first wave in one transaction, or neither when the wave is refused', async () => {
    const coordinator = await as('coordinator');
    const [before] = await t.db.select({ n: count() }).from(surveys);
    const refused = await coordinator.request(
      'POST',
      `/api/v1/networks/${ids.network}/surveys`,
      {
        title: 'Half made',
        questions: [ADVICE],
        wave: { opensOn: daysFromToday(5), closesOn: daysFromToday(1) },
      },
      ES,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues).toEqual([
      {
        path: 'wave.closesOn',
        code: 'wave.closes_before_opens',
        message: 'La oleada no puede cerrarse antes de abrirse.',
      },
    ]);
    expect(await t.db.select({ n: count() }).from(surveys)).toEqual([before]);

    const { survey } = await newSurvey({ ...openWaveDates() });
    expect(survey).toMatchObject({ status: 'active', waves: [{ number: 1, status: 'open' }] });
    expect(survey.waves[0].respondents).toBe('everyone');
  });

  it('opens the next wave with the same questions only once the previous one is closed', async () => {
    const { coordinator, survey } = await newSurvey({ ...openWaveDates() });
    const second = { opensOn: daysFromToday(0), closesOn: daysFromToday(20) };
    const refused = await coordinator.request('POST', `/api/v1/surveys/${survey.id}/waves`, second, ES);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      message: 'La oleada 1 de esta encuesta sigue abierta: ciérrala antes de abrir la siguiente.',
      details: { reason: 'wave.still_open', number: 1 },
    });
    expect((await coordinator.post(`/api/v1/waves/${survey.waves[0].id}/close`)).status).toBe(200);
    const opened = await coordinator.post(`/api/v1/surveys/${survey.id}/waves`, second);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ number: 2, status: 'open', answering: 'open' });
    const again = await coordinator.get(`/api/v1/surveys/${survey.id}`);
    expect(again.body.waves.map((w: { number: number }) => w.number)).toEqual([1, 2]);
    expect(again.body.questions.map((q: { id: string }) => q.id)).toEqual(
      survey.questions.map((q: { id: string }) => q.id),
    );
  });

  it('asks only the chosen organisations’ staff: answering, type-ahead, rates, reminders, my surveys', async () => {
    const { coordinator, wave } = await openWith({
      choice: 'organisations',
      organisationIds: [ids.eras],
    });
    const preview = await coordinator.post(`/api/v1/networks/${ids.network}/respondents-preview`, {
      choice: 'organisations',
      organisationIds: [ids.eras],
    });
    expect(preview.body).toEqual({ asked: 2 });

    const detail = await coordinator.get(`/api/v1/waves/${wave}`);
    expect(detail.body.respondents).toMatchObject({
      choice: 'organisations',
      organisations: [{ id: ids.eras, name: 'CEIP Las Eras' }],
      asked: 2,
    });
    expect(detail.body.youAreAsked).toBe(false);

    const rosa = await as('rosa');
    const rosaView = await rosa.get(`/api/v1/waves/${wave}`);
    expect(rosaView.body).toMatchObject({ youAreAsked: false, respondents: null });
    const refused = await rosa.request('PUT', `/api/v1/waves/${wave}/response`, { nominations: [] }, ES);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      message: 'Esta oleada no te pregunta a ti: no estás entre las personas elegidas.',
      details: { reason: 'wave.not_asked' },
    });
    expect((await rosa.get(`/api/v1/waves/${wave}/candidates?q=olmo`)).status).toBe(403);
    const waveIn = (list: { body: { items: { waves: { id: string; asksYou: boolean }[] }[] } }) =>
      list.body.items.flatMap((survey) => survey.waves).find((w) => w.id === wave);
    expect(waveIn(await rosa.get(`/api/v1/networks/${ids.network}/surveys`))).toMatchObject({
      asksYou: false,
    });
    const rosaSurveys = await rosa.get('/api/v1/me/surveys');
    expect(rosaSurveys.body.items.map((item: { wave: { id: string } }) => item.wave.id)).not.toContain(wave);

    const mariana = await as('mariana');
    expect((await mariana.get(`/api/v1/waves/${wave}`)).body.youAreAsked).toBe(true);
    const found = await mariana.get(`/api/v1/waves/${wave}/candidates?q=olmo`);
    expect(found.body.items.map((item: { displayName: string }) => item.displayName)).toEqual(['Luis Olmo']);
    expect(waveIn(await mariana.get(`/api/v1/networks/${ids.network}/surveys`))).toMatchObject({
      asksYou: true,
    });
    const mine = await mariana.get('/api/v1/me/surveys');
    expect(mine.body.items.map((item: { wave: { id: string } }) => item.wave.id)).toContain(wave);

    const rates = await coordinator.get(`/api/v1/waves/${wave}/response-rates`);
    expect(rates.body).toMatchObject({ eligible: 2, submitted: 0 });
    expect(rates.body.byOrganisation).toEqual([
      { organisation: { id: ids.eras, name: 'CEIP Las Eras' }, eligible: 2, submitted: 0, reminded: 0 },
    ]);
    const reminded = await coordinator.post(`/api/v1/waves/${wave}/reminders`, {});
    expect(reminded.body).toEqual({ reminded: 2, skippedRecently: 0 });
    const olivos = await coordinator.post(`/api/v1/waves/${wave}/reminders`, { organisationId: ids.olivos });
    expect(olivos.status).toBe(400);
    expect(olivos.body.error.details.issues[0]).toMatchObject({
      path: 'organisationId',
      code: 'reminders.no_one_at_organisation',
    });
  });

  it('asks members in chosen roles, or a list of people', async () => {
    const { coordinator } = await newSurvey();
    const preview = (respondents: Record<string, unknown>) =>
      coordinator.post(`/api/v1/networks/${ids.network}/respondents-preview`, respondents);
    expect((await preview({ choice: 'everyone' })).body).toEqual({ asked: 6 });
    expect((await preview({ choice: 'roles', roles: ['coordinator', 'facilitator'] })).body).toEqual({
      asked: 2,
    });
    // Staff of member organisations have their organisation's role.
    expect((await preview({ choice: 'roles', roles: ['member'] })).body).toEqual({ asked: 4 });
    expect((await preview({ choice: 'people', personIds: [ids.ana, ids.rosa] })).body).toEqual({ asked: 2 });

    const { wave } = await openWith({ choice: 'people', personIds: [ids.ana, ids.rosa] });
    expect((await (await as('ana')).get(`/api/v1/waves/${wave}`)).body.youAreAsked).toBe(true);
    expect((await (await as('luis')).put(`/api/v1/waves/${wave}/response`, { nominations: [] })).status).toBe(
      403,
    );
    expect((await (await as('rosa')).put(`/api/v1/waves/${wave}/response`, { nominations: [] })).status).toBe(
      200,
    );
    const targets = await t.db.select().from(surveyWaveTargets).where(eq(surveyWaveTargets.waveId, wave));
    expect(targets.map((row) => row.personId).sort()).toEqual([ids.ana, ids.rosa].sort());
  });

  it('refuses a choice of respondents that names no one, or someone outside the network, writing nothing', async () => {
    const { coordinator, survey } = await newSurvey();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { choice: 'organisations', organisationIds: [] },
        'respondents.organisationIds',
        'respondents.choose_organisations',
      ],
      [
        { choice: 'organisations', organisationIds: [ids.elsewhere] },
        'respondents.organisationIds.0',
        'respondents.organisation_not_in_network',
      ],
      [{ choice: 'roles', roles: [] }, 'respondents.roles', 'respondents.choose_roles'],
      [{ choice: 'roles', roles: ['external_partner'] }, 'respondents', 'respondents.nobody'],
      [
        { choice: 'people', personIds: [ids.ana, ids.outsider] },
        'respondents.personIds.1',
        'respondents.person_not_in_network',
      ],
    ];
    for (const [respondents, path, code] of cases) {
      const response = await coordinator.post(`/api/v1/surveys/${survey.id}/waves`, {
        ...openWaveDates(),
        respondents,
      });
      expect(response.status, code).toBe(400);
      expect(response.body.error.details.issues, code).toContainEqual(
        expect.objectContaining({ path, code }),
      );
    }
    expect(await t.db.select().from(surveyWaves).where(eq(surveyWaves.surveyId, survey.id))).toEqual([]);
    const preview = await coordinator.post(`/api/v1/networks/${ids.network}/respondents-preview`, {
      choice: 'roles',
      roles: ['external_partner'],
    });
    expect(preview.body).toEqual({ asked: 0 });
    expect(
      (
        await (
          await as('ana')
        ).post(`/api/v1/networks/${ids.network}/respondents-preview`, { choice: 'everyone' })
      ).status,
    ).toBe(403);
  });

  it('finds the network’s organisations and respondents to choose from', async () => {
    const { coordinator } = await newSurvey();
    const organisations = await coordinator.get(
      `/api/v1/networks/${ids.network}/respondent-options?kind=organisation&q=ceip`,
    );
    expect(organisations.body.items.map((item: { name: string }) => item.name)).toEqual(['CEIP Las Eras']);
    const found = await coordinator.get(
      `/api/v1/networks/${ids.network}/respondent-options?kind=person&q=olmo`,
    );
    const names = found.body.items.map((item: { name: string }) => item.name);
    expect(names).toContain('Mariana Olmo');
    expect(names).not.toContain('Olga Fuera');
    expect(found.body.items.find((item: { name: string }) => item.name === 'Luis Olmo').detail).toBe(
      'CEIP Las Eras',
    );
  });

  it('needs a frequency for every tie on a scale to submit, and names each outsider once', async () => {
    const { wave, question } = await openWith({ choice: 'everyone' });
    const ana = await as('ana');
    const path = `/api/v1/waves/${wave}/response`;
    const unrated = [
      { questionId: question, personId: ids.luis, frequency: 2 },
      { questionId: question, personId: ids.rosa },
      { questionId: question, personId: ids.mariana },
    ];
    const refused = await ana.request('PUT', path, { nominations: unrated, submit: true }, ES);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues).toEqual([
      {
        path: 'nominations.1.frequency',
        code: 'nomination.frequency_needed',
        message: 'Elige con qué frecuencia y vuelve a enviar.',
      },
      {
        path: 'nominations.2.frequency',
        code: 'nomination.frequency_needed',
        message: 'Elige con qué frecuencia y vuelve a enviar.',
      },
    ]);
    expect((await ana.get(path)).body).toBeNull();
    // A draft may leave them for later.
    expect((await ana.put(path, { nominations: unrated })).body.status).toBe('draft');

    const twice = await ana.put(path, {
      nominations: [
        {
          questionId: question,
          outside: { name: 'Lucía Benítez', organisation: 'Biblioteca' },
          frequency: 0,
        },
        {
          questionId: question,
          outside: { name: ' lucia  BENITEZ ', organisation: 'biblioteca' },
          frequency: 1,
        },
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details.issues).toEqual([
      {
        path: 'nominations.1.outside',
        code: 'nomination.outsider_twice',
        message: 'This person is already named for this question.',
      },
    ]);
    const self = await ana.request(
      'PUT',
      path,
      { nominations: [{ questionId: question, personId: ids.ana }] },
      ES,
    );
    expect(self.body.error.details.issues[0]).toMatchObject({
      path: 'nominations.0.personId',
      message: 'Nombra a otras personas, no a ti.',
    });
    // The same refusal to an English reader: the same code and path, its own words.
    const selfEn = await ana.request('PUT', path, {
      nominations: [{ questionId: question, personId: ids.ana }],
    });
    expect(selfEn.status).toBe(self.status);
    expect(selfEn.body.error.details.issues[0]).toEqual({
      ...self.body.error.details.issues[0],
      message: 'Name others, not yourself.',
    });
    expect(selfEn.body.error.message).toBe('nominations.0.personId: Name others, not yourself.');
    expect(self.body.error.message).toBe('nominations.0.personId: Nombra a otras personas, no a ti.');
    // The draft is as it was.
    expect((await ana.get(path)).body.nominations).toHaveLength(3);
  });

  it('keeps a survey’s title and scale in both languages, and checks the Spanish labels', async () => {
    const { survey } = await newSurvey();
    expect(survey.titleEs).toMatch(/^Consejo /);
    expect(survey.questions[0]).toMatchObject({
      frequencyScale: ['Monthly', 'Weekly', 'Daily'],
      frequencyScaleEs: ['Cada mes', 'Cada semana', 'A diario'],
    });
    const coordinator = await as('coordinator');
    const spanishOnly = await coordinator.post(`/api/v1/networks/${ids.network}/surveys`, {
      titleEs: 'Solo en español',
      questions: [{ ...ADVICE, frequencyScaleEs: null }],
    });
    expect(spanishOnly.body).toMatchObject({ title: 'Solo en español', titleEs: 'Solo en español' });
    const [before] = await t.db.select({ n: count() }).from(surveys);
    for (const [body, path, code] of [
      [{ questions: [ADVICE] }, 'title', 'survey.title_needed'],
      [
        { title: 'Labels', questions: [{ ...ADVICE, frequencyScaleEs: ['Cada mes'] }] },
        'questions.0.frequencyScaleEs',
        'survey.scale_es_length',
      ],
      [
        { title: 'Labels', questions: [{ ...ADVICE, frequencyScale: null }] },
        'questions.0.frequencyScaleEs',
        'survey.scale_es_without_scale',
      ],
    ] as const) {
      const response = await coordinator.post(`/api/v1/networks/${ids.network}/surveys`, body);
      expect(response.status, code).toBe(400);
      expect(response.body.error.details.issues, code).toContainEqual(
        expect.objectContaining({ path, code }),
      );
    }
    expect(await t.db.select({ n: count() }).from(surveys)).toEqual([before]);
  });

  it('extends a wave, never closing before it opens, and never reopens a closed one', async () => {
    const { coordinator, wave } = await openWith({ choice: 'everyone' });
    const extended = await coordinator.patch(`/api/v1/waves/${wave}`, { closesOn: daysFromToday(60) });
    expect(extended.body.closesOn).toBe(daysFromToday(60));
    const before = await coordinator.request(
      'PATCH',
      `/api/v1/waves/${wave}`,
      { closesOn: daysFromToday(-20) },
      ES,
    );
    expect(before.status).toBe(400);
    expect(before.body.error.details.issues[0]).toMatchObject({
      path: 'closesOn',
      code: 'wave.closes_before_opening_date',
    });
    expect(before.body.error.details.issues[0].message).toMatch(
      /^La oleada no puede cerrarse antes de abrirse/,
    );
    expect((await coordinator.patch(`/api/v1/waves/${wave}`, {})).status).toBe(400);
    await coordinator.post(`/api/v1/waves/${wave}/close`);
    const closed = await coordinator.request(
      'PATCH',
      `/api/v1/waves/${wave}`,
      { closesOn: daysFromToday(90) },
      ES,
    );
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toBe('Esta oleada está cerrada: sus fechas forman parte del registro.');
  });
});

describe('survey messages', () => {
  it('words every refusal differently in Spanish, with the values in both', () => {
    for (const [key, text] of Object.entries(SURVEY_TEXTS)) expect(text.es, key).not.toBe(text.en);
    expect(tooManyNominations(3)).toEqual({
      en: 'At most 3 people for this question.',
      es: 'Como mucho 3 personas en esta pregunta.',
    });
  });

  it('sees the same outsider through case, accents and spaces', () => {
    expect(outsiderKey({ name: 'Lucía  Benítez ', organisation: 'Biblioteca' })).toBe(
      outsiderKey({ name: 'lucia benitez', organisation: 'BIBLIOTECA' }),
    );
    expect(outsiderKey({ name: 'Lucía Benítez', organisation: 'A' })).not.toBe(
      outsiderKey({ name: 'Lucía Benítez', organisation: 'B' }),
    );
  });
});
