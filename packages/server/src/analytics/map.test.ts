import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
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
import { ties } from '../ties/ties.table.js';
import { analyses, analysisMaps, analysisNodes } from './analyses.table.js';
import { layOutNextMissingMap } from './map.jobs.js';
import type { AnalysisMapBody } from './map.schema.js';
import { runNextAnalysis } from './run-analysis.js';
import { openWaveDates } from '../test-support/dates.js';

const ADVICE = {
  relation: 'advice',
  promptEn: 'Whom do you go to for advice?',
  promptEs: '¿A quién pides consejo?',
  maxNominations: 5,
  frequencyScale: ['Monthly', 'Weekly', 'Daily'],
};

type Who = 'coordinator' | 'evaluator' | 'a1' | 'a2' | 'b1' | 'b2';
type Nomination = Who | { outside: string } | { who: Who; frequency: number };

/**
 * Red Mapa (members only) has two child networks: Red Alfa, whose member is the school IES Alfa
 * (a1, a2 work there), and Red Beta, of which b1 is a member in person. b1 and b2 work at IES Beta,
 * which belongs to no child network. The coordinator and evaluator have no organisation.
 */
describeOnEachEngine('the stored map of an analysis', (open) => {
  const t = useTestApp(open);
  const id = {} as Record<Who | 'network' | 'alfa' | 'beta', string>;
  const waves: { id: string; people: string; organisations: string }[] = [];

  /** Opens a wave, has each person answer, closes it and runs its analyses (maps included). */
  async function runWave(
    survey: { id: string; question: string },
    answers: Partial<Record<Who, Nomination[]>>,
  ) {
    const coordinator = await t.client().signIn('coordinator@example.org');
    const wave = await coordinator.post(`/api/v1/surveys/${survey.id}/waves`, openWaveDates());
    for (const [who, nominations] of Object.entries(answers)) {
      const client = await t.client().signIn(`${who}@example.org`);
      const response = await client.put(`/api/v1/waves/${wave.body.id}/response`, {
        submit: true,
        nominations: nominations.map((n) =>
          typeof n === 'string'
            ? { questionId: survey.question, personId: id[n], frequency: 1 }
            : 'outside' in n
              ? {
                  questionId: survey.question,
                  outside: { name: n.outside, organisation: 'Universidad' },
                  frequency: 1,
                }
              : { questionId: survey.question, personId: id[n.who], frequency: n.frequency },
        ),
      });
      expect(response.status).toBe(200);
    }
    const closed = await coordinator.post(`/api/v1/waves/${wave.body.id}/close`);
    const analysisOf = (level: string) =>
      closed.body.analyses.find((a: { level: string }) => a.level === level).id;
    waves.push({
      id: wave.body.id,
      people: analysisOf('people'),
      organisations: analysisOf('organisations'),
    });
    while (await runNextAnalysis(t.db)) {
      // as the server's runner does in the background
    }
  }

  beforeAll(async () => {
    const network = await buildNetwork(t.db, { slug: 'red-mapa', name: 'Red Mapa', visibility: 'members' });
    const alfaSchool = await buildOrganisation(t.db, { name: 'IES Alfa' });
    const betaSchool = await buildOrganisation(t.db, { name: 'IES Beta' });
    const alfa = await buildNetwork(t.db, { slug: 'red-alfa', name: 'Red Alfa', parentIds: [network.id] });
    const beta = await buildNetwork(t.db, { slug: 'red-beta', name: 'Red Beta', parentIds: [network.id] });
    Object.assign(id, { network: network.id, alfa: alfa.id, beta: beta.id });
    for (const who of ['coordinator', 'evaluator', 'a1', 'a2', 'b1', 'b2'] as const) {
      const person = await buildPerson(t.db, {
        displayName: `Ana ${who}`,
        email: `${who}@example.org`,
        account: true,
      });
      id[who] = person.id;
      const role = who === 'coordinator' || who === 'evaluator' ? who : 'member';
      await addMember(t.db, network.id, { personId: person.id }, role);
    }
    for (const who of ['a1', 'a2'] as const) await affiliate(t.db, id[who], alfaSchool.id);
    for (const who of ['b1', 'b2'] as const) await affiliate(t.db, id[who], betaSchool.id);
    await addMember(t.db, alfa.id, { organisationId: alfaSchool.id });
    await addMember(t.db, beta.id, { personId: id.b1 });
    await buildPerson(t.db, { email: 'outsider@example.org', account: true });

    const coordinator = await t.client().signIn('coordinator@example.org');
    const survey = await coordinator.post(`/api/v1/networks/${network.id}/surveys`, {
      title: 'Mapa',
      questions: [ADVICE],
    });
    const question = { id: survey.body.id, question: survey.body.questions[0].id };
    // Between two people with an organisation: three ties inside one, two across.
    await runWave(question, {
      a1: [{ who: 'a2', frequency: 2 }, 'b1', 'coordinator', { outside: 'Luis Prado' }],
      a2: ['a1'],
      b1: ['b2'],
      b2: ['a2'],
    });
    // Four ties across organisations, one inside.
    await runWave(question, { a1: ['b1', 'b2'], a2: ['b1'], b1: ['a1'], b2: ['b1'] });
  });

  const getMap = async (who: string, analysisId: string) =>
    (await t.client().signIn(`${who}@example.org`)).get<AnalysisMapBody>(
      `/api/v1/analyses/${analysisId}/map`,
    );

  it('reports the E-I index within vs across organisations, and its change since the previous wave', async () => {
    const member = await t.client().signIn('b2@example.org');
    const [first, second] = await Promise.all(
      waves.map(async (wave) => (await member.get(`/api/v1/analyses/${wave.people}`)).body.graph),
    );
    // Ties to the coordinator (no organisation) and to the outsider are left out: (2 − 3) / 5.
    expect(first.organisationEiIndex).toBeCloseTo(-0.2, 12);
    // The E-I of groups counts them as across, each being a group of their own: (4 − 3) / 7.
    expect(first.attribute.eiIndex).toBeCloseTo(1 / 7, 12);
    expect(second.organisationEiIndex).toBeCloseTo(0.6, 12);
    expect(second.changeSincePreviousWave.organisationEiChange).toBeCloseTo(0.8, 12);
    const organisations = (await member.get(`/api/v1/analyses/${waves[0]!.organisations}`)).body.graph;
    expect(organisations.organisationEiIndex).toBeNull();
  });

  it('answers the laid-out map with names, groups, child networks and the ties for an evaluator', async () => {
    const response = await getMap('evaluator', waves[0]!.people);
    expect(response.status).toBe(200);
    const map = response.body;
    expect(map).toMatchObject({ status: 'ready', level: 'people', showsNames: true });
    expect(map.groups.map((g) => g.name)).toEqual(['IES Alfa', 'IES Beta']);
    expect(map.networks.map((n) => n.slug)).toEqual(['red-alfa', 'red-beta']);
    const { nodes } = map;
    expect(nodes.label).toHaveLength(7); // six members and the outsider
    const at = (who: Who) => nodes.id.indexOf(id[who]);
    expect(nodes.label[at('a1')]).toBe('Ana a1');
    expect(nodes.label).toContain('Luis Prado (Universidad)');
    const outsider = nodes.label.indexOf('Luis Prado (Universidad)');
    expect([nodes.id[outsider], nodes.group[outsider], nodes.inNetwork[outsider]]).toEqual([null, -1, false]);
    expect(['a1', 'a2', 'b1', 'b2', 'coordinator'].map((who) => nodes.group[at(who as Who)])).toEqual([
      0, 0, 1, 1, -1,
    ]);
    // a1 and a2 through their school, b1 in person; b2's school is in no child network.
    expect(['a1', 'a2', 'b1', 'b2'].map((who) => nodes.network[at(who as Who)])).toEqual([0, 0, 1, -1]);
    expect(nodes.degree[at('a1')]).toBe(5);
    expect(nodes.isolate[at('evaluator')]).toBe(true);
    expect([...nodes.x, ...nodes.y].every(Number.isFinite)).toBe(true);
    expect(new Set(nodes.x).size).toBe(7);
    expect(Date.parse(map.computedAt!)).not.toBeNaN();

    const stored = await t.db.select().from(ties).where(eq(ties.waveId, waves[0]!.id));
    const labelOf = (personId: string | null, outsideName: string | null) =>
      personId ? nodes.label[nodes.id.indexOf(personId)] : `${outsideName} (Universidad)`;
    const expected = stored.map(
      (tie) =>
        `${labelOf(tie.fromPersonId, null)} → ${labelOf(tie.toPersonId, tie.toOutsideName)} ${tie.weight}`,
    );
    const drawn = map.edges.source.map(
      (source, e) => `${nodes.label[source]} → ${nodes.label[map.edges.target[e]!]} ${map.edges.weight[e]}`,
    );
    expect(drawn.sort()).toEqual(expected.sort());
    expect(drawn).toContain('Ana a1 → Ana a2 3'); // frequency point 2, plus one
  });

  it('lays out the same snapshot the same way again, and answers pending while it has no map', async () => {
    const before = (await getMap('evaluator', waves[0]!.people)).body;
    // An analysis stored before maps existed has no map row.
    await t.db.delete(analysisMaps).where(eq(analysisMaps.analysisId, waves[0]!.people));
    const pending = (await getMap('evaluator', waves[0]!.people)).body;
    expect(pending).toMatchObject({ status: 'pending', computedAt: null, groups: [], networks: [] });
    expect([pending.nodes.x, pending.nodes.label, pending.edges.source]).toEqual([[], [], []]);

    expect(await layOutNextMissingMap(t.db, new Set())).toBe(true);
    expect(await layOutNextMissingMap(t.db, new Set())).toBe(false);
    const after = (await getMap('evaluator', waves[0]!.people)).body;
    expect(after.status).toBe('ready');
    expect([after.nodes.x, after.nodes.y, after.edges]).toEqual([
      before.nodes.x,
      before.nodes.y,
      before.edges,
    ]);
  });

  it('sends measures too small for single precision as zero instead of failing', async () => {
    // Eigenvector centrality in a small component of a large network can be 1e-60.
    const analysisId = waves[1]!.people;
    await t.db
      .update(analysisNodes)
      .set({ eigenvector: 1e-60, pagerank: -1e-50 })
      .where(eq(analysisNodes.analysisId, analysisId));
    const map = (await getMap('evaluator', analysisId)).body;
    expect(map.status).toBe('ready');
    expect(new Set([...map.nodes.eigenvector, ...map.nodes.pagerank])).toEqual(new Set([0]));
  });

  it('anonymises people for members unless the network opts in; organisations keep their names', async () => {
    const member = (await getMap('a2', waves[0]!.people)).body;
    expect(member).toMatchObject({ status: 'ready', showsNames: false });
    expect(member.nodes.id.every((value) => value === null)).toBe(true);
    expect(member.nodes.label.every((value) => value === null)).toBe(true);
    expect(JSON.stringify(member)).not.toMatch(/Ana |Luis Prado|outsider/);
    // Two people at each school, one outsider among six members: with k = 5 nothing is shown
    // on any node (the attack test, anonymity.attack.test.ts, has a map large enough to show some).
    expect(member.groups).toEqual([]);
    expect(member.anonymity?.k).toBe(5);
    for (const attribute of ['group', 'inNetwork', 'brokerageRole', 'community'] as const)
      expect(new Set<unknown>(member.nodes[attribute])).toEqual(new Set([null]));
    // Seven nodes make one band of each measure: the same for everyone.
    expect(member.anonymity?.bands.degree).toEqual([{ min: 0, max: 5, count: 7 }]);
    expect(new Set(member.nodes.degree)).toEqual(new Set([0]));
    expect(member.edges.source).toHaveLength(7);

    const schools = (await getMap('a2', waves[0]!.organisations)).body;
    expect(schools).toMatchObject({ status: 'ready', level: 'organisations', showsNames: true });
    expect(schools.nodes.label.sort()).toEqual(['IES Alfa', 'IES Beta']);

    expect((await getMap('coordinator', waves[0]!.people)).body.showsNames).toBe(true);
    await t.db.update(networks).set({ namedMapForMembers: true }).where(eq(networks.id, id.network));
    try {
      const named = (await getMap('a2', waves[0]!.people)).body;
      expect(named.showsNames).toBe(true);
      expect(named.nodes.id).toContain(id.a1);
      expect(named.nodes.label).toContain('Ana a1');
    } finally {
      await t.db.update(networks).set({ namedMapForMembers: false }).where(eq(networks.id, id.network));
    }
  });

  it('names a members-only child network only to those who may see it (issue 9, hole 4)', async () => {
    // Named for members, so that a member's map lists child networks at all (k hides them otherwise).
    await t.db.update(networks).set({ visibility: 'members' }).where(eq(networks.id, id.beta));
    await t.db.update(networks).set({ namedMapForMembers: true }).where(eq(networks.id, id.network));
    try {
      const slugs = async (who: Who) =>
        (await getMap(who, waves[0]!.people)).body.networks.map((n) => n.slug);
      expect(await slugs('evaluator')).toEqual(['red-alfa']);
      expect(await slugs('a1')).toEqual(['red-alfa']);
      expect(await slugs('b1')).toEqual(['red-alfa', 'red-beta']);
      const evaluatorMap = (await getMap('evaluator', waves[0]!.people)).body;
      expect(evaluatorMap.nodes.network[evaluatorMap.nodes.id.indexOf(id.b1)]).toBe(-1);
    } finally {
      await t.db.update(networks).set({ visibility: 'public' }).where(eq(networks.id, id.beta));
      await t.db.update(networks).set({ namedMapForMembers: false }).where(eq(networks.id, id.network));
    }
  });

  it('answers pending before the analysis has run, failed when it failed, and refuses others', async () => {
    const coordinator = await t.client().signIn('coordinator@example.org');
    const queued = await coordinator.post(`/api/v1/networks/${id.network}/analyses`, { level: 'people' });
    const pending = (await getMap('a1', queued.body.id)).body;
    expect(pending).toMatchObject({ analysisId: queued.body.id, status: 'pending', showsNames: false });
    expect(pending.nodes.degree).toEqual([]);

    await t.db.update(analyses).set({ status: 'failed' }).where(eq(analyses.id, queued.body.id));
    const failed = (await getMap('a1', queued.body.id)).body;
    expect(failed).toMatchObject({ status: 'failed', computedAt: null });
    expect(failed.edges.source).toEqual([]);

    expect((await getMap('outsider', waves[0]!.people)).status).toBe(404);
    expect((await getMap('a1', '6f1c1d1e-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await getMap('a1', 'not-an-id');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((await t.client().get(`/api/v1/analyses/${waves[0]!.people}/map`)).status).toBe(401);
  });
});
