import { describe, expect, it } from 'vitest';
import type { Anonymity } from './analysis.types.ts';
import { bandRange, isBanded, measureText } from './bands.ts';

const number = (value: number) => String(value);
const none = { min: 0, max: 0, count: 0 };
const anonymity: Anonymity = {
  k: 5,
  bands: {
    degree: [
      { min: 0, max: 0, count: 7 },
      { min: 1, max: 3, count: 9 },
    ],
    betweenness: [],
    core: [none],
    pagerank: [],
    closeness: [],
    eigenvector: [],
    constraint: [],
    effectiveSize: [],
  },
};

describe('measure text', () => {
  it('shows values as sent when names are shown, and bands as ranges when anonymised', () => {
    expect(measureText(null, 'degree', 4, number)).toBe('4');
    expect(measureText(anonymity, 'degree', 1, number)).toBe('1–3');
    expect(measureText(anonymity, 'degree', 0, number)).toBe('0');
    expect(measureText(anonymity, 'degree', null, number)).toBeNull();
    expect(measureText(anonymity, 'betweenness', 0, number)).toBeNull(); // no such band
    expect(bandRange({ min: 0.25, max: 0.5, count: 5 }, number)).toBe('0.25–0.5');
    expect([isBanded('degree'), isBanded('clustering')]).toEqual([true, false]);
  });
});
