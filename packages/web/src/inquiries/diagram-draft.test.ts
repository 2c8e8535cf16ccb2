import { describe, expect, it } from 'vitest';
import { indent, inputOf, moved, outdent, type DiagramDraft } from './diagram-draft.ts';

const draft: DiagramDraft = {
  primary: [
    { key: 'a', text: 'A', secondary: [{ key: 'a1', text: 'A1' }] },
    { key: 'b', text: 'B', secondary: [{ key: 'b1', text: 'B1' }] },
  ],
  changeIdeas: [{ key: 'i', text: 'I', driverKeys: ['b', 'gone'], resources: [], practices: [] }],
};

describe('the driver diagram outline', () => {
  it('moves an item within its list, and leaves it at either end', () => {
    expect(moved(['x', 'y', 'z'], 2, -1)).toEqual(['x', 'z', 'y']);
    expect(moved(['x', 'y'], 0, -1)).toEqual(['x', 'y']);
  });
  it('indents a primary under the one before it, with its own secondaries after it', () => {
    const next = indent(draft, 1);
    expect(next.primary.map((p) => p.key)).toEqual(['a']);
    expect(next.primary[0]?.secondary.map((s) => s.key)).toEqual(['a1', 'b', 'b1']);
    expect(indent(draft, 0)).toBe(draft);
  });
  it('outdents a secondary to a primary right after its parent', () => {
    const next = outdent(draft, 0, 0);
    expect(next.primary.map((p) => p.key)).toEqual(['a', 'a1', 'b']);
    expect(next.primary[0]?.secondary).toEqual([]);
  });
  it('drops links to drivers no longer in the diagram when saving', () => {
    expect(inputOf(draft).changeIdeas[0]?.driverKeys).toEqual(['b']);
  });
});
