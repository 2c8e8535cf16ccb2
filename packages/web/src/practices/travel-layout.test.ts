import { describe, expect, it } from 'vitest';
import { layoutTravel, TRAVEL_GEOMETRY } from './travel-layout.ts';

const { columnGap, rowGap, nodeWidth, nodeHeight, margin } = TRAVEL_GEOMETRY;
const net = { id: 'n', slug: 'n', name: 'N' };
const edge = (
  adoptionId: string,
  from: string,
  to: string,
  extra: { mode?: 'adopted' | 'adapted' | 'abandoned'; tie?: boolean } = {},
) => ({
  adoptionId,
  from,
  to,
  startedOn: '2025-01-01',
  mode: extra.mode ?? 'adopted',
  network: net,
  alongExistingTie: extra.tie ?? false,
});

describe('layoutTravel', () => {
  const nodes = [
    { id: 'c', name: 'Colegio Zafiro', generation: 1 },
    { id: 'o', name: 'Origin', generation: 0 },
    { id: 'b', name: 'Ateneo', generation: 1 },
    { id: 'd', name: 'Delta', generation: 2 },
  ];
  const edges = [
    edge('e1', 'o', 'c', { tie: true }),
    edge('e2', 'o', 'b'),
    edge('e3', 'b', 'd', { mode: 'abandoned' }),
  ];

  it('puts each generation in its own column, left to right, schools ordered by name', () => {
    const layout = layoutTravel({ nodes, edges });
    const place = Object.fromEntries(layout.schools.map((s) => [s.id, [s.x, s.y]]));
    expect(place).toEqual({
      o: [margin, margin],
      b: [margin + columnGap, margin],
      c: [margin + columnGap, margin + rowGap],
      d: [margin + 2 * columnGap, margin],
    });
    expect(layout.height).toBe(2 * margin + rowGap + nodeHeight);
    expect(layout.width).toBe(2 * margin + 2 * columnGap + nodeWidth + 24);
  });

  it('draws an arrow from the source’s right edge to the adopter’s left edge, keeping tie and mode', () => {
    const layout = layoutTravel({ nodes, edges });
    expect(layout.arrows).toEqual([
      {
        adoptionId: 'e1',
        from: 'o',
        to: 'c',
        alongExistingTie: true,
        abandoned: false,
        x1: margin + nodeWidth,
        y1: margin + nodeHeight / 2,
        x2: margin + columnGap,
        y2: margin + rowGap + nodeHeight / 2,
      },
      expect.objectContaining({ adoptionId: 'e2', x2: margin + columnGap, y2: margin + nodeHeight / 2 }),
      expect.objectContaining({ adoptionId: 'e3', abandoned: true, x1: margin + columnGap + nodeWidth }),
    ]);
  });

  it('is the same whatever order the server lists schools in', () => {
    expect(layoutTravel({ nodes: nodes.toReversed(), edges })).toEqual(layoutTravel({ nodes, edges }));
  });

  it('skips an edge to a school it was not given, and is empty with no schools', () => {
    expect(layoutTravel({ nodes, edges: [edge('x', 'o', 'ghost')] }).arrows).toEqual([]);
    expect(layoutTravel({ nodes: [], edges: [] })).toEqual({ schools: [], arrows: [], width: 0, height: 0 });
  });
});
