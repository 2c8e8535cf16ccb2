import { describe, expect, it } from 'vitest';
import { analyseSeries, type SeriesResult, type SpcPoint } from './chart.js';

/** Points with periods 1, 2, … for the values given. */
const series = (values: number[]): SpcPoint[] => values.map((value, i) => ({ period: String(i + 1), value }));

const single = (result: ReturnType<typeof analyseSeries>): SeriesResult => {
  if ('phases' in result) throw new Error('expected a series without phases');
  return result;
};

describe('run chart', () => {
  it('finds a shift: eight points in a row above the median of twenty', () => {
    // Values 1–10 below and 11–20 above: median (10 + 11) / 2 = 10.5, useful 20.
    // Sides: B A B A B B B B A A A A A A A A B B B B → longest run 8 (above), longest below 4.
    // Limits for 20: run round(log2 20 + 3) = 7, crossings 6 (see runs.test.ts).
    // Crossings B→A→B→A→B→A→B = 6, not fewer than 6: the shift is the only signal.
    const result = single(
      analyseSeries(series([1, 11, 2, 12, 3, 4, 5, 6, 13, 14, 15, 16, 17, 18, 19, 20, 7, 8, 9, 10]), {
        chart: 'run',
        direction: 'up',
      }),
    );
    expect(result.centre).toBe(10.5);
    expect(result.lower).toBeNull();
    expect(result.upper).toBeNull();
    expect(result.runs).toEqual({
      useful: 20,
      longestRun: 8,
      longestRunLimit: 7,
      crossings: 6,
      crossingsLimit: 6,
    });
    expect(result.signals).toEqual([{ rule: 'shift', direction: 'better' }]);
    expect(result.points[0]).toEqual({ period: '1', value: 1, lower: null, upper: null, outside: false });
  });

  it('finds too few crossings: four runs of five', () => {
    // Runs of 5 below, 5 above, 5 below, 5 above: median 10.5, crossings 3 < 6, longest run 5 ≤ 7.
    const result = single(
      analyseSeries(series([1, 2, 3, 4, 5, 11, 12, 13, 14, 15, 6, 7, 8, 9, 10, 16, 17, 18, 19, 20]), {
        chart: 'run',
        direction: 'up',
      }),
    );
    expect(result.runs).toEqual({
      useful: 20,
      longestRun: 5,
      longestRunLimit: 7,
      crossings: 3,
      crossingsLimit: 6,
    });
    expect(result.signals).toEqual([{ rule: 'crossings', direction: null }]);
  });

  it('finds nothing in a random-looking series', () => {
    // 1–12 in a jumbled order: median 6.5. Sides B A B A B A B A A B A B: crossings 10 ≥ 3,
    // longest run 2 ≤ 7 (limits for 12: 7 and 3).
    const result = single(analyseSeries(series([5, 9, 4, 8, 6, 10, 3, 11, 7, 2, 12, 1]), { chart: 'run' }));
    expect(result.centre).toBe(6.5);
    expect(result.runs).toEqual({
      useful: 12,
      longestRun: 2,
      longestRunLimit: 7,
      crossings: 10,
      crossingsLimit: 3,
    });
    expect(result.signals).toEqual([]);
  });

  it('skips points on the median, so a run goes on through them', () => {
    // 1–9 below, 11–19 above and two 10s: sorted, the 10th and 11th values are both 10, so the
    // median is 10 and useful = 18 (limits: run round(log2 18 + 3) = 7, crossings 5).
    // Sides, ties dropped: B A B A×8 (12, 13, 14, 15–19 across both 10s) B×7.
    // Longest above 8 > 7: a shift, above the median, worse when lower is better; longest below 7
    // is not. Crossings B→A→B→A→B = 4 < 5. Had the ties broken the run, it would be 3 long.
    const result = single(
      analyseSeries(series([1, 11, 2, 12, 10, 13, 14, 10, 15, 16, 17, 18, 19, 3, 4, 5, 6, 7, 8, 9]), {
        chart: 'run',
        direction: 'down',
      }),
    );
    expect(result.centre).toBe(10);
    expect(result.runs).toEqual({
      useful: 18,
      longestRun: 8,
      longestRunLimit: 7,
      crossings: 4,
      crossingsLimit: 5,
    });
    expect(result.signals).toEqual([
      { rule: 'shift', direction: 'worse' },
      { rule: 'crossings', direction: null },
    ]);
  });

  it('uses the proportion numerator / denominator as the value', () => {
    const result = single(
      analyseSeries(
        [
          { period: 'a', numerator: 1, denominator: 4 },
          { period: 'b', numerator: 3, denominator: 4 },
          { period: 'c', numerator: 1, denominator: 2 },
        ],
        { chart: 'run' },
      ),
    );
    expect(result.points.map((point) => point.value)).toEqual([0.25, 0.75, 0.5]);
    expect(result.centre).toBe(0.5);
  });
});

