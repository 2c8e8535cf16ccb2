import { mulberry32 as random } from '@trellis/sna';
import { describe, expect, it } from 'vitest';
import { checkAnonymityK, HIDDEN, kAnonymous, quantileBands, type AttributeValue } from './anonymity.js';
import { nodeOrder } from './node-order.js';

/** The size of each class of nodes that show the same values. */
function classSizes(shown: ReturnType<typeof kAnonymous>): number[] {
  const count = shown[0]?.length ?? 0;
  const sizes = new Map<string, number>();
  for (let node = 0; node < count; node++) {
    const key = JSON.stringify(shown.map((column) => (column[node] === HIDDEN ? '∅' : column[node])));
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
}

describe('k', () => {
  it('is refused below 3 or when not a whole number', () => {
    expect(checkAnonymityK(3)).toBe(3);
    expect(() => checkAnonymityK(2)).toThrow('k must be a whole number of at least 3, not 2.');
    expect(() => checkAnonymityK(4.5)).toThrow(RangeError);
    expect(() => kAnonymous([[1, 2, 3]], 1)).toThrow(RangeError);
    expect(() => quantileBands([1, 2, 3], 2)).toThrow(RangeError);
  });
});

describe('k-anonymous attributes', () => {
  it('shows a value only where at least k nodes share it, folding the rare ones together', () => {
    // Schools of 6, 5, 2 and 1 people: the last two are shown as one hidden group of three… which
    // is fewer than k = 5, so the next smallest (5) joins them.
    const school = [...'AAAAAABBBBBCCD'];
    const [shown] = kAnonymous([school], 5);
    expect(shown).toEqual([...'AAAAAA', ...new Array(8).fill(HIDDEN)]);
  });

  it('never leaves a class of fewer than k, whatever the attributes combine to', () => {
    for (const [seed, count, k] of [
      [1, 40, 5],
      [2, 300, 5],
      [3, 1_000, 3],
      [4, 2_000, 10],
      [5, 12, 5],
    ] as const) {
      const next = random(seed);
      const pick = (n: number) => Math.floor(next() * next() * n); // skewed: some values rare
      const columns: AttributeValue[][] = [
        Array.from({ length: count }, () => next() < 0.9),
        Array.from({ length: count }, () => `school ${pick(60)}`),
        Array.from({ length: count }, () => pick(12)),
        Array.from({ length: count }, () => (next() < 0.3 ? null : ['liaison', 'gatekeeper'][pick(2)]!)),
        Array.from({ length: count }, () => next() < 0.05),
      ];
      const shown = kAnonymous(columns, k);
      expect(Math.min(...classSizes(shown))).toBeGreaterThanOrEqual(k);
      // Each shown value is the node's own: generalising hides, it never changes a value.
      shown.forEach((column, c) =>
        column.forEach((value, node) => value === HIDDEN || expect(value).toBe(columns[c]![node])),
      );
      // And on a map of some size, schools survive, so the map stays useful.
      if (count >= 300) expect(shown[1]!.some((value) => value !== HIDDEN)).toBe(true);
    }
  });

  it('shows nothing on fewer than k nodes', () => {
    const shown = kAnonymous(
      [
        [true, true, true, true],
        ['A', 'A', 'A', 'A'],
      ],
      5,
    );
    expect(shown.flat().every((value) => value === HIDDEN)).toBe(true);
  });
});

describe('quantile bands', () => {
  it('cuts values into bands of at least k nodes without splitting equal values', () => {
    const values = [0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 40, null];
    const { band, bands } = quantileBands(values, 5);
    expect(bands.every((b) => b.count >= 5)).toBe(true);
    expect(bands.reduce((sum, b) => sum + b.count, 0)).toBe(20);
    expect(bands[0]).toEqual({ min: 0, max: 0, count: 6 });
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.min).toBeGreaterThan(bands[i - 1]!.max);
    expect(band.at(-1)).toBeNull();
    values.forEach((value, i) => {
      if (value !== null) expect(value).toBeGreaterThanOrEqual(bands[band[i]!]!.min);
      if (value !== null) expect(value).toBeLessThanOrEqual(bands[band[i]!]!.max);
    });
  });

  it('makes at most five bands, and none when fewer than k nodes have a value', () => {
    const many = quantileBands(
      Array.from({ length: 1_000 }, (_, i) => i),
      5,
    );
    expect(many.bands.map((b) => b.count)).toEqual([200, 200, 200, 200, 200]);
    expect(quantileBands([1, 2, 3, 4, null, null], 5)).toEqual({
      band: [null, null, null, null, null, null],
      bands: [],
    });
  });
});

describe('the keyed node order', () => {
  it('is a permutation, the same for the same secret and another for another', () => {
    const a = nodeOrder('6f1c1d1e-0000-4000-8000-000000000001', 1_000);
    expect([...a.order].sort((x, y) => x - y)).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
    a.order.forEach((stored, position) => expect(a.positionOf[stored]).toBe(position));
    expect(nodeOrder('6f1c1d1e-0000-4000-8000-000000000001', 1_000).order).toEqual(a.order);
    const b = nodeOrder('6f1c1d1e-0000-4000-8000-000000000002', 1_000);
    const same = a.order.filter((stored, position) => b.order[position] === stored).length;
    expect(same).toBeLessThan(10); // a random pair of permutations agrees on one place on average
  });

  it('puts each node anywhere with equal chance', () => {
    // Over 3,000 secrets, how often node 0 lands at each of 6 positions: about 500 each.
    const counts = new Array<number>(6).fill(0);
    for (let s = 0; s < 3_000; s++) counts[nodeOrder(`secret ${s}`, 6).positionOf[0]!]! += 1;
    for (const count of counts) expect(Math.abs(count - 500)).toBeLessThan(100);
  });
});
