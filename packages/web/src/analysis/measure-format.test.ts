import { describe, expect, it } from 'vitest';
import { measureFormats } from './measure-format.ts';

describe('measureFormats', () => {
  it('keeps three significant figures of a small density, so that waves differ', () => {
    const { share } = measureFormats('en');
    expect(share(0.001234)).toBe('0.00123');
    expect(share(0.000412)).toBe('0.000412');
    expect(share(0.5)).toBe('0.5');
    expect(measureFormats('es').share(0.001234)).toBe('0,00123');
  });

  it('shows a small change in density as a signed non-zero number', () => {
    const { change } = measureFormats('en');
    // +590 ties on a map of 1,758 people: about +0.00019.
    expect(change(590 / (1758 * 1757))).toBe('+0.00019');
    expect(change(-0.0123)).toBe('-0.012');
    expect(change(0)).toBe('0');
  });
});
