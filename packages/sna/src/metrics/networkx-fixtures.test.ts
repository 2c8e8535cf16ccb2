/**
 * Every measure against NetworkX 3.6 on the fixtures of scripts/make-fixtures.py. Exact
 * measures must agree to 1e-9 relative; PageRank and eigenvector run to tol 1e-13 on both sides
 * (an L1 distance to the fixed point of order n · 1e-13), so 1e-9 holds for them too.
 */
import { describe, expect, it } from 'vitest';
import { betweenness } from '../centrality/betweenness.js';
import { closeness } from '../centrality/closeness.js';
import { degrees, isolates } from '../centrality/degree.js';
import { eigenvector } from '../centrality/eigenvector.js';
import { harmonic } from '../centrality/harmonic.js';
import { pagerank } from '../centrality/pagerank.js';
import { louvain } from '../communities/louvain.js';
import { categories } from '../graph/attributes.js';
import { constraint } from '../structural-holes/constraint.js';
import { effectiveSize } from '../structural-holes/effective-size.js';
import { close, closeValue, fixtureGraph, loadFixtures } from '../test-support/fixtures.js';
import { attributeAssortativity } from './assortativity.js';
import { averageClustering, clustering, transitivity } from './clustering.js';
import { density, reciprocity } from './cohesion.js';
import { sortedSizes, strongComponents, weakComponents } from './components.js';
import { coreNumber } from './core-number.js';
import { distances } from './distance.js';
import { eiIndex } from './ei-index.js';
import { modularity } from './modularity.js';

const TOL = 1e-9;
const fixtures = loadFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))('NetworkX fixture %s', (_name, f) => {
  const g = fixtureGraph(f);
  const x = f.expected as Record<string, unknown>;
  const arr = (key: string) => x[key] as (number | null)[];
  const num = (key: string) => x[key] as number | null;

  it('has the same nodes and edges', () => {
    expect(g.nodeCount).toBe(f.expected.n);
    expect(g.edgeCount).toBe(f.expected.m);
  });

  it('matches graph-level cohesion', () => {
    closeValue(density(g), num('density'), TOL, 'density');
    if (f.directed) closeValue(reciprocity(g), num('reciprocity'), TOL, 'reciprocity');
    closeValue(transitivity(g), num('transitivity'), TOL, 'transitivity');
    closeValue(averageClustering(g), num('averageClustering'), TOL, 'averageClustering');
    expect(sortedSizes(weakComponents(g))).toEqual(x['weakComponentSizes']);
    if (f.directed) expect(sortedSizes(strongComponents(g))).toEqual(x['strongComponentSizes']);
    expect(isolates(g)).toEqual(x['isolates']);
  });

  it('matches diameter and average shortest path of the largest component', () => {
    const d = distances(g);
    expect(d.largestComponentSize).toBe(x['largestComponentSize']);
    expect(d.diameter).toBe(x['diameter']);
    closeValue(d.averageShortestPath, num('averageShortestPath'), TOL, 'averageShortestPath');
    if (f.weighted) {
      const w = distances(g, { weighted: true });
      closeValue(w.diameter, num('diameterWeighted'), TOL, 'diameterWeighted');
      closeValue(
        w.averageShortestPath,
        num('averageShortestPathWeighted'),
        TOL,
        'averageShortestPathWeighted',
      );
    }
  });

  it('matches degrees', () => {
    const d = degrees(g);
    close(d.degree, arr('degree'), 0, 'degree');
    if (f.directed) {
      close(d.inDegree, arr('inDegree'), 0, 'inDegree');
      close(d.outDegree, arr('outDegree'), 0, 'outDegree');
    }
    if (f.weighted) close(degrees(g, { weighted: true }).degree, arr('strength'), TOL, 'strength');
  });

  it('matches betweenness (exact, weighted, and with fixed pivots)', () => {
    close(betweenness(g), arr('betweenness'), TOL, 'betweenness');
    if (f.weighted)
      close(betweenness(g, { weighted: true }), arr('betweennessWeighted'), TOL, 'betweennessWeighted');
    close(
      betweenness(g, { sources: f.expected.samplePivots }),
      arr('betweennessSampled'),
      TOL,
      'betweennessSampled',
    );
  });

  it('matches closeness and harmonic centrality', () => {
    close(closeness(g), arr('closeness'), TOL, 'closeness');
    close(harmonic(g), arr('harmonic'), TOL, 'harmonic');
    if (f.weighted) {
      close(closeness(g, { weighted: true }), arr('closenessWeighted'), TOL, 'closenessWeighted');
      close(harmonic(g, { weighted: true }), arr('harmonicWeighted'), TOL, 'harmonicWeighted');
    }
  });

  it('matches PageRank and eigenvector centrality', () => {
    close(pagerank(g, { tol: 1e-13, maxIter: 10000 }), arr('pagerank'), TOL, 'pagerank');
    if (x['eigenvector'] !== null)
      close(eigenvector(g, { tol: 1e-13, maxIter: 100000 }), arr('eigenvector'), TOL, 'eigenvector');
  });

  it('matches clustering and core number', () => {
    close(clustering(g), arr('clustering'), TOL, 'clustering');
    close(coreNumber(g), arr('core'), 0, 'core');
  });

  it('matches constraint and effective size', () => {
    close(constraint(g), arr('constraint'), TOL, 'constraint');
    close(effectiveSize(g), arr('effectiveSize'), TOL, 'effectiveSize');
  });

  it('matches group modularity, E-I index and assortativity', () => {
    const { labels } = categories(g, 'group', 'test');
    closeValue(modularity(g, labels), num('modularityOfGroups'), TOL, 'modularity');
    closeValue(eiIndex(g, 'group'), num('eiIndex'), TOL, 'eiIndex');
    closeValue(attributeAssortativity(g, 'group'), num('assortativity'), TOL, 'assortativity');
  });

  it("reaches Louvain modularity within 3% of NetworkX's best of 8 seeds", () => {
    const best = num('louvainBestModularity')!;
    const found = Math.max(...[0, 1, 2, 3, 4, 5, 6, 7].map((seed) => louvain(g, { seed }).modularity));
    const { labels } = louvain(g, { seed: 0 });
    closeValue(louvain(g, { seed: 0 }).modularity, modularity(g, labels), TOL, 'reported modularity');
    expect(found).toBeGreaterThanOrEqual(best - 0.03 * Math.abs(best) - 1e-12);
  });
});
