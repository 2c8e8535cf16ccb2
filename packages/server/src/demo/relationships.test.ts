/**
 * The demo region's relationship data, generated at full scale (no database): people's needs, the
 * surveys and their waves, and the structure of the advice networks the answers describe.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoRegion } from './build-demo-region.js';
import type { DemoPerson, DemoRegion, SurveyNominationRow, SurveyResponseRow } from './region.js';
import { eligiblePeople } from './surveys.js';

/** Items by key (Map.groupBy arrives with Node.js 21). */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

let region: DemoRegion;
beforeAll(() => {
  region = generateDemoRegion();
});

describe('needs', () => {
  it('gives everyone 0–2 needs, never one of their own expertise, leaning to what their school lacks', () => {
    const counts = [0, 0, 0];
    for (const { row } of region.people) {
      counts[row.needs!.length]! += 1;
      expect(row.needs!.filter((need) => row.expertise!.includes(need))).toEqual([]);
    }
    // Each count is common (docs/demo-region.md states today's); one need is the most usual.
    for (const count of counts) expect(count).toBeGreaterThan(region.people.length / 6);
    expect(Math.max(...counts)).toBe(counts[1]);
    const share = (people: DemoPerson[], tag: string) =>
      people.filter((p) => p.row.needs!.includes(tag)).length / people.length;
    const staff = region.schools.flatMap((school) => school.staff);
    const rural = staff.filter((person) => person.organisation.row.rural);
    const urban = staff.filter((person) => !person.organisation.row.rural);
    expect(share(rural, 'rural schools')).toBeGreaterThan(3 * share(urban, 'rural schools'));
  });
});

/** One wave's answers, with the facts the structure checks need. */
interface WaveAnswers {
  network: string;
  number: number;
  eligible: Set<DemoPerson>;
  responses: SurveyResponseRow[];
  nominations: SurveyNominationRow[];
  /** Each response's respondent. */
  respondentOf: Map<string, DemoPerson>;
}

function wavesOfRegion(): WaveAnswers[] {
  const people = new Map(region.people.map((person) => [person.row.id, person]));
  const organisations = new Map([...region.schools, ...region.otherOrganisations].map((o) => [o.row.id, o]));
  const byResponse = groupBy(region.rows.surveyNominations, (nomination) => nomination.responseId);
  const byWave = groupBy(region.rows.surveyResponses, (response) => response.waveId);
  const respondentOf = new Map(
    region.rows.surveyResponses.map((response) => [response.id, people.get(response.respondentId)!]),
  );
  return region.rows.surveyWaves.map((wave) => {
    const survey = region.rows.surveys.find((candidate) => candidate.id === wave.surveyId)!;
    const network = region.networks.find((candidate) => candidate.row.id === survey.networkId)!;
    const responses = byWave.get(wave.id) ?? [];
    return {
      network: network.row.slug,
      number: wave.number,
      eligible: eligiblePeople(region, network, people, organisations),
      responses,
      nominations: responses.flatMap((response) => byResponse.get(response.id) ?? []),
      respondentOf,
    };
  });
}

