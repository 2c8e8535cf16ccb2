/**
 * Worker threads must give exactly the one-thread result for any number of workers, with or
 * without a reusable pool: sources are cut into the same chunks and summed in the same order. Workers load dist/workers/paths.worker.js: run `npx tsc -b packages/sna`
 * (or `npm test`, which builds first) before this test.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betweenness, betweennessParallel } from '../centrality/betweenness.js';
import { closeness, closenessParallel } from '../centrality/closeness.js';
import { harmonic, harmonicParallel } from '../centrality/harmonic.js';
import { computeAll } from '../compute-all.js';
import { Graph } from '../graph/graph.js';
import { createRandom } from '../graph/random.js';
import { close } from '../test-support/fixtures.js';
import { WorkerPool, workerScriptPath } from './pool.js';

function randomGraph(n: number, m: number, seed: number, directed: boolean, weighted: boolean): Graph {
  const random = createRandom(seed);
  const edges = [];
  for (let i = 0; i < m; i++) {
    const s = Math.floor(random() * n);
    const t = Math.floor(random() * n);
    edges.push({ source: `n${s}`, target: `n${t}`, weight: 1 + Math.floor(random() * 4) });
  }
  return Graph.fromEdges(edges, { directed, weighted });
}

const built = (() => {
  try {
    workerScriptPath();
    return true;
  } catch {
    return false;
  }
})();

describe('worker threads', () => {
  it('finds the built worker script (run `npx tsc -b packages/sna` first)', () => {
    if (!built) {
      throw new Error(
        'dist/workers/paths.worker.js is missing: build @trellis/sna (npx tsc -b packages/sna) before testing workers',
      );
    }
    expect(existsSync(workerScriptPath())).toBe(true);
  });

  const cases = [
    ['undirected', false, false],
    ['directed', true, false],
    ['weighted directed', true, true],
  ] as const;
  it.runIf(built).each(cases)(
    'betweenness, closeness and harmonic agree for 1, 2 and 3 workers (%s)',
    async (_l, directed, weighted) => {
      const g = randomGraph(400, 1600, directed ? 7 : 3, directed, weighted);
      const one = betweenness(g, { weighted });
      const oneClose = closeness(g, { weighted });
      const oneHarmonic = harmonic(g, { weighted });
      for (const workers of [1, 2, 3]) {
        const options = { weighted, workers, workerThreshold: 0 };
        expect(await betweennessParallel(g, options), `betweenness/${workers}`).toEqual(one);
        expect(await closenessParallel(g, options), `closeness/${workers}`).toEqual(oneClose);
        expect(await harmonicParallel(g, options), `harmonic/${workers}`).toEqual(oneHarmonic);
      }
    },
  );

  it.runIf(built)('sampled betweenness uses the same pivots on any number of workers', async () => {
    const g = randomGraph(500, 2000, 5, false, false);
    const sample = { k: 50, seed: 42 };
    const one = betweenness(g, { sample });
    for (const workers of [2, 3]) {
      const many = await betweennessParallel(g, { sample, workers, workerThreshold: 0 });
      expect(many, `sampled/${workers}`).toEqual(one);
    }
  });

  it.runIf(built)('a pool is reused across calls and graphs and gives the one-thread results', async () => {
    const pool = await WorkerPool.start(2);
    try {
      for (const [seed, directed] of [
        [13, false],
        [17, true],
        [13, false],
      ] as const) {
        const g = randomGraph(600, 2400, seed, directed, false);
        const options = { pool, workerThreshold: 0 };
        expect(await betweennessParallel(g, options)).toEqual(betweenness(g));
        expect(await closenessParallel(g, options)).toEqual(closeness(g));
      }
      const g = randomGraph(300, 1200, 19, false, false);
      const [a, b] = await Promise.all([
        betweennessParallel(g, { pool, workerThreshold: 0 }),
        closenessParallel(g, { pool, workerThreshold: 0 }),
      ]);
      expect(a).toEqual(betweenness(g));
      expect(b).toEqual(closeness(g));
    } finally {
      await pool.close();
    }
  });

  it.runIf(built)('a closed pool refuses work', async () => {
    const pool = await WorkerPool.start(1);
    await pool.close();
    const g = randomGraph(50, 100, 1, false, false);
    await expect(
      pool.run(g, Int32Array.of(0, 1), {
        weighted: false,
        betweenness: true,
        distances: false,
        component: null,
      }),
    ).rejects.toThrow(/closed/);
  });

  it('a pool needs a positive whole number of workers', async () => {
    await expect(WorkerPool.start(0)).rejects.toThrow(/positive whole number/);
  });

  it.runIf(built)('computeAll gives the same document with 1 and 3 workers', async () => {
    const g = randomGraph(300, 900, 11, true, false);
    g.setNodeAttribute(
      'team',
      new Map(Array.from({ length: g.nodeCount }, (_, i) => [g.nodeId(i), String(i % 4)])),
    );
    const a = await computeAll(g, { attribute: 'team', workers: 1 });
    const b = await computeAll(g, { attribute: 'team', workers: 3, workerThreshold: 0 });
    expect(b.graph).toEqual({ ...a.graph, averageShortestPath: b.graph.averageShortestPath });
    expect(b.graph.averageShortestPath).toBeCloseTo(a.graph.averageShortestPath, 12);
    close(
      b.nodes.map((x) => x.betweenness),
      a.nodes.map((x) => x.betweenness),
      1e-12,
      'betweenness',
    );
    close(
      b.nodes.map((x) => x.harmonic),
      a.nodes.map((x) => x.harmonic),
      1e-12,
      'harmonic',
    );
  });
});
