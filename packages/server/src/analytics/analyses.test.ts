import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import type { TestClient } from '../test-support/http-client.js';
import { useTestApp } from '../test-support/test-app.js';
import { AnalysisGraph } from './analyses.schema.js';
import { runNextAnalysis, runQueuedAnalysis } from './run-analysis.js';
import { openWaveDates } from '../test-support/dates.js';

const ADVICE = {
  relation: 'advice',
  promptEn: 'Whom do you go to for advice?',
  promptEs: '¿A quién pides consejo?',
  maxNominations: 3,
  frequencyScale: ['Monthly', 'Weekly', 'Daily'],
};

describeOnEachEngine('network analyses', (open) => {
  const t = useTestApp(open);

  type Who = 'coordinator' | 'evaluator' | 'm1' | 'm2' | 'teacher';
  interface MappedNetwork {
    ids: Record<'network' | 'm1' | 'm2' | 'teacher' | 'wave', string>;
    /** The analyses the wave's closing queued; every queued analysis has run. */
    analyses: { id: string; level: string }[];
    /** A client signed in as one of the network's people. */
    as: (who: Who) => Promise<TestClient>;
  }

  /**
   * A network with a coordinator, an evaluator, two members and a member school with a teacher,
   * and one closed wave, analysed: m1 names m2 (daily), an outsider and the teacher; the teacher
   * names m1. Each network's people have their own emails, so that each test can have its own.
   */
  async function mappedNetwork(slug: string): Promise<MappedNetwork> {
    const network = await buildNetwork(t.db, { slug, name: 'Red Mapa' });
    const school = await buildOrganisation(t.db, { name: 'CEIP El Mapa' });
    const email = (who: Who) => `${who}.${slug}@example.org`;
    const people = {} as Record<Who, { id: string }>;
    for (const who of ['coordinator', 'evaluator', 'm1', 'm2', 'teacher'] as const) {
      people[who] = await buildPerson(t.db, { displayName: `Eva ${who}`, email: email(who), account: true });
    }
    await addMember(t.db, network.id, { personId: people.coordinator.id }, 'coordinator');
    await addMember(t.db, network.id, { personId: people.evaluator.id }, 'evaluator');
    await addMember(t.db, network.id, { personId: people.m1.id });
    await addMember(t.db, network.id, { personId: people.m2.id });
    await addMember(t.db, network.id, { organisationId: school.id });
    await affiliate(t.db, people.teacher.id, school.id);
    const as = (who: Who) => t.client().signIn(email(who));

    const coordinator = await as('coordinator');
    const survey = await coordinator.post(`/api/v1/networks/${network.id}/surveys`, {
      title: 'Mapa',
      questions: [ADVICE],
    });
    const question = survey.body.questions[0].id;
    const wave = await coordinator.post(`/api/v1/surveys/${survey.body.id}/waves`, openWaveDates());
    // A question on a frequency scale needs a frequency for every tie to submit.
    const answer = async (who: Who, nominations: unknown[]) => {
      const sent = await (
        await as(who)
      ).put(`/api/v1/waves/${wave.body.id}/response`, { nominations, submit: true });
      expect(sent.status).toBe(200);
    };
    await answer('m1', [
      { questionId: question, personId: people.m2.id, frequency: 2 },
      { questionId: question, outside: { name: 'Luis Prado', organisation: 'Universidad' }, frequency: 1 },
      { questionId: question, personId: people.teacher.id, frequency: 1 },
    ]);
    await answer('teacher', [{ questionId: question, personId: people.m1.id, frequency: 1 }]);
    const closed = await coordinator.post(`/api/v1/waves/${wave.body.id}/close`);
    while (await runNextAnalysis(t.db)) {
      // run every queued analysis, as the server's runner does in the background
    }
    return {
      ids: {
        network: network.id,
        m1: people.m1.id,
        m2: people.m2.id,
        teacher: people.teacher.id,
        wave: wave.body.id,
      },
      analyses: closed.body.analyses,
      as,
    };
  }

  // The tests that only read share one network; those that queue analyses or add waves build their own.
  let shared: MappedNetwork;
  beforeAll(async () => {
    shared = await mappedNetwork('red-mapa');
  });
  const fresh = () => mappedNetwork(`red-mapa-${randomUUID().slice(0, 8)}`);

  it('queues a people and an organisations analysis when a wave closes, and stores their measures', async () => {
    const { ids, analyses, as } = shared;
    expect(analyses.map((a) => a.level).sort()).toEqual(['organisations', 'people']);
    const member = await as('m2');
    const list = await member.get(`/api/v1/networks/${ids.network}/analyses`);
    expect(list.status).toBe(200);
    expect(list.body.permissions).toEqual({ request: false });
    const asCoordinator = await (await as('coordinator')).get(`/api/v1/networks/${ids.network}/analyses`);
    expect(asCoordinator.body.permissions).toEqual({ request: true });
    const ofWave = (level: string) =>
      list.body.items.find(
        (a: { level: string; waveId: string }) => a.level === level && a.waveId === ids.wave,
      );
    const people = ofWave('people');
    expect(people).toMatchObject({ status: 'done', waveId: ids.wave, error: null });
    // Six nodes (five members, one outsider) and four ties: 4 / (6 × 5).
    expect(people.graph).toMatchObject({ nodeCount: 6, edgeCount: 4, isolateCount: 2, memberCount: 5 });
    expect(people.graph.density).toBeCloseTo(4 / 30, 12);
    // Three ties stay inside the network, one goes out: (1 − 3) / 4.
    expect(people.graph.outwardEiIndex).toBeCloseTo(-0.5, 12);
    const organisations = ofWave('organisations');
    expect(organisations.graph).toMatchObject({ nodeCount: 1, edgeCount: 0 });
    // What is stored is what the schema documents: nothing missing, nothing undocumented.
    for (const analysis of [people, organisations])
      expect(() => AnalysisGraph.strict().parse(analysis.graph)).not.toThrow();
    // All the network's ties, the page's default, are analysed too: here the same ties as the wave's.
    const allTies = list.body.items.filter((a: { waveId: string | null }) => a.waveId === null);
    expect(allTies.map((a: { level: string }) => a.level).sort()).toEqual(['organisations', 'people']);
    const allPeople = allTies.find((a: { level: string }) => a.level === 'people');
    expect(allPeople).toMatchObject({ status: 'done', relation: null, graph: people.graph });
  });

  it('names people in the node table for evaluators and coordinators, and anonymises them for members', async () => {
    const { ids, as } = shared;
    const people = (
      await (await as('evaluator')).get(`/api/v1/networks/${ids.network}/analyses`)
    ).body.items.find((a: { level: string }) => a.level === 'people');
    const evaluator = await as('evaluator');
    const named = await evaluator.get(`/api/v1/analyses/${people.id}/nodes?sort=degree&order=desc&limit=3`);
    expect(named.body).toMatchObject({ named: true, total: 6 });
    expect(named.body.items[0]).toMatchObject({
      label: 'Eva m1',
      degree: 4,
      outDegree: 3,
      inDegree: 1,
      person: { id: ids.m1 },
    });
    const outsiders = await evaluator.get(`/api/v1/analyses/${people.id}/nodes?inNetwork=false`);
    expect(outsiders.body.items.map((n: { label: string }) => n.label)).toEqual(['Luis Prado (Universidad)']);
    // The organisation column: the teacher's school; the others have none.
    const all = await evaluator.get(`/api/v1/analyses/${people.id}/nodes?limit=10`);
    const affiliationOf = (label: string) =>
      all.body.items.find((n: { label: string }) => n.label === label)?.affiliation;
    expect(affiliationOf('Eva teacher')).toMatchObject({ name: 'CEIP El Mapa' });
    expect(affiliationOf('Eva m1')).toBeNull();
    // m1 alone joins m2, the teacher and the outsider to the rest: the one single point of failure.
    const cutPoints = await evaluator.get(`/api/v1/analyses/${people.id}/nodes?cutPoint=true`);
    expect(cutPoints.body.items.map((n: { label: string }) => n.label)).toEqual(['Eva m1']);
    const isolates = await evaluator.get(`/api/v1/analyses/${people.id}/nodes?isolate=true&sort=degree`);
    expect(isolates.body.items.map((n: { label: string }) => n.label).sort()).toEqual([
      'Eva coordinator',
      'Eva evaluator',
    ]);

    const member = await as('m2');
    const anonymous = await member.get(`/api/v1/analyses/${people.id}/nodes?sort=degree&order=desc`);
    expect(anonymous.body.named).toBe(false);
    expect(
      anonymous.body.items.every(
        (n: { label: string; person: unknown }) => /^#\d+$/.test(n.label) && n.person === null,
      ),
    ).toBe(true);
    expect(JSON.stringify(anonymous.body)).not.toContain('Luis Prado');
    // One school of one teacher is fewer than k people: its name is not shown to members.
    expect(JSON.stringify(anonymous.body)).not.toContain('CEIP El Mapa');
    expect((await t.client().get(`/api/v1/analyses/${people.id}/nodes`)).status).toBe(401);
    const outsider = await buildPerson(t.db, { email: 'outsider@example.org', account: true });
    expect(outsider.id).toBeTruthy();
    expect(
      (await (await t.client().signIn('outsider@example.org')).get(`/api/v1/analyses/${people.id}/nodes`))
        .status,
    ).toBe(404);
  });

  it('tells a member where they stand on the map, and nothing about anyone else', async () => {
    const { ids, as } = shared;
    const list = await (await as('m2')).get(`/api/v1/networks/${ids.network}/analyses`);
    const people = list.body.items.find(
      (a: { level: string; waveId: string }) => a.level === 'people' && a.waveId === ids.wave,
    );
    const m1 = await (await as('m1')).get(`/api/v1/analyses/${people.id}/position`);
    expect(m1.status).toBe(200);
    // m1 named m2, the outsider and the teacher, and the teacher named m1.
    expect(m1.body.position).toMatchObject({
      degree: 4,
      outDegree: 3,
      inDegree: 1,
      isolate: false,
      cutPoint: true,
    });
    expect(Object.keys(m1.body.position).sort()).toEqual([
      'betweenness',
      'brokerageRole',
      'communitySize',
      'cutPoint',
      'degree',
      'inDegree',
      'isolate',
      'outDegree',
    ]);
    const coordinator = await (await as('coordinator')).get(`/api/v1/analyses/${people.id}/position`);
    expect(coordinator.body.position).toMatchObject({ degree: 0, isolate: true, communitySize: null });
    expect(JSON.stringify(m1.body)).not.toMatch(/Eva|Luis|[0-9a-f]{8}-[0-9a-f]{4}/);
    const organisations = list.body.items.find((a: { level: string }) => a.level === 'organisations');
    expect((await (await as('m1')).get(`/api/v1/analyses/${organisations.id}/position`)).body).toEqual({
      position: null,
    });
  });

  it('lets coordinators and evaluators queue an analysis, and checks what they ask for', async () => {
    const { ids, as } = await fresh();
    const coordinator = await as('coordinator');
    const path = `/api/v1/networks/${ids.network}/analyses`;
    const queued = await coordinator.post(path, { level: 'people', relation: 'advice' });
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ status: 'queued', relation: 'advice', waveId: null, graph: null });
    expect((await coordinator.post(path, { level: 'schools' })).status).toBe(400);
    expect(
      (await coordinator.post(path, { level: 'people', waveId: '6f1c1d1e-0000-4000-8000-000000000000' }))
        .status,
    ).toBe(400);
    expect((await (await as('m1')).post(path, { level: 'people' })).status).toBe(403);
    expect(await runNextAnalysis(t.db)).toBe(true);
    const done = await coordinator.get(`/api/v1/analyses/${queued.body.id}`);
    expect(done.body).toMatchObject({ status: 'done', relation: 'advice', graph: { edgeCount: 4 } });
  });

  // Without python3 and networkx this is skipped with its reason, except in CI, where it fails.
  it.skipIf(NETWORKX_MISSING !== undefined && process.env.CI !== 'true')(
    `exports the graph as GraphML, GEXF and CSV that NetworkX reads back, named only for those who may see names${NETWORKX_MISSING ? ` (skipped: ${NETWORKX_MISSING})` : ''}`,
    async () => {
      if (NETWORKX_MISSING)
        throw new Error(`${NETWORKX_MISSING}: CI must check exports with NetworkX (see .ci/run)`);
      const { ids, as } = shared;
      const evaluator = await as('evaluator');
      const path = `/api/v1/networks/${ids.network}/graph?wave=${ids.wave}`;
      const graphml = await evaluator.get(`${path}&format=graphml`);
      expect(graphml.status).toBe(200);
      expect(graphml.headers.get('content-disposition')).toBe(
        'attachment; filename="red-mapa-people.graphml"',
      );
      const view = readWithNetworkx('graphml', String(graphml.body));
      expect(view).toMatchObject({ directed: true, nodes: 6, edges: 4 });
      expect(view.labels).toContain('Eva m1');
      expect(view.labels).toContain('Luis Prado (Universidad)');
      expect(view.degreeOf[ids.m1]).toBe('4');
      expect(
        readWithNetworkx('gexf', String((await evaluator.get(`${path}&format=gexf`)).body)),
      ).toMatchObject({ nodes: 6, edges: 4 });

      const member = await as('m2');
      const anonymous = String((await member.get(`${path}&format=graphml`)).body);
      expect(readWithNetworkx('graphml', anonymous)).toMatchObject({ nodes: 6, edges: 4, labels: [] });
      expect(anonymous).not.toContain('Eva');
      expect(anonymous).not.toContain(ids.m1);
      const nodes = await member.get(`${path}&format=csv&table=nodes`);
      expect(nodes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      // The anonymised view of the wave's analysis: six nodes, fewer than k = 5 of any kind but
      // the six as a whole, so each band and attribute is either shared by all or not shown.
      const [header, ...rows] = String(nodes.body).trim().split('\r\n');
      expect(header).toBe(
        'id,in_network,organisation,network,community,brokerageRole,isolate,cut_point,degree_band,betweenness_band,core_band,pagerank_band,closeness_band,eigenvector_band,constraint_band,effectiveSize_band',
      );
      expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
      expect(new Set(rows.map((row) => row.split(',').slice(1).join(',')))).toHaveProperty('size', 1);
      const edges = String((await member.get(`${path}&format=csv`)).body)
        .trim()
        .split('\r\n');
      expect(edges).toHaveLength(1 + 4 + 2); // the header, four ties, and a row for each of the two isolates
      expect((await member.get(`${path}&format=pdf`)).status).toBe(400);
      expect((await t.client().get(`${path}&format=csv`)).status).toBe(401);
    },
  );

  it('compares a wave with the previous one: ties gained and lost, density and E-I change', async () => {
    const { ids, as } = await fresh();
    const coordinator = await as('coordinator');
    const [survey] = (await coordinator.get(`/api/v1/networks/${ids.network}/surveys`)).body.items;
    const question = survey.questions[0].id;
    const wave = await coordinator.post(`/api/v1/surveys/${survey.id}/waves`, openWaveDates());
    const answer = async (who: Who, personId: string) => {
      const sent = await (
        await as(who)
      ).put(`/api/v1/waves/${wave.body.id}/response`, {
        nominations: [{ questionId: question, personId, frequency: 1 }],
        submit: true,
      });
      expect(sent.status).toBe(200);
    };
    await answer('m1', ids.m2);
    await answer('teacher', ids.m1);
    await answer('m2', ids.teacher);
    await coordinator.post(`/api/v1/waves/${wave.body.id}/close`);
    while (await runNextAnalysis(t.db)) {
      // run the new wave's analyses
    }
    const list = await coordinator.get(`/api/v1/networks/${ids.network}/analyses`);
    const ofWave = (waveId: string) =>
      list.body.items.find(
        (a: { level: string; waveId: string }) => a.level === 'people' && a.waveId === waveId,
      );
    // Before: m1→m2, m1→outsider, m1→teacher, teacher→m1. Now: m1→m2, teacher→m1, m2→teacher.
    const change = ofWave(wave.body.id).graph.changeSincePreviousWave;
    expect(change).toMatchObject({ previousWaveId: ids.wave, tiesGained: 1, tiesLost: 2 });
    expect(change.densityChange).toBeCloseTo(3 / 20 - 4 / 30, 12);
    expect(change.outwardEiChange).toBeCloseTo(-1 - -0.5, 12);
    expect(ofWave(ids.wave).graph.changeSincePreviousWave).toBeNull();
    expect(() => AnalysisGraph.strict().parse(ofWave(wave.body.id).graph)).not.toThrow();
  });

  it('fills in the change since the previous wave when the earlier wave’s analysis finishes last', async () => {
    const { ids, as } = await fresh();
    const coordinator = await as('coordinator');
    const survey = await coordinator.post(`/api/v1/networks/${ids.network}/surveys`, {
      title: 'Mapa dos',
      questions: [ADVICE],
    });
    const question = survey.body.questions[0].id;
    /** Opens a wave, has m1 name these people, closes it: the analyses it queued (not yet run). */
    const runWave = async (named: string[]) => {
      const wave = await coordinator.post(`/api/v1/surveys/${survey.body.id}/waves`, openWaveDates());
      const sent = await (
        await as('m1')
      ).put(`/api/v1/waves/${wave.body.id}/response`, {
        nominations: named.map((personId) => ({ questionId: question, personId, frequency: 1 })),
        submit: true,
      });
      expect(sent.status).toBe(200);
      const closed = await coordinator.post(`/api/v1/waves/${wave.body.id}/close`);
      const people = closed.body.analyses.find((a: { level: string }) => a.level === 'people');
      return { waveId: wave.body.id as string, analysisId: people.id as string };
    };
    const first = await runWave([ids.m2]);
    const second = await runWave([ids.m2, ids.teacher]);
    const changeOf = async (analysisId: string) =>
      (await coordinator.get(`/api/v1/analyses/${analysisId}`)).body.graph.changeSincePreviousWave;
    // The second wave's analysis finishes first: the first wave has no analysis yet.
    expect(await runQueuedAnalysis(t.db, second.analysisId)).toBe(true);
    expect(await changeOf(second.analysisId)).toBeNull();
    // The first wave's arrives later: the second's change is filled in, by the waves' order.
    expect(await runQueuedAnalysis(t.db, first.analysisId)).toBe(true);
    expect(await changeOf(first.analysisId)).toBeNull();
    const change = await changeOf(second.analysisId);
    expect(change).toMatchObject({ previousWaveId: first.waveId, tiesGained: 1, tiesLost: 0 });
    expect(change.densityChange).toBeGreaterThan(0);
    while (await runNextAnalysis(t.db)) {
      // the rest of the queue (organisations, all ties)
    }
  });
});

const NETWORKX_MISSING =
  spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0
    ? undefined
    : 'python3 with networkx is not available';

/** What NetworkX makes of a file: direction, counts, labels, and degree attributes by node id. */
function readWithNetworkx(format: 'graphml' | 'gexf', text: string) {
  const folder = mkdtempSync(join(tmpdir(), 'trellis-export-'));
  try {
    const file = join(folder, `graph.${format}`);
    writeFileSync(file, text);
    const script = `import json, sys, networkx as nx
g = nx.read_${format}(sys.argv[1])
print(json.dumps({"directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "labels": sorted(d["label"] for _, d in g.nodes(data=True) if "label" in d and ${format === 'gexf' ? 'False' : 'True'}),
  "degreeOf": {n: d.get("degree") for n, d in g.nodes(data=True)}}))`;
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`NetworkX could not read the ${format}: ${run.stderr}`);
    return JSON.parse(run.stdout) as {
      directed: boolean;
      nodes: number;
      edges: number;
      labels: string[];
      degreeOf: Record<string, string>;
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
