/**
 * One entry for every chart: a series in, the centre line, limits, runs figures and signals out,
 * in the JSON shape the command line prints and the API and web charts will share
 * (packages/spc/README.md).
 */
import { SpcError } from './errors.js';
import { individualsLimits, proportionLimits, proportionLimitsAround } from './limits.js';
import { MIN_USEFUL_POINTS, median, runsAround } from './runs.js';

/** run: median and runs rules only; i: individuals (XmR); p: proportions. */
export type ChartKind = 'run' | 'i' | 'p';

/** up: higher values are better; down: lower values are better. */
export type Direction = 'up' | 'down';

/** One period's measurement: a value, or a numerator over a denominator (a proportion). */
export type SpcPoint = { period: string; phase?: string } & (
  { value: number } | { numerator: number; denominator: number }
);

export interface AnalyseOptions {
  chart: ChartKind;
  /** Which way is better; without it every signal's direction is null. */
  direction?: Direction;
  /**
   * A frozen baseline: centre and limits come from the first `freeze` points only (of the first
   * phase, when there are phases) and are carried over the rest, which the runs rules and the
   * limits then judge against them. Without it every point counts.
   */
  freeze?: number;
}

export interface PointResult {
  period: string;
  value: number;
  lower: number | null;
  upper: number | null;
  outside: boolean;
}

export interface RunsResult {
  useful: number;
  longestRun: number;
  longestRunLimit: number | null;
  crossings: number;
  crossingsLimit: number | null;
}

export interface Signal {
  rule: 'shift' | 'crossings' | 'outside';
  direction: 'better' | 'worse' | null;
}

/** The analysis of a series without phases. */
export interface SeriesResult {
  centre: number;
  /** The I chart's limits; null on a run chart and on a P chart (its limits are per point). */
  lower: number | null;
  upper: number | null;
  points: PointResult[];
  runs: RunsResult;
  signals: Signal[];
}

/** A series with phases: each phase analysed on its own, in the order the phases first appear. */
export interface PhasedResult {
  phases: (SeriesResult & { phase: string })[];
}

/**
 * Analyses a series on the chart asked for. When any point has a phase, each phase gets its own
 * centre, limits, runs and signals (points without one form the phase "").
 */
export function analyseSeries(
  points: readonly SpcPoint[],
  options: AnalyseOptions,
): SeriesResult | PhasedResult {
  const { freeze } = options;
  if (freeze !== undefined && (!Number.isInteger(freeze) || freeze < 1))
    throw new SpcError('freeze must be a whole number of points, at least 1');
  if (!points.some((point) => point.phase !== undefined)) return analyseOne(points, options, freeze);
  const phases = new Map<string, SpcPoint[]>();
  for (const point of points) {
    const phase = point.phase ?? '';
    phases.set(phase, [...(phases.get(phase) ?? []), point]);
  }
  return {
    phases: [...phases].map(([phase, members], index) => ({
      phase,
      ...analyseOne(members, options, index === 0 ? freeze : undefined),
    })),
  };
}

function analyseOne(
  points: readonly SpcPoint[],
  { chart, direction }: AnalyseOptions,
  freeze: number | undefined,
): SeriesResult {
  if (points.length === 0) throw new SpcError('the series has no points');
  const values = points.map(valueOf);
  const periods = points.map((point) => point.period);
  const basis = freeze === undefined ? points.length : Math.min(freeze, points.length);
  const { centre, lower, upper, pointLower, pointUpper } = limitsFor(chart, points, values, basis);
  const figures = runsAround(values, centre);
  const judge = (side: 1 | -1): Signal['direction'] =>
    direction === undefined ? null : (side === 1) === (direction === 'up') ? 'better' : 'worse';

  const signals: Signal[] = [];
  if (figures.useful >= MIN_USEFUL_POINTS) {
    // A long run on either side is a shift of its own; both sides can have one.
    const limit = figures.longestRunLimit!;
    if (figures.longestAbove > limit) signals.push({ rule: 'shift', direction: judge(1) });
    if (figures.longestBelow > limit) signals.push({ rule: 'shift', direction: judge(-1) });
    if (figures.crossings < figures.crossingsLimit!) signals.push({ rule: 'crossings', direction: null });
  }
  const results = values.map((value, i): PointResult => {
    const low = pointLower(i);
    const high = pointUpper(i);
    const outside = (low !== null && value < low) || (high !== null && value > high);
    return { period: periods[i]!, value, lower: low, upper: high, outside };
  });
  // One outside signal per side, however many points are beyond it: the points say which.
  if (results.some((point) => point.upper !== null && point.value > point.upper))
    signals.push({ rule: 'outside', direction: judge(1) });
  if (results.some((point) => point.lower !== null && point.value < point.lower))
    signals.push({ rule: 'outside', direction: judge(-1) });

  const { useful, longestRun, longestRunLimit, crossings, crossingsLimit } = figures;
  return {
    centre,
    lower,
    upper,
    points: results,
    runs: { useful, longestRun, longestRunLimit, crossings, crossingsLimit },
    signals,
  };
}

/** A point's value: its proportion when it has a numerator and denominator. */
function valueOf(point: SpcPoint): number {
  return 'value' in point ? point.value : point.numerator / point.denominator;
}

/** Centre and limits from the first `basis` points, applied to every point. */
function limitsFor(chart: ChartKind, points: readonly SpcPoint[], values: number[], basis: number) {
  const none = () => null;
  switch (chart) {
    case 'run':
      return {
        centre: median(values.slice(0, basis)),
        lower: null,
        upper: null,
        pointLower: none,
        pointUpper: none,
      };
    case 'i': {
      const { centre, lower, upper } = individualsLimits(values.slice(0, basis));
      return { centre, lower, upper, pointLower: () => lower, pointUpper: () => upper };
    }
    case 'p': {
      const numerators: number[] = [];
      const denominators: number[] = [];
      for (const point of points) {
        if ('value' in point)
          throw new SpcError(`a P chart needs a numerator and denominator (period ${point.period})`);
        numerators.push(point.numerator);
        denominators.push(point.denominator);
      }
      const { centre } = proportionLimits(numerators.slice(0, basis), denominators.slice(0, basis));
      const { lower, upper } = proportionLimitsAround(centre, denominators);
      return {
        centre,
        lower: null,
        upper: null,
        pointLower: (i: number) => lower[i]!,
        pointUpper: (i: number) => upper[i]!,
      };
    }
  }
}