describe('I chart', () => {
  it('puts a point above mean + 2.66 × average moving range outside', () => {
    // Mean 130 / 10 = 13. Moving ranges 2, 1, 2, 3, 20, 19, 1, 2, 1: average 51 / 9.
    // Limits 13 ± 2.66 × 51 / 9 = 13 ± 15.073: −2.073 and 28.073; 30 is above.
    // Runs around 13: the 13 is on the line, 9 useful points: no runs signal is claimed.
    const result = single(
      analyseSeries(series([10, 12, 11, 13, 10, 30, 11, 12, 10, 11]), { chart: 'i', direction: 'up' }),
    );
    expect(result.centre).toBe(13);
    expect(result.lower).toBeCloseTo(13 - (2.66 * 51) / 9, 10);
    expect(result.upper).toBeCloseTo(13 + (2.66 * 51) / 9, 10);
    expect(result.points.filter((point) => point.outside).map((point) => point.period)).toEqual(['6']);
    expect(result.points[0]!.upper).toBe(result.upper);
    expect(result.runs.useful).toBe(9);
    expect(result.signals).toEqual([{ rule: 'outside', direction: 'better' }]);
  });

  it('claims no runs signal with 8 useful points, and still reports the figures', () => {
    // Mean 27 / 8 = 3.375: seven 1s below and the 20 above, so the longest run (7) is longer than
    // round(log2 8 + 3) = 6, but with fewer than 10 useful points that is no signal.
    // Crossings limit for 8: P(X ≤ 0) = 1/128, P(X ≤ 1) = 8/128 = 0.0625 ≥ 0.05 → 1.
    // Limits 3.375 ± 2.66 × 19 / 7 (moving ranges 0 ×6 and 19): upper 10.595, so the 20 is outside.
    const result = single(
      analyseSeries(series([1, 1, 1, 1, 1, 1, 1, 20]), { chart: 'i', direction: 'down' }),
    );
    expect(result.runs).toEqual({
      useful: 8,
      longestRun: 7,
      longestRunLimit: 6,
      crossings: 1,
      crossingsLimit: 1,
    });
    expect(result.signals).toEqual([{ rule: 'outside', direction: 'worse' }]);
  });
});

describe('P chart', () => {
  it('has limits for each point from its own denominator, clamped to [0, 1]', () => {
    // p̄ = (10 + 20 + 5 + 45 + 4) / (100 + 200 + 50 + 150 + 25) = 84 / 525 = 0.16;
    // p̄(1 − p̄) = 0.1344; 3σᵢ = 3√(0.1344 / nᵢ): n=100 → 0.10998, 200 → 0.07777, 50 → 0.15554,
    // 150 → 0.08980, 25 → 0.21996 (lower 0.16 − 0.21996 < 0, clamped to 0).
    // 45 / 150 = 0.30 is above 0.16 + 0.08980 = 0.24980: outside, better when higher is better.
    const counts = [
      [10, 100],
      [20, 200],
      [5, 50],
      [45, 150],
      [4, 25],
    ] as const;
    const points = counts.map(([numerator, denominator], i) => ({
      period: `w${i + 1}`,
      numerator,
      denominator,
    }));
    const result = single(analyseSeries(points, { chart: 'p', direction: 'up' }));
    expect(result.centre).toBeCloseTo(0.16, 12);
    expect(result.lower).toBeNull();
    expect(result.upper).toBeNull();
    const sigma3 = (n: number) => 3 * Math.sqrt(0.1344 / n);
    counts.forEach(([, n], i) => {
      expect(result.points[i]!.upper).toBeCloseTo(0.16 + sigma3(n), 10);
    });
    expect(result.points[0]!.lower).toBeCloseTo(0.16 - 0.10998, 4);
    expect(result.points[4]!.lower).toBe(0);
    expect(result.points.map((point) => point.outside)).toEqual([false, false, false, true, false]);
    expect(result.signals).toEqual([{ rule: 'outside', direction: 'better' }]);
  });

  it('needs a numerator and denominator for every point', () => {
    expect(() => analyseSeries(series([1, 2]), { chart: 'p' })).toThrow(/numerator and denominator/);
  });
});

