/**
 * The attack of issue 9, hole 1, replayed against a real analysis: a member lists the network's
 * people (memberships with their organisations, as any member may), then tries to name the nodes
 * of the anonymised map, node table and graph export — by lining the node order up with sorted
 * person ids, and by matching organisation, child network and measures to people. Ground truth
 * comes from the evaluator's named map: positions are the same layout, so (x, y) pairs the nodes.
 */
import { mulberry32 as random } from '@trellis/sna';
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
import { ties } from '../ties/ties.table.js';
import type { AnalysisMapBody } from './map.schema.js';
import { runQueuedAnalysis } from './run-analysis.js';

const K = 5;
// Schools of these sizes, a child network that IES A belongs to, and people with no school.
const SCHOOLS = { 'IES A': 14, 'IES B': 9, 'IES C': 6, 'IES D': 3, 'IES E': 2, 'IES F': 1 };
const WITHOUT_SCHOOL = 5;

/** What the attacker learns of the network's people from the API: id and organisation. */
interface Known {
  id: string;
  organisationId: string | null;
}

/** The attributes a node shows (everything but its position), as one comparable string. */
function visibleClasses(map: AnalysisMapBody): string[] {
  const { id: _id, label: _label, x: _x, y: _y, ...attributes } = map.nodes;
  const columns = Object.values(attributes) as unknown[][];
  return map.nodes.x.map((_, node) => JSON.stringify(columns.map((column) => column[node])));
}

const sizesOf = (keys: readonly string[]) => {
  const sizes = new Map<string, number>();
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  return sizes;
};

