/**
 * Control limits for the two Shewhart charts Trellis draws (D. C. Montgomery, "Introduction to
 * Statistical Quality Control", chapters 6–7; D. J. Wheeler, "Understanding Variation").
 */

/** Wheeler's scaling constant for XmR charts: 3 / d2, with d2 = 1.128 for moving ranges of two. */
export const XMR_SCALE = 2.66;

/** The limits of an individuals (XmR) chart. */
export interface IndividualsLimits {
  centre: number;
  lower: number;
  upper: number;
  averageMovingRange: number;
}

/** The limits of a P chart: one centre, limits for each point (they depend on its denominator). */
export interface ProportionLimits {
  centre: number;
  lower: number[];
  upper: number[];
}

/** I chart: centre = mean, limits = mean ± 2.66 × the average moving range (0 with a single point). */
export function individualsLimits(values: readonly number[]): IndividualsLimits {
  const centre = values.reduce((sum, value) => sum + value, 0) / values.length;
  let ranges = 0;
  for (let i = 1; i < values.length; i += 1) ranges += Math.abs(values[i]! - values[i - 1]!);
  const averageMovingRange = values.length > 1 ? ranges / (values.length - 1) : 0;
  return {
    centre,
    lower: centre - XMR_SCALE * averageMovingRange,
    upper: centre + XMR_SCALE * averageMovingRange,
    averageMovingRange,
  };
}

/** P chart: p̄ = Σ numerators / Σ denominators, limits p̄ ± 3·√(p̄(1 − p̄)/nᵢ) clamped to [0, 1]. */
export function proportionLimits(
  numerators: readonly number[],
  denominators: readonly number[],
): ProportionLimits {
  const total = (list: readonly number[]) => list.reduce((sum, value) => sum + value, 0);
  const centre = total(numerators) / total(denominators);
  return { centre, ...proportionLimitsAround(centre, denominators) };
}

/** The P chart's limits around a given centre (a frozen baseline's p̄), one pair per denominator. */
export function proportionLimitsAround(centre: number, denominators: readonly number[]) {
  const sigmas = denominators.map((n) => 3 * Math.sqrt((centre * (1 - centre)) / n));
  return {
    lower: sigmas.map((sigma) => Math.max(0, centre - sigma)),
    upper: sigmas.map((sigma) => Math.min(1, centre + sigma)),
  };
}
