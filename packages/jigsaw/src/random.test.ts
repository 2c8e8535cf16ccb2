import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle } from './random.js';

describe('seededRandom', () => {
  it('repeats its numbers for a seed, differs between seeds, and stays in [0, 1)', () => {
    const draw = (seed: number) => Array.from({ length: 1_000 }, seededRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    const numbers = draw(0);
    expect(numbers.every((x) => x >= 0 && x < 1)).toBe(true);
    // 1,000 uniform draws: mean ½ with a standard error of 0.009.
    expect(numbers.reduce((sum, x) => sum + x, 0) / numbers.length).toBeCloseTo(0.5, 1);
  });

  it('shuffles to a permutation, the same one for a seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const once = shuffle([...items], seededRandom(5));
    expect([...once].sort((a, b) => a - b)).toEqual(items);
    expect(once).not.toEqual(items);
    expect(shuffle([...items], seededRandom(5))).toEqual(once);
  });
});
