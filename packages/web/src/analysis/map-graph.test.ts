import { describe, expect, it } from 'vitest';
import type { AnalysisMap } from './analysis.types.ts';
import {
  buildGraph,
  categoryCodes,
  colourByCategory,
  findNodes,
  HIDDEN_CATEGORY,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  sizesFor,
} from './map-graph.ts';
import { CATEGORY_COLOURS, OTHER_COLOUR } from './palette.ts';

/** A map of four people in two schools, plus an outsider: 0→1, 1→0, 1→2 (twice), 2→3. */
function smallMap(showsNames = true): AnalysisMap {
  return {
    analysisId: 'a',
    level: 'people',
    status: 'ready',
    showsNames,
    anonymity: null,
    computedAt: '2026-01-01T00:00:00Z',
    groups: [
      { id: 'g0', name: 'IES Norte' },
      { id: 'g1', name: 'CEIP Sur' },
    ],
    networks: [],
    nodes: {
      id: ['p0', 'p1', 'p2', 'p3', null],
      label: showsNames
        ? ['Ana', 'José Pérez', 'Jose Luis', 'Marta', 'Outside (NGO)']
        : [null, null, null, null, null],
      group: [0, 0, 1, 1, -1],
      network: [-1, -1, -1, -1, -1],
      inNetwork: [true, true, true, true, false],
      x: [0, 1, 2, 3, 4],
      y: [0, 1, 0, 1, 0],
      community: [0, 0, 1, 1, 2],
      brokerageRole: [null, 'liaison', 'gatekeeper', null, null],
      isolate: [false, false, false, false, true],
      cutPoint: [false, true, true, false, false],
      degree: [2, 4, 3, 1, 0],
      betweenness: [0, 0.5, 0.4, 0, 0],
      closeness: [0.5, 0.7, 0.6, 0.4, 0],
      pagerank: [0.2, 0.3, 0.25, 0.15, 0.1],
      eigenvector: [null, null, null, null, null],
      constraint: [1, 0.5, 0.6, 1, null],
      effectiveSize: [1, 2, 1.5, 1, null],
      core: [1, 1, 1, 1, 0],
    },
    edges: { source: [0, 1, 1, 1, 2], target: [1, 0, 2, 2, 3], weight: [1, 1, 2, 1, 1] },
  };
}

describe('categoryCodes', () => {
  it('reads organisations, communities and brokerage roles by node', () => {
    const map = smallMap();
    expect([...categoryCodes(map, 'organisation')]).toEqual([0, 0, 1, 1, -1]);
    expect([...categoryCodes(map, 'community')]).toEqual([0, 0, 1, 1, 2]);
    // liaison and gatekeeper are the fifth and second roles
    expect([...categoryCodes(map, 'role')]).toEqual([-1, 4, 1, -1, -1]);
  });

  it('keeps what an anonymised map does not show as a category of its own, apart from none', () => {
    const map = smallMap(false);
    map.nodes.group = [0, null, null, 0, -1];
    map.nodes.community = [null, null, 1, 1, 1];
    expect([...categoryCodes(map, 'organisation')]).toEqual([0, HIDDEN_CATEGORY, HIDDEN_CATEGORY, 0, -1]);
    expect([...categoryCodes(map, 'community')]).toEqual([HIDDEN_CATEGORY, HIDDEN_CATEGORY, 1, 1, 1]);
    // It gets a colour and a legend line like any category.
    const { legend } = colourByCategory(categoryCodes(map, 'organisation'));
    expect(legend.map((entry) => [entry.code, entry.count])).toEqual([
      [HIDDEN_CATEGORY, 2],
      [0, 2],
      [null, 1],
    ]);
  });
});

describe('colourByCategory', () => {
  it('colours the largest categories and puts the rest under "other"', () => {
    const codes = Int32Array.from([5, 5, 5, 2, 2, 9, -1]);
    const { colours, legend } = colourByCategory(codes, 2);
    expect(legend).toEqual([
      { code: 5, count: 3, colour: CATEGORY_COLOURS[0] },
      { code: 2, count: 2, colour: CATEGORY_COLOURS[1] },
      { code: null, count: 2, colour: OTHER_COLOUR },
    ]);
    expect(colours).toEqual([
      CATEGORY_COLOURS[0],
      CATEGORY_COLOURS[0],
      CATEGORY_COLOURS[0],
      CATEGORY_COLOURS[1],
      CATEGORY_COLOURS[1],
      OTHER_COLOUR,
      OTHER_COLOUR,
    ]);
  });

  it('has no "other" line when every node is in a top category', () => {
    expect(colourByCategory(Int32Array.from([0, 1, 1])).legend.map((entry) => entry.code)).toEqual([1, 0]);
  });
});

describe('sizesFor', () => {
  it('grows the area with the value and gives nodes without a value the smallest size', () => {
    const sizes = sizesFor([0, 0.25, 1, null]);
    expect(sizes[0]).toBe(MIN_NODE_SIZE);
    expect(sizes[1]).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * 0.5, 5);
    expect(sizes[2]).toBe(MAX_NODE_SIZE);
    expect(sizes[3]).toBe(MIN_NODE_SIZE);
  });

  it('gives every node the smallest size when all values are equal', () => {
    expect([...sizesFor([3, 3, 3])]).toEqual([MIN_NODE_SIZE, MIN_NODE_SIZE, MIN_NODE_SIZE]);
  });
});

describe('buildGraph', () => {
  it('keys nodes by index, draws repeated ties once and keeps labels only when names are shown', () => {
    const map = smallMap();
    const graph = buildGraph(map, Array(5).fill('#000000'), sizesFor(map.nodes.degree));
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    expect(graph.hasDirectedEdge('1', '0')).toBe(true);
    expect(graph.getNodeAttributes('1')).toMatchObject({ x: 1, y: 1, label: 'José Pérez' });

    const anonymous = buildGraph(smallMap(false), Array(5).fill('#000000'), sizesFor(map.nodes.degree));
    expect(anonymous.getNodeAttribute('1', 'label')).toBeNull();
  });
});

describe('findNodes', () => {
  it('finds names ignoring accents and case, exact matches first', () => {
    const labels = smallMap().nodes.label;
    expect(findNodes(labels, 'jose')).toEqual([1, 2]);
    expect(findNodes(labels, 'JOSE LUIS')).toEqual([2]);
    expect(findNodes(labels, '  ')).toEqual([]);
    expect(findNodes([null, null], 'ana')).toEqual([]);
  });
});
