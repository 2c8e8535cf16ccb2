import { describe, expect, it } from 'vitest';
import { JigsawError } from './errors.js';
import { formJigsaw } from './form.js';
import type { Participant } from './population.js';
import { expectWellFormed, pairsMet, roster } from './test-support/rosters.js';

const SEEDS = [1, 2, 3, 17, 99, 4_294_967_295];

describe('formJigsaw', () => {
  it.each(SEEDS)('mixes 4 organisations of 3 completely at both levels on 4 topics (seed %i)', (seed) => {
    // Three home groups, one person of each organisation in each; each topic's three experts
    // from three organisations (a Latin square: organisation o of group g on topic o + g).
    const people = roster(4, 3);
    const jigsaw = formJigsaw(people, { topics: 4, seed });
    expectWellFormed(jigsaw, people, 4);
    expect(jigsaw.homeGroups.map((members) => members.length)).toEqual([4, 4, 4]);
    for (const level of [jigsaw.mixing.home, jigsaw.mixing.expert]) {
      expect(level.fullyMixedShare).toBe(1);
      expect(level.meanOrganisationRatio).toBe(1);
      expect(level.sameOrganisationPairs).toBe(0);
    }
    expect(jigsaw.mixing.home.newPairs).toBe(3 * 6);
    expect(jigsaw.mixing.expert.newPairs).toBe(4 * 3);
  });

  it.each(SEEDS)('mixes a Latin square of 5 organisations of 5 on 5 topics (seed %i)', (seed) => {
    // Exchanges alone stall here; the iterated search must get out.
    const people = roster(5, 5);
    const { mixing } = formJigsaw(people, { topics: 5, seed });
    expect(mixing.home.sameOrganisationPairs + mixing.expert.sameOrganisationPairs).toBe(0);
  });

  it('reaches every organisation it can when groups outnumber them: 3 organisations of 4, 4 topics', () => {
    // A home group of four from three organisations holds one pair from one school at best.
    const { mixing } = formJigsaw(roster(3, 4), { topics: 4 });
    expect(mixing.home).toMatchObject({ groups: 3, fullyMixedShare: 0, meanOrganisationRatio: 1 });
    expect(mixing.home.sameOrganisationPairs).toBe(3);
    expect(mixing.expert).toMatchObject({ groups: 4, fullyMixedShare: 1, sameOrganisationPairs: 0 });
  });

  it('mixes 3 organisations of 4 on 3 topics: every group of three from three schools', () => {
    const { mixing } = formJigsaw(roster(3, 4), { topics: 3 });
    expect(mixing.home).toMatchObject({ groups: 4, fullyMixedShare: 1, meanOrganisationRatio: 1 });
    // Experts: three tables of four from three organisations, one pair from a school each.
    expect(mixing.expert).toMatchObject({ groups: 3, meanOrganisationRatio: 1, sameOrganisationPairs: 3 });
  });

  it('doubles the first topics when k does not divide n, keeping groups and topics balanced', () => {
    const people = roster(7, 2);
    const jigsaw = formJigsaw(people, { topics: 4, seed: 5 });
    expectWellFormed(jigsaw, people, 4);
    expect(jigsaw.homeGroups.map((members) => members.length)).toEqual([5, 5, 4]);
    expect(Object.values(jigsaw.expertGroups).map((members) => members.length)).toEqual([4, 4, 3, 3]);
    expect(jigsaw.homeGroups.map((members) => members.map((id) => jigsaw.topicOf[id]))).toEqual([
      [1, 1, 2, 3, 4],
      [1, 2, 2, 3, 4],
      [1, 2, 3, 4],
    ]);
    expect(jigsaw.mixing.home.fullyMixedShare).toBe(1);
  });

  it('forms one home group for n = k, each expert alone, and one group of n for k ≤ n < 2k', () => {
    const two = formJigsaw(roster(2, 1), { topics: 2 });
    expect(two.homeGroups.map((members) => [...members].sort())).toEqual([['a1', 'b1']]);
    expect(two.expertGroups).toEqual({ '1': [expect.any(String)], '2': [expect.any(String)] });
    expect(two.mixing.expert).toMatchObject({ groups: 2, fullyMixedShare: 1, newPairs: 0 });
    const seven = formJigsaw(roster(7, 1), { topics: 4 });
    expectWellFormed(seven, roster(7, 1), 4);
    expect(seven.homeGroups).toHaveLength(1);
    expect(Object.values(seven.expertGroups).map((members) => members.length)).toEqual([2, 2, 2, 1]);
  });

  it('is well formed for every n from k to 3k + 1, whatever the remainder', () => {
    for (const topics of [2, 3, 5])
      for (let n = topics; n <= 3 * topics + 1; n++) {
        // Organisations of two people each, and one alone when n is odd.
        const people = Array.from({ length: n }, (_, i) => ({
          id: `p${i}`,
          organisation: `o${Math.floor(i / 2)}`,
        }));
        expectWellFormed(formJigsaw(people, { topics, seed: n }), people, topics);
      }
  });

  it('splits large expert groups into balanced, mixed tables', () => {
    const people = roster(10, 8);
    const jigsaw = formJigsaw(people, { topics: 4, maxTableSize: 6 });
    expectWellFormed(jigsaw, people, 4);
    // 20 per topic: four tables of five.
    expect(Object.values(jigsaw.expertTables).map((tables) => tables.map((t) => t.length))).toEqual(
      Array(4).fill([5, 5, 5, 5]),
    );
    expect(jigsaw.mixing.expert).toMatchObject({ groups: 16, fullyMixedShare: 1 });
    expect(jigsaw.mixing.home).toMatchObject({ groups: 20, fullyMixedShare: 1 });
  });

  it('gives the same jigsaw for a seed and another for another seed', () => {
    const people = roster(6, 5, ['head', 'teacher', 'teacher']);
    const avoid = [{ a: 'a1', b: 'b1' }];
    const once = formJigsaw(people, { topics: 5, avoid, seed: 11 });
    expect(formJigsaw(people, { topics: 5, avoid, seed: 11 })).toEqual(once);
    expect(formJigsaw(people, { topics: 5, avoid, seed: 12 }).homeGroups).not.toEqual(once.homeGroups);
    expect(once.seed).toBe(11);
    expect(formJigsaw(people, { topics: 5 }).seed).toBe(1);
  });

  it('keeps avoided pairs apart when it can', () => {
    // Eight people of eight schools, four topics: everyone meets 3 at home and 1 as an expert,
    // so a chain of 8 avoided pairs can always be kept apart.
    const people = roster(8, 1);
    const ids = people.map(({ id }) => id);
    const avoid = ids.map((a, i) => ({ a, b: ids[(i + 1) % 8]! }));
    for (const seed of SEEDS) {
      const jigsaw = formJigsaw(people, { topics: 4, avoid, seed });
      expect(jigsaw.mixing.home.avoidedPairsMet + jigsaw.mixing.expert.avoidedPairsMet).toBe(0);
      const met = pairsMet(jigsaw);
      expect(avoid.filter(({ a, b }) => met.has([a, b].sort().join('|')))).toEqual([]);
    }
  });

  it('meets the lighter avoided pairs when not all can be kept apart', () => {
    // p meets one person at home and one as an expert: of q (weight 5), r and s it must meet two.
    const people = ['p', 'q', 'r', 's'].map((id) => ({ id, organisation: id.toUpperCase() }));
    const avoid = [
      { a: 'p', b: 'q', weight: 5 },
      { a: 'p', b: 'r' },
      { a: 'p', b: 's' },
    ];
    for (const seed of SEEDS) {
      const met = pairsMet(formJigsaw(people, { topics: 2, avoid, seed }));
      expect(met.has('p|q')).toBe(false);
      expect(met.has('p|r') && met.has('p|s')).toBe(true);
    }
  });

  it('puts mixing organisations before avoiding a pair', () => {
    // a1 is to avoid both of B; two groups of two without a1 and a2 together must pair a1 with one.
    const people = roster(2, 2);
    const avoid = [
      { a: 'a1', b: 'b1' },
      { a: 'a1', b: 'b2' },
    ];
    const { mixing } = formJigsaw(people, { topics: 2, avoid });
    expect(mixing.home).toMatchObject({ sameOrganisationPairs: 0, avoidedPairsMet: 1 });
    expect(mixing.expert).toMatchObject({ sameOrganisationPairs: 0, avoidedPairsMet: 1 });
  });

  it('spreads roles once organisations are mixed', () => {
    // Eight schools, four heads and four teachers, two home groups of four: two of each role
    // per group (one pair of heads, one of teachers), and every expert pair a head and a teacher.
    const people: Participant[] = roster(8, 1).map((person, i) => ({
      ...person,
      role: i < 4 ? 'head' : 'teacher',
    }));
    for (const seed of SEEDS) {
      const { mixing } = formJigsaw(people, { topics: 4, seed });
      expect(mixing.home.sameRolePairs).toBe(4);
      expect(mixing.expert.sameRolePairs).toBe(0);
    }
  });

  it('reports a random seating of the same sizes as the baseline', () => {
    const people = roster(4, 6, ['head', 'teacher']);
    const jigsaw = formJigsaw(people, { topics: 4, seed: 8 });
    const { home, expert, random } = jigsaw.mixing;
    expect(random.home.groups).toBe(home.groups);
    expect(random.expert.groups).toBe(expert.groups);
    // Same group sizes, so the same number of pairs in all.
    expect(random.home.newPairs + random.home.avoidedPairsMet).toBe(home.newPairs + home.avoidedPairsMet);
    expect(random.expert.newPairs).toBe(expert.newPairs);
    expect(formJigsaw(people, { topics: 4, seed: 8 }).mixing.random).toEqual(random);
    expect(formJigsaw(people, { topics: 4, seed: 9 }).mixing.random).not.toEqual(random);
    // Six groups of four from four schools of six: a random seating mixes few of them fully.
    expect(home.fullyMixedShare).toBe(1);
    expect(random.home.fullyMixedShare).toBeLessThan(1);
    expect(random.home.sameOrganisationPairs).toBeGreaterThan(0);
  });

  it('keeps ids such as "__proto__" as plain keys', () => {
    const people = [
      { id: '__proto__', organisation: 'A' },
      { id: 'constructor', organisation: 'B' },
    ];
    const jigsaw = formJigsaw(people, { topics: 2 });
    expect(Object.keys(jigsaw.topicOf).sort()).toEqual(['__proto__', 'constructor']);
    expect(JSON.parse(JSON.stringify(jigsaw)).topicOf).toEqual(jigsaw.topicOf);
  });

  it.each([
    [roster(3, 1), { topics: 4 }, '3 participants for 4 topics'],
    [roster(3, 1), { topics: 1 }, '1 topics: a jigsaw needs at least 2'],
    [[...roster(2, 1), { id: 'a1', organisation: 'C' }], { topics: 2 }, '"a1" takes part twice'],
    [[{ id: '', organisation: 'A' }, ...roster(2, 1)], { topics: 2 }, 'participant 1 has an empty id'],
    [[...roster(2, 1), { id: 'z', organisation: '' }], { topics: 2 }, '"z" has no organisation'],
    [roster(2, 2), { topics: 2, avoid: [{ a: 'a1', b: 'zed' }] }, '"zed", who is not a participant'],
    [roster(2, 2), { topics: 2, avoid: [{ a: 'a1', b: 'a1' }] }, '"a1" is paired with themself'],
    [roster(2, 2), { topics: 2, avoid: [{ a: 'a1', b: 'b1', weight: 0 }] }, 'weight 0: weights are above 0'],
    [roster(2, 2), { topics: 2, seed: 1.5 }, 'seed 1.5: a seed is a whole number'],
    [roster(2, 2), { topics: 2, seed: -1 }, 'seed -1'],
  ])('refuses bad input: %#', (people, options, message) => {
    expect(() => formJigsaw(people, options)).toThrow(JigsawError);
    expect(() => formJigsaw(people, options)).toThrow(message);
  });
});