describe('phases', () => {
  it('analyses each phase on its own, in the order they first appear', () => {
    const points: SpcPoint[] = [
      { period: '1', value: 1, phase: 'before' },
      { period: '2', value: 2, phase: 'before' },
      { period: '3', value: 3, phase: 'before' },
      { period: '4', value: 10, phase: 'after' },
      { period: '5', value: 20, phase: 'after' },
      { period: '6', value: 30, phase: 'after' },
      { period: '7', value: 40, phase: 'after' },
    ];
    const result = analyseSeries(points, { chart: 'run' });
    if (!('phases' in result)) throw new Error('expected phases');
    // Medians: 2 (the 2 is on it: useful 2) and (20 + 30) / 2 = 25 (useful 4).
    expect(result.phases.map(({ phase, centre, runs }) => [phase, centre, runs.useful])).toEqual([
      ['before', 2, 2],
      ['after', 25, 4],
    ]);
    expect(result.phases[1]!.points.map((point) => point.period)).toEqual(['4', '5', '6', '7']);
  });

  it('refuses an empty series', () => {
    expect(() => analyseSeries([], { chart: 'i' })).toThrow(/no points/);
  });
});

describe('a frozen baseline', () => {
  it('takes the I chart’s centre and limits from the first points and judges the rest against them', () => {
    // Baseline 10, 12, 10, 12, 10, 12: mean 11, moving ranges all 2, limits 11 ± 5.32.
    // The eight points after it (20, …) are all above 16.32; with the baseline's last 12 they form
    // a run of 9 above 11.
    const values = [10, 12, 10, 12, 10, 12, 20, 21, 20, 21, 20, 21, 20, 21];
    const result = single(analyseSeries(series(values), { chart: 'i', direction: 'up', freeze: 6 }));
    expect(result.centre).toBe(11);
    expect(result.lower).toBeCloseTo(5.68, 10);
    expect(result.upper).toBeCloseTo(16.32, 10);
    expect(result.points.filter((point) => point.outside)).toHaveLength(8);
    // 14 useful points: the limit is round(log2(14) + 3) = 7, and the run of 9 passes it.
    expect(result.runs).toMatchObject({ useful: 14, longestRun: 9, longestRunLimit: 7 });
    expect(result.signals).toEqual([
      { rule: 'shift', direction: 'better' },
      { rule: 'outside', direction: 'better' },
    ]);
  });

  it('gives a run chart the median of the baseline', () => {
    const result = single(analyseSeries(series([1, 2, 3, 4, 5, 100]), { chart: 'run', freeze: 3 }));
    expect(result.centre).toBe(2);
  });

  it('carries a P chart’s baseline p̄ over later points, each with its own denominator', () => {
    const points: SpcPoint[] = [
      { period: '1', numerator: 20, denominator: 100 },
      { period: '2', numerator: 30, denominator: 100 },
      { period: '3', numerator: 90, denominator: 100 },
    ];
    // p̄ = 50 / 200 = 0.25; σ for n = 100 is √(0.25 × 0.75 / 100) = 0.0433; upper 0.25 + 0.1299.
    const result = single(analyseSeries(points, { chart: 'p', freeze: 2 }));
    expect(result.centre).toBe(0.25);
    expect(result.points[2]!.upper).toBeCloseTo(0.25 + 3 * Math.sqrt(0.001875), 10);
    expect(result.points[2]!.outside).toBe(true);
  });

  it('freezes only the first phase, and refuses a freeze that is not a whole number of points', () => {
    const points: SpcPoint[] = [1, 2, 3, 4, 50, 60, 70].map((value, i) => ({
      period: String(i + 1),
      value,
      phase: i < 4 ? 'baseline' : 'after',
    }));
    const result = analyseSeries(points, { chart: 'run', freeze: 2 });
    if (!('phases' in result)) throw new Error('expected phases');
    expect(result.phases.map((phase) => phase.centre)).toEqual([1.5, 60]);
    expect(() => analyseSeries(points, { chart: 'run', freeze: 0 })).toThrow(/whole number/);
    expect(() => analyseSeries(points, { chart: 'run', freeze: 1.5 })).toThrow(/whole number/);
  });
});
