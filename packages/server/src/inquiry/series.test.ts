import { describe, expect, it } from 'vitest';
import { chartOf, summaryOf, type ChartedMeasure, type ChartedPoint } from './series.js';

const north = { id: '00000000-0000-4000-8000-000000000001', name: 'North school' };
const south = { id: '00000000-0000-4000-8000-000000000002', name: 'South school' };

/** Monthly periods from January 2025. */
const month = (i: number) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const values = (school: ChartedPoint['school'], list: number[]): ChartedPoint[] =>
  list.map((value, i) => ({ school, period: month(i), value, numerator: null, denominator: null }));
const fractions = (school: ChartedPoint['school'], list: [number, number][]): ChartedPoint[] =>
  list.map(([numerator, denominator], i) => ({
    school,
    period: month(i),
    value: null,
    numerator,
    denominator,
  }));

const valueUp: ChartedMeasure = { type: 'value', direction: 'up', baselineEndsOn: null };

describe('chartOf', () => {
  it('charts a series without phases as one baseline phase, on a run chart and an I chart', () => {
    // 1..12 rising by one: median 6.5, six points below then six above, so the longest run is
    // 6 against round(log2 12 + 3) = 7 (no shift) and there is 1 crossing against
    // qbinom(0.05, 11, 0.5) = 3 (a crossings signal, of no direction). I chart: mean 6.5, every
    // moving range 1, limits 6.5 ± 2.66 = 3.84 and 9.16: 1, 2, 3 below, 10, 11, 12 above.
    const [series] = chartOf(valueUp, values(north, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), []);
    expect(series!.school).toEqual(north);
    const [run] = series!.run.phases;
    expect(series!.run.phases).toHaveLength(1);
    expect(run).toMatchObject({ label: '', startsOn: '2025-01-01', frozenPoints: null, centre: 6.5 });
    expect(run!.lower).toBeNull();
    expect(run!.runs).toEqual({
      useful: 12,
      longestRun: 6,
      longestRunLimit: 7,
      crossings: 1,
      crossingsLimit: 3,
    });
    expect(run!.signals).toEqual([{ rule: 'crossings', direction: null }]);

    const [spc] = series!.spc.phases;
    expect(spc!.centre).toBe(6.5);
    expect(spc!.lower).toBeCloseTo(3.84, 10);
    expect(spc!.upper).toBeCloseTo(9.16, 10);
    expect(spc!.points.filter((point) => point.outside).map((point) => point.value)).toEqual([
      1, 2, 3, 10, 11, 12,
    ]);
    expect(spc!.signals).toEqual(
      expect.arrayContaining([
        { rule: 'outside', direction: 'better' },
        { rule: 'outside', direction: 'worse' },
      ]),
    );
  });

  it('splits the series at each confirmed change and recomputes centre and limits in it', () => {
    // Lower is better. Baseline 10, 12 alternating (mean and median 11, moving ranges 2, limits
    // 11 ± 5.32); from July, the change: 4, 6 alternating (centre 5, limits 5 ± 5.32). Six useful
    // points a phase: the runs figures are reported (limits round(log2 6 + 3) = 6 and
    // qbinom(0.05, 5, 0.5) = 1) and no runs signal is claimed.
    const measure: ChartedMeasure = { type: 'value', direction: 'down', baselineEndsOn: null };
    const points = values(north, [10, 12, 10, 12, 10, 12, 4, 6, 4, 6, 4, 6]);
    const [series] = chartOf(measure, points, [{ startsOn: '2025-07-01', label: 'Reading evenings' }]);
    const [baseline, change] = series!.spc.phases;
    expect(baseline).toMatchObject({ label: '', startsOn: '2025-01-01', centre: 11 });
    expect(baseline!.upper).toBeCloseTo(16.32, 10);
    expect(change).toMatchObject({ label: 'Reading evenings', startsOn: '2025-07-01', centre: 5 });
    expect(change!.lower).toBeCloseTo(-0.32, 10);
    expect(change!.points.map((point) => point.period)).toEqual([6, 7, 8, 9, 10, 11].map(month));
    expect(series!.run.phases.map((phase) => phase.centre)).toEqual([11, 5]);
    expect(series!.run.phases[1]!.runs).toEqual({
      useful: 6,
      longestRun: 1,
      longestRunLimit: 6,
      crossings: 5,
      crossingsLimit: 1,
    });
    expect(series!.run.phases.flatMap((phase) => phase.signals)).toEqual([]);

    // Without the phase the same points are one series: median 8, six above then six below:
    // one crossing against 3, a crossings signal.
    const [pooled] = chartOf(measure, points, []);
    expect(pooled!.run.phases[0]!.signals).toEqual([{ rule: 'crossings', direction: null }]);
  });

  it('keeps two changes with the same label apart, and skips a change with no points of the school', () => {
    const points = values(north, [1, 2, 3, 4, 5, 6]);
    const [series] = chartOf(valueUp, points, [
      { startsOn: '2025-05-01', label: 'Again' },
      { startsOn: '2025-03-01', label: 'Again' },
      { startsOn: '2026-01-01', label: 'Later' },
    ]);
    expect(series!.run.phases.map((phase) => [phase.startsOn, phase.points.length])).toEqual([
      ['2025-01-01', 2],
      ['2025-03-01', 2],
      ['2025-05-01', 2],
    ]);
  });

  it('freezes the baseline at baselineEndsOn: later points are judged against its first points', () => {
    // Frozen on the first four (10, 12, 10, 12): median 11, so all twelve points are useful: below,
    // above, below, then nine above (12 and eight 20s): a run of 9 against 7, a shift in the better
    // direction; 3 crossings is not fewer than 3. I chart: mean 11, moving ranges 2, limits
    // 5.68 and 16.32: the eight 20s are outside, above: better; the runs rules, applied around
    // that mean (11, as the median), find the same shift.
    const measure: ChartedMeasure = { type: 'value', direction: 'up', baselineEndsOn: '2025-04-01' };
    const points = values(north, [10, 12, 10, 12, 20, 20, 20, 20, 20, 20, 20, 20]);
    const [series] = chartOf(measure, points, []);
    const [run] = series!.run.phases;
    expect(run).toMatchObject({ frozenPoints: 4, centre: 11 });
    expect(run!.runs).toMatchObject({ useful: 12, longestRun: 9, longestRunLimit: 7, crossings: 3 });
    expect(run!.signals).toEqual([{ rule: 'shift', direction: 'better' }]);
    const [spc] = series!.spc.phases;
    expect(spc).toMatchObject({ frozenPoints: 4, centre: 11 });
    expect(spc!.points.filter((point) => point.outside)).toHaveLength(8);
    expect(spc!.signals).toEqual([
      { rule: 'shift', direction: 'better' },
      { rule: 'outside', direction: 'better' },
    ]);

    // Unfrozen, the median is 20 and eight points sit on it: 4 useful, no runs signal.
    const [free] = chartOf({ ...measure, baselineEndsOn: null }, points, []);
    expect(free!.run.phases[0]).toMatchObject({ frozenPoints: null, centre: 20 });
    expect(free!.run.phases[0]!.runs.useful).toBe(4);
    expect(free!.run.phases[0]!.signals).toEqual([]);
  });

  it('freezes only the baseline, and not at all for a school whose points all follow a change', () => {
    const measure: ChartedMeasure = { type: 'value', direction: 'up', baselineEndsOn: '2025-02-01' };
    const phases = [{ startsOn: '2025-04-01', label: 'Change' }];
    const charts = chartOf(
      measure,
      [
        ...values(north, [1, 2, 3, 4, 5, 6]),
        ...values(south, [1, 2, 3, 4, 5, 6]).filter((point) => point.period >= '2025-04-01'),
      ],
      phases,
    );
    const [northChart, southChart] = charts;
    expect(northChart!.run.phases.map((phase) => phase.frozenPoints)).toEqual([2, null]);
    // North's baseline is frozen on 1 and 2 (median 1.5), the third point is judged against it.
    expect(northChart!.run.phases[0]!.centre).toBe(1.5);
    expect(southChart!.run.phases.map((phase) => [phase.label, phase.frozenPoints])).toEqual([
      ['Change', null],
    ]);
    expect(southChart!.run.phases[0]!.centre).toBe(5);
  });

  it('charts proportions on a P chart with limits per point, and keeps each school apart', () => {
    // Lower is better. North: 10/100, 20/100, 5/25, 40/100: p̄ = 75/325 = 0.230769…; at n = 100
    // the limits are p̄ ± 3·√(p̄(1 − p̄)/100) = p̄ ± 0.126397 → 0.104372 and 0.357167, at n = 25
    // p̄ ± 0.252794 → 0 (clamped) and 0.483564. 0.1 is below (better), 0.4 above (worse).
    const measure: ChartedMeasure = { type: 'proportion', direction: 'down', baselineEndsOn: null };
    const charts = chartOf(
      measure,
      [
        ...fractions(south, [
          [50, 100],
          [50, 100],
        ]),
        ...fractions(north, [
          [10, 100],
          [20, 100],
          [5, 25],
          [40, 100],
        ]),
      ],
      [],
    );
    expect(charts.map((chart) => chart.school.name)).toEqual(['North school', 'South school']);
    const spc = charts[0]!.spc.phases[0]!;
    expect(spc.centre).toBeCloseTo(75 / 325, 12);
    expect(spc.lower).toBeNull();
    expect(spc.upper).toBeNull();
    expect(spc.points[0]!.lower).toBeCloseTo(0.104372, 5);
    expect(spc.points[0]!.upper).toBeCloseTo(0.357167, 5);
    expect(spc.points[2]!.lower).toBe(0);
    expect(spc.points[2]!.upper).toBeCloseTo(0.483564, 5);
    expect(spc.points.map((point) => point.outside)).toEqual([true, false, false, true]);
    expect(spc.signals).toEqual([
      { rule: 'outside', direction: 'worse' },
      { rule: 'outside', direction: 'better' },
    ]);
    // The run chart charts the same ratios around their median (0.1, 0.2, 0.2, 0.4 → 0.2).
    expect(charts[0]!.run.phases[0]!.centre).toBeCloseTo(0.2, 12);
    // South's own p̄, not pooled with North's.
    expect(charts[1]!.spc.phases[0]!.centre).toBe(0.5);
  });
});

