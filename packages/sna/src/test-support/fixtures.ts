/** Loads the NetworkX fixtures written by scripts/make-fixtures.py. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Graph } from '../graph/graph.js';
import type { EdgeInput } from '../graph/graph.js';

/** One fixture: a graph and NetworkX's values for it. */
export interface Fixture {
  name: string;
  directed: boolean;
  weighted: boolean;
  nodes: string[];
  groups: string[];
  edges: EdgeInput[];
  expected: Record<string, unknown> & {
    n: number;
    m: number;
    samplePivots: number[];
  };
}

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

/** Every fixture, by file name order. */
export function loadFixtures(): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture);
}

/** The fixture's graph, with its 'group' attribute set. */
export function fixtureGraph(f: Fixture): Graph {
  const g = Graph.fromEdges(f.edges, { directed: f.directed, weighted: f.weighted, nodes: f.nodes });
  g.setNodeAttribute('group', new Map(f.nodes.map((id, i) => [id, f.groups[i]!])));
  return g;
}

/** Asserts |a - e| <= tol · max(1, |e|) elementwise, treating null as NaN. */
export function close(
  actual: ArrayLike<number>,
  expected: readonly (number | null)[],
  tol: number,
  label: string,
): void {
  if (actual.length !== expected.length)
    throw new Error(`${label}: length ${actual.length} != ${expected.length}`);
  for (let i = 0; i < expected.length; i++) {
    closeValue(actual[i]!, expected[i] ?? null, tol, `${label}[${i}]`);
  }
}

/** Asserts one value, as `close`. */
export function closeValue(a: number | null, e: number | null, tol: number, label: string): void {
  const an = a === null || Number.isNaN(a);
  const en = e === null || Number.isNaN(e);
  if (an || en) {
    if (an !== en) throw new Error(`${label}: got ${a}, expected ${e}`);
    return;
  }
  if (Math.abs(a - e) > tol * Math.max(1, Math.abs(e))) throw new Error(`${label}: got ${a}, expected ${e}`);
}
