/**
 * Where a practice has travelled, laid out as a small layered graph: one column per generation
 * (the originating school on the left), schools in a column ordered by name then id, so the same
 * travel always draws the same picture. Pure, so it is tested without a browser.
 */
import type { PracticeTravel } from '../api/types.ts';

export const TRAVEL_GEOMETRY = { columnGap: 200, rowGap: 64, nodeWidth: 150, nodeHeight: 40, margin: 12 };

export interface PlacedSchool {
  id: string;
  name: string;
  generation: number;
  /** The top-left corner of the school's box. */
  x: number;
  y: number;
}

export interface PlacedArrow {
  adoptionId: string;
  from: string;
  to: string;
  alongExistingTie: boolean;
  abandoned: boolean;
  /** From the source box's right edge to the adopter box's left edge (or between sides in a column). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TravelLayout {
  schools: PlacedSchool[];
  arrows: PlacedArrow[];
  width: number;
  height: number;
}

export function layoutTravel(travel: Pick<PracticeTravel, 'nodes' | 'edges'>): TravelLayout {
  const { columnGap, rowGap, nodeWidth, nodeHeight, margin } = TRAVEL_GEOMETRY;
  const columns = new Map<number, PracticeTravel['nodes']>();
  for (const node of travel.nodes)
    columns.set(node.generation, [...(columns.get(node.generation) ?? []), node]);
  const generations = [...columns.keys()].sort((a, b) => a - b);
  const schools: PlacedSchool[] = [];
  generations.forEach((generation, column) => {
    const inColumn = [...(columns.get(generation) ?? [])].sort(
      (a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    inColumn.forEach((node, row) =>
      schools.push({
        id: node.id,
        name: node.name,
        generation,
        x: margin + column * columnGap,
        y: margin + row * rowGap,
      }),
    );
  });
  const at = new Map(schools.map((school) => [school.id, school]));
  const arrows: PlacedArrow[] = [];
  for (const edge of travel.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) continue;
    const forward = to.x > from.x;
    const sameColumn = to.x === from.x;
    arrows.push({
      adoptionId: edge.adoptionId,
      from: edge.from,
      to: edge.to,
      alongExistingTie: edge.alongExistingTie,
      abandoned: edge.mode === 'abandoned',
      x1: sameColumn || forward ? from.x + nodeWidth : from.x,
      y1: from.y + nodeHeight / 2,
      x2: sameColumn ? to.x + nodeWidth : forward ? to.x : to.x + nodeWidth,
      y2: to.y + nodeHeight / 2,
    });
  }
  const rows = Math.max(0, ...[...columns.values()].map((column) => column.length));
  return {
    schools,
    arrows,
    width: generations.length === 0 ? 0 : 2 * margin + (generations.length - 1) * columnGap + nodeWidth + 24,
    height: rows === 0 ? 0 : 2 * margin + (rows - 1) * rowGap + nodeHeight,
  };
}
