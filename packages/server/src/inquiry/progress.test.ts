import { describe, expect, it } from 'vitest';
import { needsReason, progressCap, proposedScore, type ProgressFacts } from './progress.js';

const nothing: ProgressFacts = {
  teamSize: 1,
  hasAim: false,
  measures: 0,
  changeIdeas: 0,
  cyclesStarted: 0,
  cyclesDecided: 0,
  changeKept: false,
  scaledUp: false,
  targetMeasureHasData: false,
  schools: 3,
  schoolsBetterAnyMeasure: 0,
  schoolsBetterOutcome: 0,
  targetMetEverywhere: false,
};

describe('the IHI progress score', () => {
  it('climbs one level at a time as the inquiry does more', () => {
    const steps: [Partial<ProgressFacts>, number][] = [
      [{}, 0.5],
      [{ teamSize: 3 }, 1],
      [{ teamSize: 3, hasAim: true, changeIdeas: 2 }, 1.5],
      [{ teamSize: 3, hasAim: true, changeIdeas: 2, cyclesStarted: 1 }, 2],
      [{ teamSize: 3, hasAim: true, changeIdeas: 2, cyclesStarted: 1, cyclesDecided: 1 }, 2.5],
    ];
    for (const [facts, score] of steps) expect(proposedScore({ ...nothing, ...facts })).toBe(score);
  });

  it('stops at a level that is not reached, whatever comes after it', () => {
    // Better signals everywhere, but no team of two: the scale starts from the team.
    expect(proposedScore({ ...nothing, schoolsBetterAnyMeasure: 3, targetMeasureHasData: true })).toBe(0.5);
  });

  const testing: ProgressFacts = {
    ...nothing,
    teamSize: 4,
    hasAim: true,
    measures: 2,
    changeIdeas: 3,
    cyclesStarted: 4,
    cyclesDecided: 3,
    changeKept: true,
  };

  it('cannot pass 2.5 until a measure with a target has data', () => {
    expect(proposedScore(testing)).toBe(2.5);
    expect(progressCap(testing)).toEqual({ cap: 2.5, capReason: 'no_target_data' });
    expect(needsReason(3, testing)).toBe(true);
    expect(needsReason(2.5, testing)).toBe(false);
  });

  it('cannot pass 3.0 without a signal in the better direction', () => {
    const withData = { ...testing, targetMeasureHasData: true };
    expect(proposedScore(withData)).toBe(3);
    expect(progressCap(withData)).toEqual({ cap: 3, capReason: 'no_better_signal' });
    expect(needsReason(3.5, withData)).toBe(true);
  });

  it('reaches 3.5 on a process signal, 4 on an outcome signal, 4.5 in half the schools, 5 everywhere at target', () => {
    const withData = { ...testing, targetMeasureHasData: true };
    expect(proposedScore({ ...withData, schoolsBetterAnyMeasure: 1 })).toBe(3.5);
    expect(proposedScore({ ...withData, schoolsBetterAnyMeasure: 1, schoolsBetterOutcome: 1 })).toBe(4);
    expect(proposedScore({ ...withData, schoolsBetterAnyMeasure: 2, schoolsBetterOutcome: 2 })).toBe(4.5);
    const everywhere = { ...withData, schoolsBetterAnyMeasure: 3, schoolsBetterOutcome: 3 };
    expect(proposedScore(everywhere)).toBe(4.5);
    expect(proposedScore({ ...everywhere, targetMetEverywhere: true, scaledUp: true })).toBe(5);
    expect(progressCap(everywhere)).toEqual({ cap: 5, capReason: null });
  });
});
