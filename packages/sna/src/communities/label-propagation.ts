/**
 * Asynchronous label propagation (Raghavan, Albert & Kumara 2007, "Near linear time algorithm
 * to detect community structures in large-scale networks", Phys. Rev. E 76), seeded: nodes are
 * visited in a fresh random order each sweep and take the label of largest (weighted)
 * frequency among their neighbours (in- and out-neighbours on directed graphs). A node keeps its
 * label when that label is among the most frequent, and other ties are broken at random; the
 * method stops when every node holds a most frequent label, or after `maxIter` sweeps.
 * NetworkX's `asyn_lpa_communities` redraws ties even for the current label, so its partitions
 * differ in detail; this rule converges in fewer sweeps.
 */
import type { Graph } from '../graph/graph.js';
import { createRandom, shuffle } from '../graph/random.js';
import type { Communities } from './louvain.js';
import { modularity } from '../metrics/modularity.js';

/** Options of `labelPropagation`. */
export interface LabelPropagationOptions {
  seed?: number;
  maxIter?: number;
  /** Default: the graph's own `weighted`. */
  weighted?: boolean;
}

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { seed: 0, maxIter: 100 } as const;

/** Label-propagation communities of every node, with the partition's modularity. */
export function labelPropagation(graph: Graph, options: LabelPropagationOptions = {}): Communities {
  const random = createRandom(options.seed ?? DEFAULTS.seed);
  const maxIter = options.maxIter ?? DEFAULTS.maxIter;
  const weighted = options.weighted ?? graph.weighted;
  const n = graph.nodeCount;
  const labels = new Int32Array(n);
  for (let u = 0; u < n; u++) labels[u] = u;
  const order = new Int32Array(n);
  for (let u = 0; u < n; u++) order[u] = u;
  const acc = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const best = new Int32Array(n);
  const { outOffsets, outTargets, outWeights, inOffsets, inTargets, inWeights } = graph;
  for (let iter = 0; iter < maxIter; iter++) {
    shuffle(order, random);
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const u = order[i]!;
      let nt = 0;
      const visit = (off: Int32Array, tgt: Int32Array, wts: Float64Array) => {
        for (let k = off[u]!; k < off[u + 1]!; k++) {
          const v = tgt[k]!;
          if (v === u) continue;
          const c = labels[v]!;
          if (seen[c] === 0) {
            seen[c] = 1;
            acc[c] = 0;
            touched[nt++] = c;
          }
          acc[c]! += weighted ? wts[k]! : 1;
        }
      };
      visit(outOffsets, outTargets, outWeights);
      if (graph.directed) visit(inOffsets, inTargets, inWeights);
      if (nt === 0) continue;
      let max = -Infinity;
      let nb = 0;
      for (let t = 0; t < nt; t++) {
        const c = touched[t]!;
        const a = acc[c]!;
        if (a > max) {
          max = a;
          nb = 0;
        }
        if (a === max) best[nb++] = c;
      }
      const current = labels[u]!;
      const keep = seen[current] === 1 && acc[current] === max;
      for (let t = 0; t < nt; t++) seen[touched[t]!] = 0;
      if (keep) continue;
      labels[u] = best[Math.floor(random() * nb)]!;
      changed++;
    }
    if (changed === 0) break;
  }
  const map = new Int32Array(n).fill(-1);
  let count = 0;
  for (let u = 0; u < n; u++) {
    const c = labels[u]!;
    if (map[c] === -1) map[c] = count++;
    labels[u] = map[c]!;
  }
  return { labels, count, modularity: modularity(graph, labels, { weighted }) };
}
