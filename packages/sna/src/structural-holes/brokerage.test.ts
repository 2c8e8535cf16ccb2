/**
 * Hand-worked examples of Gould & Fernandez (1989), Fig. 1: the five mediation triads, each a
 * two-path A -> B -> C without A -> C, with B the broker.
 */
import { describe, expect, it } from 'vitest';
import { SnaError } from '../graph/errors.js';
import { Graph } from '../graph/graph.js';
import { brokerage } from './brokerage.js';

function triad(groups: [string, string, string], extra: [string, string][] = []): Graph {
  const pairs: [string, string][] = [['A', 'B'], ['B', 'C'], ...extra];
  const g = Graph.fromEdges(
    pairs.map(([source, target]) => ({ source, target })),
    { directed: true, nodes: ['A', 'B', 'C'] },
  );
  g.setNodeAttribute(
    'group',
    new Map([
      ['A', groups[0]],
      ['B', groups[1]],
      ['C', groups[2]],
    ]),
  );
  return g;
}

function rolesOf(g: Graph, id: string): Record<string, number> {
  const r = brokerage(g, 'group');
  const u = g.indexOf(id)!;
  return {
    coordinator: r.coordinator[u]!,
    gatekeeper: r.gatekeeper[u]!,
    representative: r.representative[u]!,
    consultant: r.consultant[u]!,
    liaison: r.liaison[u]!,
  };
}

const only = (role: string) => ({
  coordinator: 0,
  gatekeeper: 0,
  representative: 0,
  consultant: 0,
  liaison: 0,
  [role]: 1,
});

describe('Gould–Fernandez brokerage', () => {
  it.each([
    ['coordinator', ['x', 'x', 'x']],
    ['gatekeeper', ['y', 'x', 'x']],
    ['representative', ['x', 'x', 'y']],
    ['consultant', ['x', 'y', 'x']],
    ['liaison', ['x', 'y', 'z']],
  ] as const)('B is a %s', (role, groups) => {
    const g = triad([...groups]);
    expect(rolesOf(g, 'B')).toEqual(only(role));
    expect(rolesOf(g, 'A')).toEqual({
      coordinator: 0,
      gatekeeper: 0,
      representative: 0,
      consultant: 0,
      liaison: 0,
    });
  });

  it('does not count a two-path closed by a direct tie A -> C', () => {
    expect(rolesOf(triad(['x', 'x', 'x'], [['A', 'C']]), 'B').coordinator).toBe(0);
  });

  it('still counts it when only C -> A exists (the tie runs the other way)', () => {
    expect(rolesOf(triad(['x', 'x', 'x'], [['C', 'A']]), 'B').coordinator).toBe(1);
  });

  it('counts every open two-path through a broker', () => {
    // Two sources in group x send to B (group y), which passes to two members of group x and one
    // of z: 2 × 2 consultant paths and 2 × 1 liaison paths.
    const pairs: [string, string][] = [
      ['a1', 'B'],
      ['a2', 'B'],
      ['B', 'c1'],
      ['B', 'c2'],
      ['B', 'z'],
    ];
    const g = Graph.fromEdges(
      pairs.map(([source, target]) => ({ source, target })),
      { directed: true },
    );
    g.setNodeAttribute(
      'group',
      new Map([
        ['a1', 'x'],
        ['a2', 'x'],
        ['B', 'y'],
        ['c1', 'x'],
        ['c2', 'x'],
        ['z', 'z'],
      ]),
    );
    expect(rolesOf(g, 'B')).toEqual({
      coordinator: 0,
      gatekeeper: 0,
      representative: 0,
      consultant: 4,
      liaison: 2,
    });
  });

  it('refuses undirected graphs', () => {
    const g = Graph.fromEdges([{ source: 'a', target: 'b' }]);
    g.setNodeAttribute('group', new Map([['a', 'x']]));
    expect(() => brokerage(g, 'group')).toThrow(SnaError);
  });
});
