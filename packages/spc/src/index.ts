/** Statistical process control signal rules: run charts (Anhøj), I and P charts. No dependencies. */
export { analyseSeries } from './chart.js';
export type {
  AnalyseOptions,
  ChartKind,
  Direction,
  PhasedResult,
  PointResult,
  RunsResult,
  SeriesResult,
  Signal,
  SpcPoint,
} from './chart.js';
export { SpcError } from './errors.js';
export { individualsLimits, proportionLimits, proportionLimitsAround, XMR_SCALE } from './limits.js';
export type { IndividualsLimits, ProportionLimits } from './limits.js';
export {
  MIN_USEFUL_POINTS,
  binomialHalfQuantile,
  crossingsLimit,
  longestRunLimit,
  median,
  runsAround,
  sideOf,
} from './runs.js';
export type { RunsFigures, Side } from './runs.js';
