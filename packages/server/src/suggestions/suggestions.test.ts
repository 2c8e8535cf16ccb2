import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queueAnalysis } from '../analytics/analyses.queries.js';
import { runQueuedAnalysis } from '../analytics/run-analysis.js';
import { queryRows } from '../db/database.js';
import { networks } from '../networks/networks.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { surveys, surveyWaves } from '../surveys/surveys.table.js';
import { ties } from '../ties/ties.table.js';

/** The transition topic's key: what every spelling of it below is stored as. */
const TRANSITION = 'transitions';

/**
 * A hand-made network of five schools, whose people write their tags in Spanish or English. Ana
 * (school A) needs help with transitions and assessment and can help with reading. Around her: her own school's circle (Alba, Xavi) and Elena, whom she
 * named; Fede named her; Bruno brokers from Alba's circle to school D's triangle (Dario, Gil,
 * Yago); Carla (C) and Eva (E) have no ties at all; Hugo lists nothing.
 */
const PEOPLE = {
  ana: { school: 'A', needs: ['Tránsito primaria-secundaria', 'Evaluación'], expertise: ['lectura'] },
  alba: { school: 'A', expertise: ['primary–secondary transition'] },
  xavi: { school: 'A' },
  elena: { school: 'B', expertise: ['transición primaria-secundaria'] },
  bruno: { school: 'B', expertise: ['primary-secondary transition'] },
  hugo: { school: 'B' },
  carla: { school: 'C', expertise: ['assessment'] },
  fede: { school: 'C', expertise: ['Assessment'] },
  dario: { school: 'D' },
  gil: { school: 'D', needs: ['Reading'] },
  yago: { school: 'D', expertise: ['Tránsito entre etapas', 'música'] },
  eva: { school: 'E', expertise: ['assessment'] },
} as const;
type Name = keyof typeof PEOPLE;

const TIES: [Name, Name][] = [
  ['ana', 'alba'],
  ['alba', 'ana'],
  ['alba', 'xavi'],
  ['xavi', 'alba'],
  ['xavi', 'ana'],
  ['ana', 'xavi'],
  ['ana', 'elena'],
  ['elena', 'alba'],
  ['fede', 'ana'],
  ['alba', 'bruno'],
  ['bruno', 'dario'],
  ['dario', 'gil'],
  ['gil', 'dario'],
  ['gil', 'yago'],
  ['yago', 'gil'],
  ['yago', 'dario'],
  ['dario', 'yago'],
];

