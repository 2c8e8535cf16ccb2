/**
 * The IHI Assessment Scale for collaboratives (0.5–5), proposed from what an inquiry's data show
 * and bounded by two caps the team may pass only with a reason (docs/inquiry.md, "Progress").
 * Pure: inquiries.service.ts gathers the facts.
 */
import { PROGRESS_CAP_WITHOUT_DATA, PROGRESS_CAP_WITHOUT_SIGNAL } from '../shared/vocabulary.js';

export interface ProgressFacts {
  teamSize: number;
  hasAim: boolean;
  measures: number;
  changeIdeas: number;
  /** Cycles whose start date has come, and cycles with a decision. */
  cyclesStarted: number;
  cyclesDecided: number;
  /** A decision to adopt, adapt or scale up a change. */
  changeKept: boolean;
  scaledUp: boolean;
  /** A measure with a target has at least one point. */
  targetMeasureHasData: boolean;
  /** Schools of the team, and those where a measure (any / an outcome measure) shows a better signal. */
  schools: number;
  schoolsBetterAnyMeasure: number;
  schoolsBetterOutcome: number;
  /** Every team school's latest outcome value meets its measure's target. */
  targetMetEverywhere: boolean;
}

export type CapReason = 'no_target_data' | 'no_better_signal';

/** The highest score the data support without a reason, and why it is not 5. */
export function progressCap(facts: ProgressFacts): { cap: number; capReason: CapReason | null } {
  if (!facts.targetMeasureHasData) return { cap: PROGRESS_CAP_WITHOUT_DATA, capReason: 'no_target_data' };
  if (facts.schoolsBetterAnyMeasure === 0)
    return { cap: PROGRESS_CAP_WITHOUT_SIGNAL, capReason: 'no_better_signal' };
  return { cap: 5, capReason: null };
}

/**
 * The score the data suggest: each level of the IHI scale asks what the one below did and more.
 * 0.5 intent; 1 a team formed; 1.5 planning (an aim, and measures or change ideas); 2 activity (a
 * cycle under way); 2.5 changes tested (a cycle decided); 3 modest improvement (a change kept, with
 * data on a measure with a target); 3.5 improvement (a better signal on any measure); 4 significant
 * improvement (on an outcome measure); 4.5 sustainable (in at least half the team's schools, a
 * change kept); 5 outstanding (every school better and at its target, a change scaled up).
 */
export function proposedScore(facts: ProgressFacts): number {
  const levels: [number, boolean][] = [
    [1, facts.teamSize >= 2],
    [1.5, facts.hasAim && (facts.measures > 0 || facts.changeIdeas > 0)],
    [2, facts.cyclesStarted > 0],
    [2.5, facts.cyclesDecided > 0],
    [3, facts.changeKept && facts.targetMeasureHasData],
    [3.5, facts.schoolsBetterAnyMeasure > 0],
    [4, facts.schoolsBetterOutcome > 0],
    [4.5, facts.schools > 0 && facts.schoolsBetterOutcome * 2 >= facts.schools],
    [5, facts.schoolsBetterOutcome === facts.schools && facts.targetMetEverywhere && facts.scaledUp],
  ];
  let score = 0.5;
  for (const [level, reached] of levels) {
    if (!reached) break;
    score = level;
  }
  return Math.min(score, progressCap(facts).cap);
}

/** A confirmed score above the cap needs a reason; one within it does not. */
export const needsReason = (score: number, facts: ProgressFacts) => score > progressCap(facts).cap;
