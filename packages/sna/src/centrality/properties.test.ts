/** Property tests (fast-check) over small random graphs: invariants every measure must keep. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { louvain } from '../communities/louvain.js';
import { Graph } from '../graph/graph.js';
import { averageClustering, clustering } from '../metrics/clustering.js';
import { strongComponents, weakComponents } from '../metrics/components.js';
import { coreNumber } from '../metrics/core-number.js';
import { modularity } from '../metrics/modularity.js';
import { constraint } from '../structural-holes/constraint.js';
import { betweenness } from './betweenness.js';
import { closeness } from './closeness.js';
import { degrees } from './degree.js';
import { harmonic } from './harmonic.js';
import { pagerank } from './pagerank.js';

interface Spec {
  n: number;
  edges: [number, number, number][];
  directed: boolean;
  weighted: boolean;
}

const spec: fc.Arbitrary<Spec> = fc.integer({ min: 1, max: 24 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 9 })), {
      maxLength: 80,
    }),
    directed: fc.boolean(),
    weighted: fc.boolean(),
  }),
);

function build(s: Spec, name = (i: number) => `v${i}`, order?: number[]): Graph {
  const edges = (order ?? s.edges.map((_, i) => i)).map((i) => {
    const [a, b, w] = s.edges[i]!;
    return { source: name(a), target: name(b), weight: w };
  });
  const nodes = Array.from({ length: s.n }, (_, i) => name(i));
  return Graph.fromEdges(edges, { directed: s.directed, weighted: s.weighted, nodes });
}

const runs = { numRuns: 150 };

describe('invariants', () => {
  it('PageRank sums to 1 and is positive', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const pr = pagerank(build(s), { tol: 1e-12, maxIter: 1000 });
        expect(pr.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        for (const x of pr) expect(x).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('betweenness is invariant under relabelling nodes and reordering edges', () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 1, max: 1000 }), (s, salt) => {
        const g = build(s);
        const perm = Array.from({ length: s.n }, (_, i) => (i * 7919 + salt) % 100003);
        const order = s.edges.map((_, i) => i).reverse();
        const h = build(s, (i) => `w${perm[i]}`, order);
        for (const weighted of [false, true]) {
          const a = betweenness(g, { weighted });
          const b = betweenness(h, { weighted });
          for (let i = 0; i < s.n; i++) {
            expect(b[h.indexOf(`w${perm[i]}`)!]).toBeCloseTo(a[g.indexOf(`v${i}`)!]!, 10);
          }
        }
      }),
      runs,
    );
  });

  it('degrees sum to 2m (undirected) or in = out = m (directed), self-loops included', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const g = build(s);
        const d = degrees(g);
        const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
        if (g.directed) {
          expect(sum(d.inDegree)).toBe(g.edgeCount);
          expect(sum(d.outDegree)).toBe(g.edgeCount);
        } else {
          expect(sum(d.degree)).toBe(2 * g.edgeCount);
        }
      }),
      runs,
    );
  });

  it('clustering lies in [0, 1], weighted or not', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const g = build(s);
        for (const weighted of [false, true]) {
          for (const c of clustering(g, { weighted })) {
            expect(c).toBeGreaterThanOrEqual(0);
            expect(c).toBeLessThanOrEqual(1 + 1e-12);
          }
          expect(averageClustering(g, { weighted })).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      runs,
    );
  });

  it('core number never exceeds degree (self-loops aside)', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const g = build(s);
        const core = coreNumber(g);
        const d = degrees(g).degree;
        for (let u = 0; u < g.nodeCount; u++) expect(core[u]).toBeLessThanOrEqual(d[u]!);
      }),
      runs,
    );
  });

  it('closeness lies in [0, 1] and harmonic in [0, n - 1]', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const g = build(s);
        for (const c of closeness(g)) expect(c).toBeLessThanOrEqual(1 + 1e-12);
        for (const h of harmonic(g)) expect(h).toBeLessThanOrEqual(Math.max(0, s.n - 1) + 1e-12);
      }),
      runs,
    );
  });

  it('sampling every node as a pivot gives exact betweenness', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const g = build(s);
        const exact = betweenness(g);
        const sampled = betweenness(g, { sample: { k: s.n, seed: 3 } });
        for (let u = 0; u < s.n; u++) expect(sampled[u]).toBeCloseTo(exact[u]!, 10);
      }),
      runs,
    );
  });

  it('components partition the nodes; strong components refine weak ones', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const g = build(s);
        const weak = weakComponents(g);
        const strong = strongComponents(g);
        expect(weak.sizes.reduce((a, b) => a + b, 0)).toBe(s.n);
        expect(strong.sizes.reduce((a, b) => a + b, 0)).toBe(s.n);
        expect(strong.count).toBeGreaterThanOrEqual(weak.count);
        for (let u = 0; u < s.n; u++) {
          for (let v = 0; v < s.n; v++) {
            if (strong.labels[u] === strong.labels[v]) expect(weak.labels[u]).toBe(weak.labels[v]);
          }
        }
      }),
      runs,
    );
  });

  it('Louvain reports the modularity of its partition, never below the singletons', () => {
    fc.assert(
      fc.property(spec, fc.nat(100), (s, seed) => {
        const g = build(s);
        const r = louvain(g, { seed });
        expect(r.modularity).toBeCloseTo(modularity(g, r.labels), 10);
        const singletons = Int32Array.from({ length: s.n }, (_, i) => i);
        expect(r.modularity).toBeGreaterThanOrEqual(modularity(g, singletons) - 1e-12);
      }),
      runs,
    );
  });

  it('constraint is positive for every node with contacts', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const g = build(s);
        const c = constraint(g);
        for (const x of c) if (!Number.isNaN(x)) expect(x).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});
