import { describe, expect, it } from 'vitest';
import { binomialHalfQuantile, crossingsLimit, longestRunLimit, median, runsAround } from './runs.js';

describe('median', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('limits', () => {
  it('match the table of Anhøj & Olesen (2014) and qicharts2', () => {
    // longest run: round(log2(n) + 3): n=10 → round(6.32) = 6, 12 → round(6.58) = 7,
    // 18 → round(7.17) = 7, 20 → round(7.32) = 7, 24 → round(7.58) = 8.
    // crossings: smallest c with P(X ≤ c) ≥ 0.05, X ~ Binomial(n − 1, ½):
    //   n=10: P(X ≤ 1) = 10/512 = 0.020, P(X ≤ 2) = 46/512 = 0.090 → 2
    //   n=12: P(X ≤ 2) = 67/2048 = 0.033, P(X ≤ 3) = 232/2048 = 0.113 → 3
    //   n=18: P(X ≤ 4) = 3214/131072 = 0.025, P(X ≤ 5) = 9402/131072 = 0.072 → 5
    //   n=20: P(X ≤ 5) = 16664/524288 = 0.032, P(X ≤ 6) = 43796/524288 = 0.084 → 6
    //   n=24: P(X ≤ 7) = 390656/8388608 = 0.047, P(X ≤ 8) = 880970/8388608 = 0.105 → 8
    const table = [10, 12, 18, 20, 24].map((n) => [n, longestRunLimit(n), crossingsLimit(n)]);
    expect(table).toEqual([
      [10, 6, 2],
      [12, 7, 3],
      [18, 7, 5],
      [20, 7, 6],
      [24, 8, 8],
    ]);
  });

  it('is the largest c with P(X < c) ≤ 0.05, also for series long enough to underflow 2^−n', () => {
    // Binomial(2000, ½) has mean 1000 and sd √500 ≈ 22.4: the 5th percentile is near 1000 − 1.645·22.4 ≈ 963.
    const c = binomialHalfQuantile(0.05, 2000);
    expect(c).toBeGreaterThanOrEqual(961);
    expect(c).toBeLessThanOrEqual(964);
    expect(binomialHalfQuantile(0.05, 0)).toBe(0);
  });
});

describe('runsAround', () => {
  it('skips points on the centre line: they neither break a run nor count as crossings', () => {
    // Sides: above, on, above, on, below, below, on, above → useful: A A B B A.
    // Runs: AA (2), BB (2), A (1); crossings: A→B, B→A = 2.
    expect(runsAround([6, 5, 7, 5, 4, 3, 5, 6], 5)).toEqual({
      useful: 5,
      longestRun: 2,
      longestAbove: 2,
      longestBelow: 2,
      crossings: 2,
      longestRunLimit: longestRunLimit(5),
      crossingsLimit: crossingsLimit(5),
    });
  });

  it('has no limits when every point is on the centre line', () => {
    const figures = runsAround([5, 5, 5], 5);
    expect(figures).toMatchObject({
      useful: 0,
      longestRun: 0,
      crossings: 0,
      longestRunLimit: null,
      crossingsLimit: null,
    });
  });
});