describeOnEachEngine('suggested connections', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<Name | 'network' | 'schoolA' | 'schoolD' | 'schoolE' | 'outsider', string>;
  const path = (query: string, network = 'red-transiciones') =>
    `/api/v1/networks/${network}/suggestions?${query}`;
  /** The analyses run before the tests (people, then organisations), which every suggestion reads. */
  const analyses: string[] = [];
  const as = (who: string) => t.client().signIn(`${who}@example.org`);
  const summary = (
    items: {
      person: { id: string } | null;
      organisation: { id: string; name: string } | null;
      reason: { kind: string };
    }[],
  ) =>
    items.map(
      (item) => `${item.person ? nameOf(item.person.id) : item.organisation?.name} ${item.reason.kind}`,
    );
  const nameOf = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0];

  beforeAll(async () => {
    const network = await buildNetwork(t.db, { slug: 'red-transiciones', name: 'Red de Transiciones' });
    ids.network = network.id;
    const schools: Record<string, string> = {};
    for (const letter of ['A', 'B', 'C', 'D', 'E']) {
      schools[letter] = (await buildOrganisation(t.db, { name: `School ${letter}` })).id;
      await addMember(t.db, network.id, { organisationId: schools[letter] });
    }
    Object.assign(ids, { schoolA: schools.A, schoolD: schools.D, schoolE: schools.E });
    for (const [name, details] of Object.entries(PEOPLE)) {
      const person = await buildPerson(t.db, {
        displayName: name[0]!.toUpperCase() + name.slice(1),
        email: `${name}@example.org`,
        account: true,
        needs: [...('needs' in details ? details.needs : [])],
        expertise: [...('expertise' in details ? details.expertise : [])],
      });
      await affiliate(t.db, person.id, schools[details.school]!);
      ids[name as Name] = person.id;
    }
    for (const [role, name] of [
      ['coordinator', 'Marta'],
      ['evaluator', 'Eloy'],
      ['facilitator', 'Fina'],
    ] as const) {
      const person = await buildPerson(t.db, {
        displayName: name,
        email: `${role}@example.org`,
        account: true,
      });
      await addMember(t.db, network.id, { personId: person.id }, role);
    }
    ids.outsider = (
      await buildPerson(t.db, { email: 'outsider@example.org', account: true, expertise: [TRANSITION] })
    ).id;
    await t.db.insert(ties).values(
      TIES.map(([from, to]) => ({
        networkId: network.id,
        fromPersonId: ids[from],
        toPersonId: ids[to],
        relation: 'advice' as const,
        source: 'import' as const,
      })),
    );
    for (const level of ['people', 'organisations'] as const) {
      const queued = await queueAnalysis(t.db, {
        networkId: ids.network,
        level,
        waveId: null,
        relation: null,
        requestedBy: null,
      });
      expect(await runQueuedAnalysis(t.db, queued.id)).toBe(true);
      analyses.push(queued.id);
    }
  });

  it('uses the latest analysed wave of the network’s main survey, names it, and follows the coordinators’ choice', async () => {
    // A second network of schools A and D: a main survey with two closed waves, and a small survey
    // with one later wave whose analysis finishes last.
    const network = await buildNetwork(t.db, { slug: 'red-oleadas', name: 'Red de Oleadas' });
    await addMember(t.db, network.id, { organisationId: ids.schoolA });
    await addMember(t.db, network.id, { organisationId: ids.schoolD });
    const coordinator = await buildPerson(t.db, { email: 'coordinator.oleadas@example.org', account: true });
    await addMember(t.db, network.id, { personId: coordinator.id }, 'coordinator');
    const [main, small] = await t.db
      .insert(surveys)
      .values([
        { networkId: network.id, title: 'Main survey' },
        { networkId: network.id, title: 'Small survey' },
      ])
      .returning();
    const wave = async (surveyId: string, number: number, opensOn: string, named: [Name, Name][]) => {
      const [row] = await t.db
        .insert(surveyWaves)
        .values({ surveyId, number, opensOn, closesOn: opensOn, status: 'closed', closedAt: new Date() })
        .returning();
      await t.db.insert(ties).values(
        named.map(([from, to]) => ({
          networkId: network.id,
          waveId: row!.id,
          fromPersonId: ids[from],
          toPersonId: ids[to],
          relation: 'advice' as const,
          source: 'survey' as const,
        })),
      );
      const queued = await queueAnalysis(t.db, {
        networkId: network.id,
        level: 'people',
        waveId: row!.id,
        relation: null,
        requestedBy: null,
      });
      return { waveId: row!.id, analysisId: queued.id };
    };
    const second = await wave(main!.id, 2, '2026-03-01', [
      ['ana', 'alba'],
      ['gil', 'dario'],
    ]);
    await wave(main!.id, 1, '2026-01-10', [['ana', 'alba']]);
    const later = await wave(small!.id, 1, '2026-04-01', [['ana', 'gil']]);
    for (const id of [second.analysisId, later.analysisId])
      expect(await runQueuedAnalysis(t.db, id)).toBe(true);
    const asCoordinator = await t.client().signIn('coordinator.oleadas@example.org');
    const suggestions = () => asCoordinator.get(path(`person=${ids.ana}`, 'red-oleadas'));
    // The main survey has the most closed waves; its wave 2 is the latest analysed (wave 1 is not).
    expect((await suggestions()).body.analysis).toMatchObject({
      id: second.analysisId,
      level: 'people',
      wave: { id: second.waveId, number: 2, survey: { id: main!.id, title: 'Main survey' } },
    });
    const settings = `/api/v1/networks/${network.id}/analysis-settings`;
    expect((await asCoordinator.get(settings)).body).toEqual({
      chosenMainSurveyId: null,
      mainSurvey: { id: main!.id, title: 'Main survey' },
      permissions: { update: true },
    });
    const chosen = await asCoordinator.put(settings, { mainSurveyId: small!.id });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({
      chosenMainSurveyId: small!.id,
      mainSurvey: { title: 'Small survey' },
    });
    expect((await suggestions()).body.analysis).toMatchObject({
      id: later.analysisId,
      wave: { number: 1, survey: { title: 'Small survey' } },
    });
    // Not a survey of this network: 400, nothing changed; members may read but not choose.
    const other = await asCoordinator.put(settings, { mainSurveyId: ids.network });
    expect(other.status).toBe(400);
    const ana = await as('ana');
    expect((await ana.get(settings)).body).toMatchObject({
      mainSurvey: { id: small!.id },
      permissions: { update: false },
    });
    expect((await ana.put(settings, { mainSurveyId: null })).status).toBe(403);
  });

  it('says there is no analysis yet, rather than suggesting on nothing', async () => {
    // Ana's school in a second network, which nothing has analysed.
    const unanalysed = await buildNetwork(t.db, { slug: 'red-sin-analisis' });
    await addMember(t.db, unanalysed.id, { organisationId: ids.schoolA });
    const response = await (await as('ana')).get(path(`person=${ids.ana}`, 'red-sin-analisis'));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      analysis: null,
      positionsShown: false,
      subject: { needs: [TRANSITION, 'assessment'], expertise: ['reading'] },
      items: [],
    });
  });

  it('suggests, to a coordinator, who reaches an isolate or a broker or another community, with the tags that match', async () => {
    // Run before the tests; done, so no longer queued: neither is run twice.
    for (const id of analyses) expect(await runQueuedAnalysis(t.db, id)).toBe(false);
    expect(
      await queryRows(
        t.db,
        sql`select level::text, status::text from analyses where network_id = ${ids.network} order by level`,
      ),
    ).toEqual([
      { level: 'organisations', status: 'done' },
      { level: 'people', status: 'done' },
    ]);
    const response = await (await as('coordinator')).get(path(`person=${ids.ana}`));
    expect(response.status).toBe(200);
    expect(response.body.positionsShown).toBe(true);
    // Alba shares Ana's school, Elena was named by her, Fede named her, Hugo lists nothing;
    // Dario lists nothing either, and the outsider is not in the network.
    expect(summary(response.body.items)).toEqual([
      'carla reaches_isolate',
      'eva reaches_isolate',
      'bruno broker',
      'yago bridges_communities',
      'gil bridges_communities',
    ]);
    const [carla, , bruno, yago, gil] = response.body.items;
    expect(carla).toEqual({
      person: { id: ids.carla, displayName: 'Carla' },
      organisation: { id: expect.any(String), name: 'School C' },
      reason: { kind: 'reaches_isolate', offers: ['assessment'], seeks: [], network: null },
    });
    expect(bruno.reason).toEqual({
      kind: 'broker',
      offers: [TRANSITION],
      seeks: [],
      network: { id: ids.network, name: 'Red de Transiciones' },
    });
    expect(yago.reason).toMatchObject({ offers: [TRANSITION], seeks: [] });
    expect(gil.reason).toMatchObject({ offers: [], seeks: ['reading'] });
  });

  it('gives a member their own suggestions on tags alone when the network keeps positions private', async () => {
    const response = await (await as('ana')).get(path(`person=${ids.ana}`));
    expect(response.body.positionsShown).toBe(false);
    // No position in the reasons nor in the order (two points per need met, one per need they have
    // that Ana meets, then names); Fede is not left out, as that would tell Ana that he named her.
    expect(summary(response.body.items)).toEqual([
      'bruno expertise_match',
      'carla expertise_match',
      'eva expertise_match',
      'fede expertise_match',
      'yago expertise_match',
      'gil expertise_match',
    ]);
    expect(
      response.body.items.every((item: { reason: { network: unknown } }) => item.reason.network === null),
    ).toBe(true);
  });

  it('explains positions to members too once the network opts in to named maps', async () => {
    await t.db.update(networks).set({ namedMapForMembers: true }).where(eq(networks.id, ids.network));
    try {
      const response = await (await as('ana')).get(path(`person=${ids.ana}`));
      expect(response.body.positionsShown).toBe(true);
      expect(summary(response.body.items).slice(0, 3)).toEqual([
        'carla reaches_isolate',
        'eva reaches_isolate',
        'bruno broker',
      ]);
    } finally {
      await t.db.update(networks).set({ namedMapForMembers: false }).where(eq(networks.id, ids.network));
    }
  });

  it('matches tags typed in either language through their topic, and free tags ignoring case and accents', async () => {
    const [xavi, hugo] = [await as('xavi'), await as('hugo')];
    try {
      const needs = await xavi.patch(`/api/v1/people/${ids.xavi}`, {
        needs: ['comprensión lectora', 'Huerto escolar'],
      });
      expect(needs.body.needs).toEqual(['reading', 'Huerto escolar']);
      await hugo.patch(`/api/v1/people/${ids.hugo}`, {
        expertise: ['Reading comprehension', 'huerto ESCOLAR'],
      });
      const response = await xavi.get(path(`person=${ids.xavi}`));
      expect(response.body.items).toEqual([
        expect.objectContaining({
          person: { id: ids.hugo, displayName: 'Hugo' },
          reason: {
            kind: 'expertise_match',
            offers: ['huerto ESCOLAR', 'reading'],
            seeks: [],
            network: null,
          },
        }),
      ]);
    } finally {
      await xavi.patch(`/api/v1/people/${ids.xavi}`, { needs: [] });
      await hugo.patch(`/api/v1/people/${ids.hugo}`, { expertise: [] });
    }
  });

  it('shows someone else’s suggestions only to coordinators, evaluators and admins', async () => {
    expect((await (await as('evaluator')).get(path(`person=${ids.ana}`))).status).toBe(200);
    for (const who of ['gil', 'facilitator']) {
      const response = await (await as(who)).get(path(`person=${ids.ana}`));
      expect(response.status, who).toBe(403);
      expect(response.body.error.code).toBe('FORBIDDEN');
    }
    expect((await (await as('outsider')).get(path(`person=${ids.outsider}`))).status).toBe(403);
    expect((await t.client().get(path(`person=${ids.ana}`))).status).toBe(401);
  });

  it('suggests organisations whose staff meet this school’s needs, with no ties between them yet', async () => {
    const response = await (await as('ana')).get(path(`organisation=${ids.schoolA}`));
    expect(response.status).toBe(200);
    expect(response.body.subject).toEqual({
      needs: ['assessment', TRANSITION],
      expertise: ['reading', TRANSITION],
    });
    // B and C are tied to A (Elena, Bruno, Fede); D and E are not.
    expect(summary(response.body.items)).toEqual([
      'School E reaches_isolate',
      expect.stringMatching(/^School D /),
    ]);
    expect(response.body.items[1].reason).toMatchObject({ offers: [TRANSITION], seeks: ['reading'] });
    expect(response.body.items[0].reason).toMatchObject({ offers: ['assessment'], seeks: [] });
  });

  it('answers bad requests with 400 and people or schools outside the network with 404', async () => {
    const coordinator = await as('coordinator');
    for (const query of [
      '',
      `person=${ids.ana}&organisation=${ids.schoolA}`,
      'person=not-a-uuid',
      'organisation=42',
    ]) {
      const response = await coordinator.get(path(query));
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    const outside = await buildOrganisation(t.db, { name: 'School Z' });
    for (const query of [
      `person=${ids.outsider}`,
      'person=6f1c1d1e-0000-4000-8000-000000000000',
      `organisation=${outside.id}`,
    ]) {
      const response = await coordinator.get(path(query));
      expect(response.status, query).toBe(404);
    }
    expect(
      (await coordinator.get(`/api/v1/networks/no-such-network/suggestions?person=${ids.ana}`)).status,
    ).toBe(404);
  });
});
