import { describe, expect, it } from 'vitest';
import { levelMixing } from './mixing.js';
import { buildPopulation } from './population.js';

describe('levelMixing', () => {
  it('gives the figures worked out by hand', () => {
    const population = buildPopulation(
      [
        { id: 'a1', organisation: 'A', role: 'teacher' },
        { id: 'a2', organisation: 'A', role: 'teacher' },
        { id: 'b1', organisation: 'B', role: 'head' },
        { id: 'c1', organisation: 'C', role: 'teacher' },
        { id: 'd1', organisation: 'D', role: 'head' },
      ],
      [
        { a: 'a1', b: 'b1' },
        { a: 'd1', b: 'c1' },
        { a: 'a2', b: 'd1', weight: 3 },
      ],
    );
    // {a1, a2, b1}: 2 organisations of min(3, 4) → 2/3, not fully mixed; a1–a2 share A and a
    // role, a1–b1 is avoided, a2–b1 is new. {c1, d1}: 2 of min(2, 4) → 1, fully mixed, avoided.
    expect(
      levelMixing(population, [
        [0, 1, 2],
        [3, 4],
      ]),
    ).toEqual({
      groups: 2,
      fullyMixedShare: 0.5,
      meanOrganisationRatio: (2 / 3 + 1) / 2,
      newPairs: 2,
      avoidedPairsMet: 2,
      sameOrganisationPairs: 1,
      sameRolePairs: 1,
    });
  });

  it('divides by the organisations present when groups are larger', () => {
    // Two organisations: a group of four holding both is as mixed as it can be.
    const population = buildPopulation(
      ['A', 'A', 'B', 'B'].map((organisation, i) => ({ id: `p${i}`, organisation })),
      [],
    );
    expect(levelMixing(population, [[0, 1, 2, 3]])).toMatchObject({
      fullyMixedShare: 0,
      meanOrganisationRatio: 1,
      newPairs: 6,
      sameOrganisationPairs: 2,
      sameRolePairs: 0,
    });
  });

  it('counts a group of one as fully mixed, with no pairs', () => {
    const population = buildPopulation([{ id: 'solo', organisation: 'A' }], []);
    expect(levelMixing(population, [[0]])).toMatchObject({
      fullyMixedShare: 1,
      meanOrganisationRatio: 1,
      newPairs: 0,
    });
  });
});