describeOnEachEngine('re-identifying the anonymised map (issue 9)', (open) => {
  const t = useTestApp(open);
  const ids = {} as { network: string; analysis: string; schoolOf: Map<string, string | null> };
  let member: TestClient;
  let truth: string[]; // person id (or "outside") of each anonymised node, by position
  let anonymised: AnalysisMapBody;

  beforeAll(async () => {
    const network = await buildNetwork(t.db, { slug: 'red-lectura', visibility: 'members' });
    const child = await buildNetwork(t.db, {
      slug: 'red-lectura-a',
      name: 'Lectura A',
      parentIds: [network.id],
    });
    ids.network = network.id;
    ids.schoolOf = new Map();
    const people: string[] = [];
    const coordinator = await buildPerson(t.db, { email: 'coordinator@example.org', account: true });
    await addMember(t.db, network.id, { personId: coordinator.id }, 'coordinator');
    for (const [name, size] of [...Object.entries(SCHOOLS), ['', WITHOUT_SCHOOL] as const]) {
      const school = name ? await buildOrganisation(t.db, { name }) : null;
      if (school && name === 'IES A') await addMember(t.db, child.id, { organisationId: school.id });
      for (let i = 0; i < size; i++) {
        const email = people.length === 0 ? 'member@example.org' : undefined;
        const person = await buildPerson(t.db, { ...(email ? { email, account: true } : {}) });
        if (school) await affiliate(t.db, person.id, school.id);
        await addMember(t.db, network.id, { personId: person.id });
        people.push(person.id);
        ids.schoolOf.set(person.id, school?.id ?? null);
      }
    }
    // Advice ties, mostly within a school, a few to people outside Trellis.
    const next = random(9);
    const rows: (typeof ties.$inferInsert)[] = [];
    for (const from of people) {
      const mates = people.filter((p) => p !== from && ids.schoolOf.get(p) === ids.schoolOf.get(from));
      const count = Math.floor(next() * 4);
      for (let i = 0; i < count; i++) {
        const pool = next() < 0.75 && mates.length ? mates : people.filter((p) => p !== from);
        const to = pool[Math.floor(next() * pool.length)]!;
        if (!rows.some((row) => row.fromPersonId === from && row.toPersonId === to))
          rows.push({
            networkId: network.id,
            fromPersonId: from,
            toPersonId: to,
            relation: 'advice',
            source: 'import',
          });
      }
    }
    for (const [from, outside] of [
      [people[3]!, 'Luis Prado'],
      [people[20]!, 'Marta Gil'],
    ] as const)
      rows.push({
        networkId: network.id,
        fromPersonId: from,
        toOutsideName: outside,
        relation: 'advice',
        source: 'import',
      });
    await t.db.insert(ties).values(rows);

    const asCoordinator = await t.client().signIn('coordinator@example.org');
    const queued = await asCoordinator.post(`/api/v1/networks/${network.id}/analyses`, { level: 'people' });
    ids.analysis = queued.body.id;
    expect(await runQueuedAnalysis(t.db, ids.analysis)).toBe(true);

    const named = (await asCoordinator.get<AnalysisMapBody>(`/api/v1/analyses/${ids.analysis}/map`)).body;
    member = await t.client().signIn('member@example.org');
    anonymised = (await member.get<AnalysisMapBody>(`/api/v1/analyses/${ids.analysis}/map`)).body;
    expect([named.showsNames, anonymised.showsNames, anonymised.status]).toEqual([true, false, 'ready']);
    const whoAt = new Map(
      named.nodes.x.map((x, i) => [`${x},${named.nodes.y[i]}`, named.nodes.id[i] ?? 'outside']),
    );
    truth = anonymised.nodes.x.map((x, p) => whoAt.get(`${x},${anonymised.nodes.y[p]}`)!);
    expect(new Set(truth).size).toBe(truth.length - 1); // every position paired; two outsiders
  });

  /** Everyone the attacker can list: the network's person members, each with their organisation. */
  async function listPeople(): Promise<Known[]> {
    const known: Known[] = [];
    let cursor: string | null = null;
    do {
      const page: {
        body: {
          items: { member: { type: string; id: string; organisations?: { id: string }[] } }[];
          nextCursor: string | null;
        };
      } = await member.get(
        `/api/v1/networks/${ids.network}/memberships?type=person&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      for (const { member: m } of page.body.items)
        known.push({ id: m.id, organisationId: m.organisations?.[0]?.id ?? null });
      cursor = page.body.nextCursor;
    } while (cursor);
    return known;
  }

  it('lines the node order up with sorted person ids no better than chance', async () => {
    const known = await listPeople();
    expect(known).toHaveLength(1 + 35 + WITHOUT_SCHOOL);
    // The attack: people nodes came in person id order, outsiders after them.
    const guess = known.map((person) => person.id).sort();
    const right = guess.filter((id, position) => truth[position] === id).length;
    // A random order puts on average one node where sorted ids would (the matches of a random
    // permutation are nearly Poisson with mean 1): ten or more happens about once in nine million
    // runs, so the test does not fail by chance (six or more, once in 1,700, did). Before the fix
    // all 41 were right.
    expect(right).toBeLessThan(10);
    // Nor does the order of the ties say anything: they are sorted by position.
    const keys = anonymised.edges.source.map((s, e) => s * 1e6 + anonymised.edges.target[e]!);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('shows no attribute or combination of attributes that fewer than k nodes share', () => {
    const sizes = sizesOf(visibleClasses(anonymised));
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(K);
    expect(anonymised.anonymity?.k).toBe(K);
    for (const bands of Object.values(anonymised.anonymity!.bands))
      for (const band of bands) expect(band.count).toBeGreaterThanOrEqual(K);
    // …and stays useful: the three schools of six or more colour the map; the others do not.
    expect(anonymised.groups.map((group) => group.name).sort()).toEqual(['IES A', 'IES B', 'IES C']);
    expect(anonymised.nodes.group.filter((g) => g !== null && g >= 0).length).toBeGreaterThanOrEqual(K * 3);
    expect(anonymised.anonymity!.bands.degree.length).toBeGreaterThan(1);
  });

  it('leaves every person among at least k nodes their known organisation fits', async () => {
    const known = await listPeople();
    const groupId = (node: number) => {
      const group = anonymised.nodes.group[node];
      return group === null || group === undefined
        ? undefined
        : group === -1
          ? null
          : anonymised.groups[group]!.id;
    };
    for (const person of known) {
      // Every node that could be this person, from what the attacker knows and the map shows.
      const candidates = anonymised.nodes.x.filter((_, node) => {
        const shown = groupId(node);
        return (
          (shown === undefined || shown === person.organisationId) &&
          anonymised.nodes.inNetwork[node] !== false
        );
      });
      expect(candidates.length, person.id).toBeGreaterThanOrEqual(K);
    }
    // The person alone at IES F is among the map's "other" nodes, not singled out.
    const alone = known.find(
      (person) =>
        person.organisationId !== null &&
        [...known].filter((p) => p.organisationId === person.organisationId).length === 1,
    )!;
    const node = truth.indexOf(alone.id);
    expect(anonymised.nodes.group[node]).toBeNull();
  });

  it('answers the node table from the same view: same positions, bands, filters on whole classes only', async () => {
    const path = `/api/v1/analyses/${ids.analysis}/nodes`;
    const page = (await member.get(`${path}?sort=betweenness&order=desc&limit=500`)).body;
    expect(page).toMatchObject({ named: false, total: truth.length, anonymity: { k: K } });
    for (const item of page.items) {
      expect(item.label).toBe(`#${item.index}`);
      expect(item.person).toBeNull();
      expect(item.degree).toBe(anonymised.nodes.degree[item.index]);
      expect(item.community).toBe(anonymised.nodes.community[item.index]);
      expect([item.inDegree, item.outDegree, item.clustering]).toEqual([null, null, null]);
    }
    // Sorted by band only: within a band, the keyed order, not the exact values.
    const bands = page.items.map((item: { betweenness: number | null }) => item.betweenness ?? -1);
    expect(bands).toEqual([...bands].sort((a, b) => b - a));
    for (let i = 1; i < page.items.length; i++)
      if (page.items[i].betweenness === page.items[i - 1].betweenness)
        expect(page.items[i].index).toBeGreaterThan(page.items[i - 1].index);

    // No combination of filters narrows the table to fewer than k (but more than none).
    const communities = new Set(anonymised.nodes.community.filter((c) => c !== null));
    const flags = ['', 'true', 'false'];
    const totals: number[] = [];
    for (const isolate of flags)
      for (const cutPoint of flags)
        for (const inNetwork of flags)
          for (const community of ['', ...communities]) {
            const query = new URLSearchParams({
              isolate,
              cutPoint,
              inNetwork,
              community: String(community),
              limit: '1',
            });
            for (const [name, value] of [...query]) if (value === '') query.delete(name);
            totals.push((await member.get(`${path}?${query}`)).body.total);
          }
    for (const role of ['coordinator', 'gatekeeper', 'representative', 'consultant', 'liaison'])
      totals.push((await member.get(`${path}?brokerageRole=${role}&limit=1`)).body.total);
    expect(totals.filter((total) => total > 0 && total < K)).toEqual([]);
  });

  it('exports the same view: the map’s positions as ids, no class of fewer than k', async () => {
    const path = `/api/v1/networks/${ids.network}/graph?format=csv`;
    const nodes = String((await member.get(`${path}&table=nodes`)).body)
      .trim()
      .split('\r\n');
    const [header, ...rows] = nodes;
    expect(header!.split(',')).toContain('degree_band');
    expect(rows).toHaveLength(truth.length);
    const classes = rows.map((row) => row.slice(row.indexOf(',') + 1));
    expect(Math.min(...sizesOf(classes).values())).toBeGreaterThanOrEqual(K);
    // n<position>, with the map's organisation at that position.
    const organisationColumn = header!.split(',').indexOf('organisation');
    for (const row of rows) {
      const cells = row.split(',');
      const position = Number(cells[0]!.slice(1));
      const group = anonymised.nodes.group[position];
      const expected =
        group === null || group === undefined
          ? 'not shown'
          : group === -1
            ? ''
            : anonymised.groups[group]!.name;
      expect(cells[organisationColumn]).toBe(expected);
    }
    const edges = String((await member.get(path)).body)
      .trim()
      .split('\r\n')
      .slice(1);
    const drawn = anonymised.edges.source.map((s, e) => `n${s},n${anonymised.edges.target[e]}`);
    const exported = edges
      .filter((row) => !row.endsWith(',,'))
      .map((row) => row.split(',').slice(0, 2).join(','));
    expect(exported).toEqual(drawn);
    const file = String((await member.get(`${path}&table=nodes`)).body);
    for (const id of truth) if (id !== 'outside') expect(file).not.toContain(id);
  });
});
