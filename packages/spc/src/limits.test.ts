import { describe, expect, it } from 'vitest';
import { individualsLimits, proportionLimits } from './limits.js';

describe('individualsLimits', () => {
  it('is the mean ± 2.66 × the average moving range', () => {
    // Mean (2 + 4 + 3 + 7) / 4 = 4; moving ranges 2, 1, 4: average 7 / 3; 2.66 × 7 / 3 = 6.2067.
    const limits = individualsLimits([2, 4, 3, 7]);
    expect(limits.centre).toBe(4);
    expect(limits.averageMovingRange).toBeCloseTo(7 / 3, 12);
    expect(limits.lower).toBeCloseTo(4 - 6.2066667, 6);
    expect(limits.upper).toBeCloseTo(4 + 6.2066667, 6);
  });

  it('has no spread with a single point', () => {
    expect(individualsLimits([5])).toEqual({ centre: 5, lower: 5, upper: 5, averageMovingRange: 0 });
  });
});

describe('proportionLimits', () => {
  it('weights p̄ by the denominators and clamps the limits to [0, 1]', () => {
    // p̄ = (1 + 9) / (10 + 10) = 0.5; 3√(0.25 / 10) = 0.4743: limits 0.0257 and 0.9743.
    // With n = 2 the limits 0.5 ± 3√(0.125) = 0.5 ± 1.06 are clamped to 0 and 1.
    const limits = proportionLimits([1, 9, 1], [10, 10, 2]);
    expect(limits.centre).toBeCloseTo(11 / 22, 12);
    expect(limits.lower[0]).toBeCloseTo(0.5 - 3 * Math.sqrt(0.025), 12);
    expect(limits.upper[1]).toBeCloseTo(0.5 + 3 * Math.sqrt(0.025), 12);
    expect(limits.lower[2]).toBe(0);
    expect(limits.upper[2]).toBe(1);
  });
});
