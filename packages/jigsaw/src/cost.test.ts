import { describe, expect, it } from 'vitest';
import { COSTS, Level, pairCost } from './cost.js';
import { buildPopulation } from './population.js';
import { seededRandom } from './random.js';

const population = buildPopulation(
  Array.from({ length: 30 }, (_, p) => ({
    id: `p${p}`,
    organisation: `o${p % 7}`,
    ...(p % 3 ? { role: `r${p % 4}` } : {}),
  })),
  Array.from({ length: 40 }, (_, i) => ({
    a: `p${i % 30}`,
    b: `p${(i * 7 + 3) % 30}`,
    weight: 1 + (i % 5),
  })).filter(({ a, b }) => a !== b),
);

/** The cost of a level counted pair by pair, the slow way. */
function bruteCost(level: Level): number {
  let cost = 0;
  for (const members of level.members)
    members.forEach((a, i) => members.slice(i + 1).forEach((b) => (cost += pairCost(population, a, b))));
  return cost;
}

describe('pairCost', () => {
  it('adds 100 for a shared organisation, 10 × the weight share for an avoided pair, 1 for a role', () => {
    const small = buildPopulation(
      [
        { id: 'a', organisation: 'X', role: 'head' },
        { id: 'b', organisation: 'X', role: 'head' },
        { id: 'c', organisation: 'Y' },
        { id: 'd', organisation: 'Z' },
      ],
      [
        { a: 'a', b: 'b', weight: 2 },
        { a: 'c', b: 'd', weight: 4 },
        { a: 'd', b: 'c', weight: 4 },
      ],
    );
    // c–d is listed twice: weight 8, the largest; a–b's 2 is a quarter of it.
    expect(pairCost(small, 0, 1)).toBe(COSTS.organisation + COSTS.avoided / 4 + COSTS.role);
    expect(pairCost(small, 2, 3)).toBe(COSTS.avoided);
    expect(pairCost(small, 0, 2)).toBe(0);
  });
});

describe('Level', () => {
  it('prices every swap as the difference of the costs counted pair by pair', () => {
    const random = seededRandom(7);
    const level = new Level(population, 6);
    for (let p = 0; p < 30; p++) level.place(p, p % 6);
    for (let step = 0; step < 300; step++) {
      const [a, b] = [Math.floor(random() * 30), Math.floor(random() * 30)];
      const before = bruteCost(level);
      const delta = level.swapDelta(a, b);
      level.swap(a, b);
      expect(bruteCost(level)).toBeCloseTo(before + delta, 9);
      const drift = Array.from(level.burden, (burden, p) => Math.abs(burden - level.costIn(p, level.of[p]!)));
      expect(Math.max(...drift)).toBeLessThan(1e-9);
    }
  });
});
