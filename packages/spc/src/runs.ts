/**
 * Anhøj's runs rules for run charts: the longest run on one side of the centre line and the
 * number of times the series crosses it, against limits that depend on how many points are not
 * on the centre line.
 *
 * J. Anhøj and A. V. Olesen, "Run charts revisited: a simulation study of run chart rules for
 * detection of non-random variation in health care processes", PLoS ONE 9(11): e113825, 2014;
 * the limits are those of the R package qicharts2: round(log2(n) + 3) and qbinom(0.05, n - 1, 0.5).
 */

/** Fewer useful points than this and no runs signal is claimed (Anhøj & Olesen 2014). */
export const MIN_USEFUL_POINTS = 10;

/** The side of the centre line a value is on: 1 above, -1 below, 0 on it. */
export type Side = 1 | -1 | 0;

/** The runs figures of a series around its centre line. */
export interface RunsFigures {
  /** Points not on the centre line: the n of both limits. */
  useful: number;
  longestRun: number;
  /** The longest run above the centre line, and below it (0 when there is none). */
  longestAbove: number;
  longestBelow: number;
  crossings: number;
  /** Null when there are no useful points. */
  longestRunLimit: number | null;
  crossingsLimit: number | null;
}

/** The median of the values (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Which side of `centre` the value is on. */
export function sideOf(value: number, centre: number): Side {
  return value > centre ? 1 : value < centre ? -1 : 0;
}

/**
 * Runs and crossings around `centre`. Points on the centre line are dropped before counting:
 * they neither break a run nor add to it, and passing through the line is not a crossing
 * unless the series comes out on the other side.
 */
export function runsAround(values: readonly number[], centre: number): RunsFigures {
  const sides = values.map((value) => sideOf(value, centre)).filter((side) => side !== 0);
  let longestAbove = 0;
  let longestBelow = 0;
  let crossings = 0;
  let run = 0;
  sides.forEach((side, index) => {
    if (index > 0 && side !== sides[index - 1]) {
      crossings += 1;
      run = 0;
    }
    run += 1;
    if (side === 1) longestAbove = Math.max(longestAbove, run);
    else longestBelow = Math.max(longestBelow, run);
  });
  const useful = sides.length;
  return {
    useful,
    longestRun: Math.max(longestAbove, longestBelow),
    longestAbove,
    longestBelow,
    crossings,
    longestRunLimit: useful > 0 ? longestRunLimit(useful) : null,
    crossingsLimit: useful > 0 ? crossingsLimit(useful) : null,
  };
}

/** The longest run expected by chance among n useful points: round(log2(n) + 3). */
export function longestRunLimit(useful: number): number {
  return Math.round(Math.log2(useful) + 3);
}

/** The fewest crossings expected by chance among n useful points: the 5th percentile of Binomial(n − 1, ½). */
export function crossingsLimit(useful: number): number {
  return binomialHalfQuantile(0.05, useful - 1);
}

/**
 * The p-quantile of Binomial(trials, ½) as R's qbinom defines it: the smallest c with
 * P(X ≤ c) ≥ p. (For p = 0.05 that is also the largest c with P(X < c) ≤ 0.05, since no
 * cumulative probability of Binomial(m, ½), a multiple of 2^−m, equals 0.05.) Probabilities are
 * summed from logarithms so that long series do not underflow 2^−m to zero.
 */
export function binomialHalfQuantile(p: number, trials: number): number {
  let logMass = trials * Math.log(0.5);
  let cumulative = 0;
  for (let c = 0; c < trials; c += 1) {
    cumulative += Math.exp(logMass);
    if (cumulative >= p) return c;
    logMass += Math.log((trials - c) / (c + 1));
  }
  return trials;
}
