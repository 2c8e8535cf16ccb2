/**
 * The one sentence under each chart that says what its signals are, in the reader's language: from
 * the chart's latest phase (the API's runs figures and signals; the rules themselves are computed
 * on the server by @trellis/spc, never here). Points outside the limits are counted by the side
 * they lie on, which the measure's direction makes better or worse.
 */
import type { Measure, SeriesPhase } from '../api/types.ts';
import type { MeasuresMessages } from '../i18n/measures.messages.ts';
import type { PluralMessage } from '../i18n/en.ts';

export interface Say {
  m: MeasuresMessages;
  fill(template: string, values?: Record<string, string | number>): string;
  plural(message: PluralMessage, count: number): string;
}

const sentence = (parts: string[]) => {
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/** The run chart's runs rules for one phase: a shift, too few crossings, or too few points to tell. */
export function runSummary(phase: SeriesPhase, direction: Measure['direction'], say: Say): string[] {
  const { m, fill } = say;
  const { runs } = phase;
  if (runs.longestRunLimit === null || runs.crossingsLimit === null || runs.useful < 10)
    return [fill(m.tooFew, { count: runs.useful })];
  const shift = phase.signals.find((signal) => signal.rule === 'shift');
  const parts: string[] = [];
  if (shift) {
    // Better and up means above the median; better and down means below, and so on.
    const above = (shift.direction === 'better') === (direction === 'up');
    const template = shift.direction === 'worse' ? m.shiftWorse : m.shiftBetter;
    parts.push(
      fill(template, { run: runs.longestRun, side: above ? m.above : m.below, limit: runs.longestRunLimit }),
    );
  } else parts.push(fill(m.shiftNone, { run: runs.longestRun, limit: runs.longestRunLimit }));
  if (phase.signals.some((signal) => signal.rule === 'crossings'))
    parts.push(fill(m.crossingsFew, { crossings: runs.crossings, limit: runs.crossingsLimit }));
  return parts;
}

/** The SPC chart's 3-sigma rule for one phase: how many points lie outside, on which side. */
export function outsideSummary(phase: SeriesPhase, direction: Measure['direction'], say: Say): string {
  const { m, plural } = say;
  let better = 0;
  let worse = 0;
  for (const point of phase.points) {
    if (!point.outside) continue;
    const high = point.upper !== null && point.value > point.upper;
    if (high === (direction === 'up')) better += 1;
    else worse += 1;
  }
  const parts = [
    better > 0 ? plural(m.outsideBetter, better) : null,
    worse > 0 ? plural(m.outsideWorse, worse) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : m.outsideNone;
}

/** The sentence for one school: its run chart's and SPC chart's latest phase together. */
export function seriesSummary(
  run: SeriesPhase | undefined,
  spc: SeriesPhase | undefined,
  direction: Measure['direction'],
  say: Say,
): string {
  if (!run || run.points.length === 0) return say.m.noPoints;
  const parts = runSummary(run, direction, say);
  const tooFew = parts.length === 1 && parts[0] === say.fill(say.m.tooFew, { count: run.runs.useful });
  if (tooFew) {
    // "Too few points … no signal is claimed." stands alone; a point outside the limits still counts.
    const outside = spc ? outsideSummary(spc, direction, say) : say.m.outsideNone;
    return outside === say.m.outsideNone ? parts[0]! : `${parts[0]!} ${sentence([outside])}`;
  }
  if (spc) parts.push(outsideSummary(spc, direction, say));
  return sentence(parts);
}