describe('summaryOf', () => {
  it('takes the signals of the latest phase only, and keeps the last 24 points', () => {
    // 30 months: a baseline of 1..12 (signals on both sides, see above), then a change from
    // January 2026 with 18 points of 5 and 6 alternating: 18 useful points around 5.5, 17
    // crossings, no run longer than 1; limits 5.5 ± 2.66: nothing outside.
    const list = [
      ...Array.from({ length: 12 }, (_, i) => i + 1),
      ...Array.from({ length: 18 }, (_, i) => 5 + (i % 2)),
    ];
    const points = values(north, list);
    const [series] = chartOf(valueUp, points, [{ startsOn: '2026-01-01', label: 'Change' }]);
    const summary = summaryOf(series!, points);
    expect(summary).toMatchObject({
      points: 30,
      firstPeriod: '2025-01-01',
      lastPeriod: '2027-06-01',
      better: false,
      worse: false,
      judged: true,
    });
    expect(summary.recent).toHaveLength(24);
    expect(summary.recent[0]).toEqual(['2025-07-01', 7]);
    expect(summary.recent.at(-1)).toEqual(['2027-06-01', 6]);

    const [baselineOnly] = chartOf(valueUp, points.slice(0, 12), []);
    expect(summaryOf(baselineOnly!, points.slice(0, 12))).toMatchObject({
      better: true,
      worse: true,
      judged: true,
    });
    const [short] = chartOf(valueUp, points.slice(0, 9), []);
    expect(summaryOf(short!, points.slice(0, 9)).judged).toBe(false);
  });

  it('judges a confirmed change by where it moved the centre: beyond the limits of the phase before', () => {
    // Baseline: 12 months alternating 50 and 52 (mean 51, moving ranges 2, limits 51 ± 5.32,
    // 12 useful points). After the change, 4 months at 70: centre 70 > 56.32, too few points for
    // the runs rules of its own, yet better; the mirror image (30) is worse, and for a measure
    // where lower is better the same move up is worse.
    const baseline = Array.from({ length: 12 }, (_, i) => 50 + (i % 2) * 2);
    const change = [{ startsOn: '2026-01-01', label: 'Change' }];
    const summarise = (after: number[], direction: 'up' | 'down') => {
      const points = values(north, [...baseline, ...after]);
      const [series] = chartOf({ ...valueUp, direction }, points, change);
      return summaryOf(series!, points);
    };
    expect(summarise([70, 71, 70, 71], 'up')).toMatchObject({ better: true, worse: false, judged: true });
    expect(summarise([30, 31, 30, 31], 'up')).toMatchObject({ better: false, worse: true, judged: true });
    expect(summarise([70, 71, 70, 71], 'down')).toMatchObject({ better: false, worse: true });
    // Inside the old limits: no move, and four points are too few to judge on their own.
    expect(summarise([53, 54, 53, 54], 'up')).toMatchObject({ better: false, worse: false, judged: false });
  });
});
