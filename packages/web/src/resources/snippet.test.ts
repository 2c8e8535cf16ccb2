import { describe, expect, it } from 'vitest';
import { snippetSegments } from './snippet.ts';

describe('snippetSegments', () => {
  it('cuts the text at the matches, in order, keeping every character', () => {
    const text = 'La mediación escolar resuelve conflictos';
    const segments = snippetSegments({
      text,
      matches: [
        { start: 30, length: 10 },
        { start: 3, length: 9 },
      ],
    });
    expect(segments).toEqual([
      { text: 'La ', marked: false },
      { text: 'mediación', marked: true },
      { text: ' escolar resuelve ', marked: false },
      { text: 'conflictos', marked: true },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('treats markup in the text as text, and skips overlapping, empty and out-of-range matches', () => {
    const segments = snippetSegments({
      text: '<b>x</b> y',
      matches: [
        { start: 0, length: 3 },
        { start: 1, length: 2 },
        { start: 5, length: 0 },
        { start: 40, length: 2 },
      ],
    });
    expect(segments).toEqual([
      { text: '<b>', marked: true },
      { text: 'x</b> y', marked: false },
    ]);
  });

  it('gives the whole text unmarked when nothing matched', () => {
    expect(snippetSegments({ text: 'Resumen', matches: [] })).toEqual([{ text: 'Resumen', marked: false }]);
  });
});
