/**
 * A measure's charts, school by school: each school's points split into phases (the baseline,
 * then one per change the team confirmed), analysed by the signal rules of @trellis/spc on a run
 * chart and on an SPC chart (I for values, P for proportions). `chartOf` is pure; the API's chart
 * and the per-series summaries (`refreshMeasureSeries`) both come from it, so they never disagree.
 */
import {
  analyseSeries,
  MIN_USEFUL_POINTS,
  type ChartKind,
  type SeriesResult,
  type SpcPoint,
} from '@trellis/spc';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import type { MeasureDirection, MeasureType } from '../shared/vocabulary.js';
import type { MeasureChartView } from './measures.schema.js';
import { measurePhases, measurePoints, measures, measureSeries } from './measures.table.js';

/** What of a measure its charts depend on. */
export interface ChartedMeasure {
  type: MeasureType;
  direction: MeasureDirection;
  /** The last period of a frozen baseline, or null. */
  baselineEndsOn: string | null;
}

/** One school's figure for one period, as stored. */
export interface ChartedPoint {
  school: { id: string; name: string };
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** A change the team confirmed: from `startsOn` on, a phase of its own. */
export interface ChartedPhase {
  startsOn: string;
  label: string;
}

export type ChartSeries = MeasureChartView['series'][number];
type ChartPhaseView = ChartSeries['run']['phases'][number];

/** How many last points a series summary keeps for the small multiples. */
export const RECENT_POINTS = 24;

/** The SPC chart a measure's type calls for: I (XmR) for values, P for proportions. */
export const spcChartOf = (type: MeasureType): 'i' | 'p' => (type === 'proportion' ? 'p' : 'i');

/** A point's charted value: its value, or its proportion. */
export const chartedValue = (point: Pick<ChartedPoint, 'value' | 'numerator' | 'denominator'>) =>
  point.value ?? point.numerator! / point.denominator!;

/**
 * Every school's run chart and SPC chart, in the order the schools' names sort, each school apart
 * (never pooled). Points may come in any order; phases too.
 */
export function chartOf(
  measure: ChartedMeasure,
  points: readonly ChartedPoint[],
  phases: readonly ChartedPhase[],
): ChartSeries[] {
  const bySchool = new Map<string, ChartedPoint[]>();
  for (const point of points) {
    const list = bySchool.get(point.school.id);
    if (list) list.push(point);
    else bySchool.set(point.school.id, [point]);
  }
  const confirmed = [...phases].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return [...bySchool.values()]
    .map((series) => schoolChart(measure, series, confirmed))
    .sort((a, b) => a.school.name.localeCompare(b.school.name) || a.school.id.localeCompare(b.school.id));
}

function schoolChart(
  measure: ChartedMeasure,
  unsorted: ChartedPoint[],
  confirmed: readonly ChartedPhase[],
): ChartSeries {
  const series = [...unsorted].sort((a, b) => a.period.localeCompare(b.period));
  // Index 0 is the baseline; i + 1 the i-th confirmed change. A point belongs to the latest
  // phase that started on or before its period. Keys are indices, not labels, so that two
  // changes with the same label stay two phases.
  const phaseIndexOf = (period: string) => {
    let index = 0;
    confirmed.forEach((phase, i) => {
      if (phase.startsOn <= period) index = i + 1;
    });
    return index;
  };
  const spcPoints: SpcPoint[] = series.map((point) => ({
    period: point.period,
    phase: String(phaseIndexOf(point.period)),
    ...(point.value !== null
      ? { value: point.value }
      : { numerator: point.numerator!, denominator: point.denominator! }),
  }));
  const hasBaseline = spcPoints[0]!.phase === '0';
  // The freeze holds the baseline's centre and limits to its points up to baselineEndsOn.
  const frozen =
    hasBaseline && measure.baselineEndsOn !== null
      ? spcPoints.filter((point) => point.phase === '0' && point.period <= measure.baselineEndsOn!).length
      : 0;
  const freeze = frozen > 0 ? frozen : undefined;

  const analyse = (chart: ChartKind): { phases: ChartPhaseView[] } => {
    const result = analyseSeries(spcPoints, { chart, direction: measure.direction, freeze });
    const analysed = 'phases' in result ? result.phases : [{ phase: '0', ...result }];
    return {
      phases: analysed.map(({ phase, ...rest }, position) => {
        const index = Number(phase);
        const change = index === 0 ? null : confirmed[index - 1]!;
        return {
          // The baseline has no label of its own: the web app names it in the reader's language.
          label: change?.label ?? '',
          startsOn: change?.startsOn ?? series[0]!.period,
          frozenPoints: position === 0 && freeze !== undefined ? freeze : null,
          ...(rest satisfies SeriesResult),
        };
      }),
    };
  };
  const charts = { school: series[0]!.school, run: analyse('run'), spc: analyse(spcChartOf(measure.type)) };
  return { ...charts, moved: movedBy(charts, measure.direction) };
}

/**
 * Where a confirmed change moved the process: the SPC centre line of the latest phase beyond the
 * limits of the phase before it (which had enough points to judge), in the better or worse
 * direction. A shift the team confirmed as a change splits the series there, so the new phase's
 * own rules seldom fire again: this is how the change itself is judged (docs/inquiry.md).
 */
export function movedBy(
  series: Omit<ChartSeries, 'moved'>,
  direction: MeasureDirection,
): 'better' | 'worse' | null {
  const phases = series.spc.phases;
  const runPhases = series.run.phases;
  if (phases.length < 2 || runPhases.at(-2)!.runs.useful < MIN_USEFUL_POINTS) return null;
  const latest = phases.at(-1)!;
  const previous = phases.at(-2)!;
  const uppers = previous.points.map((point) => point.upper).filter((limit) => limit !== null);
  const lowers = previous.points.map((point) => point.lower).filter((limit) => limit !== null);
  const above = uppers.length > 0 && latest.centre > Math.max(...uppers);
  const below = lowers.length > 0 && latest.centre < Math.min(...lowers);
  if (!above && !below) return null;
  return above === (direction === 'up') ? 'better' : 'worse';
}

/** What one school's series shows, as measure_series keeps it. */
export function summaryOf(series: ChartSeries, points: readonly ChartedPoint[]) {
  const latestRun = series.run.phases.at(-1)!;
  const latestSpc = series.spc.phases.at(-1)!;
  const signals = [...latestRun.signals, ...latestSpc.signals];
  const { moved } = series;
  const sorted = [...points].sort((a, b) => a.period.localeCompare(b.period));
  return {
    points: sorted.length,
    firstPeriod: sorted[0]!.period,
    lastPeriod: sorted.at(-1)!.period,
    better: moved === 'better' || signals.some((signal) => signal.direction === 'better'),
    worse: moved === 'worse' || signals.some((signal) => signal.direction === 'worse'),
    judged: moved !== null || latestRun.runs.useful >= MIN_USEFUL_POINTS,
    recent: sorted
      .slice(-RECENT_POINTS)
      .map((point): [string, number] => [point.period, chartedValue(point)]),
  };
}

/**
 * Recomputes the measure_series rows of every school of the measure from its points and phases,
 * and deletes those of schools left without points. Call it in the transaction of every write
 * that changes a measure's points, phases, type, direction or baseline: the roll-up reads these rows.
 */
export async function refreshMeasureSeries(db: Executor, measureId: string): Promise<void> {
  const [measure] = await db
    .select({ type: measures.type, direction: measures.direction, baselineEndsOn: measures.baselineEndsOn })
    .from(measures)
    .where(eq(measures.id, measureId));
  await db.delete(measureSeries).where(eq(measureSeries.measureId, measureId));
  if (!measure) return;
  const rows = await db
    .select({
      schoolId: measurePoints.schoolId,
      period: measurePoints.period,
      value: measurePoints.value,
      numerator: measurePoints.numerator,
      denominator: measurePoints.denominator,
    })
    .from(measurePoints)
    .where(eq(measurePoints.measureId, measureId));
  if (rows.length === 0) return;
  const phases = await db
    .select({ startsOn: measurePhases.startsOn, label: measurePhases.label })
    .from(measurePhases)
    .where(eq(measurePhases.measureId, measureId))
    .orderBy(asc(measurePhases.startsOn));
  // Names do not matter to a summary: the school's id stands in for it.
  const points: ChartedPoint[] = rows.map(({ schoolId, ...point }) => ({
    school: { id: schoolId, name: schoolId },
    ...point,
  }));
  const computedAt = new Date();
  const summaries = chartOf(measure, points, phases).map((series) => ({
    measureId,
    schoolId: series.school.id,
    ...summaryOf(
      series,
      points.filter((point) => point.school.id === series.school.id),
    ),
    computedAt,
  }));
  await db.insert(measureSeries).values(summaries);
}
