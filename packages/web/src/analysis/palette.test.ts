import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, contrastRatio, MAP_BACKGROUND, OTHER_COLOUR } from './palette.ts';

describe('map palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps every category colour and "other" at 3:1 or more on the map background', () => {
    for (const colour of [...CATEGORY_COLOURS, OTHER_COLOUR]) {
      expect(contrastRatio(colour, MAP_BACKGROUND), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('has no colour twice', () => {
    expect(new Set(CATEGORY_COLOURS).size).toBe(CATEGORY_COLOURS.length);
  });
});