describe('relationship surveys', () => {
  let waves: WaveAnswers[];
  let person: Map<string, DemoPerson>;
  beforeAll(() => {
    waves = wavesOfRegion();
    person = new Map(region.people.map((p) => [p.row.id, p]));
  });

  it('runs one advice survey in each active network and the regional one, with the documented waves', () => {
    const { rows } = region;
    const active = region.networks.filter((network) => network.row.status === 'active');
    expect(rows.surveys.map((survey) => survey.networkId).sort()).toEqual(
      active.map((network) => network.row.id).sort(),
    );
    expect(rows.surveys).toHaveLength(12);
    expect(rows.surveyWaves).toHaveLength(25);
    // 1–10 nominations per response, some responses naming no one.
    expect(rows.surveyNominations.length).toBeGreaterThan(rows.surveyResponses.length);
    expect(rows.surveyNominations.length).toBeLessThan(10 * rows.surveyResponses.length);
    expect(rows.surveyWaves.filter((wave) => wave.status === 'open').map((wave) => wave.number)).toEqual([3]);
    const open = waves.find((wave) => wave.number === 3)!;
    expect(open).toMatchObject({ network: 'lectura-compartida', responses: [] });
    const regional = waves.find((wave) => wave.network === 'red-regional-valdemar')!;
    // The regional survey asks everyone in every network below it (the showcase network is one):
    // the largest wave of all.
    const outside = [...open.eligible].filter((person) => !regional.eligible.has(person));
    expect(outside).toEqual([]);
    for (const wave of waves) expect(regional.eligible.size).toBeGreaterThanOrEqual(wave.eligible.size);
  });

  it('has answers from 60–80% of those eligible, and only from them, within the question’s limits', () => {
    for (const wave of waves.filter((candidate) => candidate.number < 3)) {
      const share = wave.responses.length / wave.eligible.size;
      expect(share, `${wave.network} ${wave.number}`).toBeGreaterThan(0.6);
      expect(share, `${wave.network} ${wave.number}`).toBeLessThan(0.8);
      expect(wave.responses.every((response) => wave.eligible.has(person.get(response.respondentId)!))).toBe(
        true,
      );
      const faults = [...groupBy(wave.nominations, (nomination) => nomination.responseId)].filter(
        ([responseId, named]) => {
          const people = named.flatMap((nomination) => (nomination.nomineeId ? [nomination.nomineeId] : []));
          return (
            named.length > 10 ||
            new Set(people).size < people.length ||
            people.includes(wave.respondentOf.get(responseId)!.row.id)
          );
        },
      );
      expect(faults).toEqual([]);
    }
  });

  it('is dense within organisations, crossed by network participants, and crosses more in spring', () => {
    const participants = new Set(
      region.networks.flatMap((network) =>
        [...network.people].filter(([role]) => role !== 'observer').flatMap(([, people]) => people),
      ),
    );
    const crossing = (wave: WaveAnswers) => {
      const ties = wave.nominations
        .filter((n) => n.nomineeId)
        .map((n) => [wave.respondentOf.get(n.responseId)!, person.get(n.nomineeId!)!] as const);
      return { all: ties.length, across: ties.filter(([from, to]) => from.organisation !== to.organisation) };
    };
    for (const network of new Set(waves.map((wave) => wave.network))) {
      const [autumn, spring] = [1, 2].map((number) =>
        crossing(waves.find((w) => w.network === network && w.number === number)!),
      );
      expect(autumn!.across.length / autumn!.all, network).toBeLessThan(0.25);
      expect(spring!.across.length, network).toBeGreaterThan(1.5 * autumn!.across.length);
      for (const { across } of [autumn!, spring!]) {
        const brokered = across.filter(([from, to]) => participants.has(from) || participants.has(to));
        expect(brokered.length / across.length, network).toBeGreaterThan(0.95);
      }
    }
    // The loop above covers the regional network too: its spring crosses half as much again.
    expect(waves.some((wave) => wave.network === 'red-regional-valdemar')).toBe(true);
  });

  it('leaves some people isolated, and names some advisers outside Trellis', () => {
    const isolates = (wave: WaveAnswers) => {
      const named = new Set(wave.nominations.map((nomination) => nomination.nomineeId));
      const naming = new Set(wave.nominations.map((nomination) => nomination.responseId));
      // People who answered, naming no one, and whom no one named.
      return wave.responses.filter(
        (r) => r.status === 'submitted' && !naming.has(r.id) && !named.has(r.respondentId),
      ).length;
    };
    for (const wave of waves.filter((candidate) => candidate.number < 3)) {
      expect(isolates(wave), `${wave.network} ${wave.number}`).toBeGreaterThan(0);
      expect(wave.nominations.some((nomination) => nomination.outsideName !== null)).toBe(true);
    }
    // Networks reach some of autumn's isolates by spring.
    const regional = waves.filter((wave) => wave.network === 'red-regional-valdemar').map(isolates);
    expect(regional).toHaveLength(2);
    expect(regional[1]).toBeLessThan(0.8 * regional[0]!);
  });
});
