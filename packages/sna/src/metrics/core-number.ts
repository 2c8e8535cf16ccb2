/**
 * Core number (k-core index) of every node by the O(m) bucket algorithm of Batagelj & Zaversnik
 * (2003), "An O(m) algorithm for cores decomposition of networks", arXiv cs/0310049 — the
 * algorithm and degree convention of NetworkX `core_number`: a directed node's degree is
 * in + out (a reciprocated pair counts twice). NetworkX refuses graphs with self-loops; Trellis
 * ignores them.
 */
import type { Graph } from '../graph/graph.js';

/** Core number of every node (indexed by node index). */
export function coreNumber(graph: Graph): Int32Array {
  const n = graph.nodeCount;
  const { outOffsets, outTargets, inOffsets, inTargets, directed } = graph;
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let u = 0; u < n; u++) {
    let d = 0;
    for (let k = outOffsets[u]!; k < outOffsets[u + 1]!; k++) if (outTargets[k] !== u) d++;
    if (directed) for (let k = inOffsets[u]!; k < inOffsets[u + 1]!; k++) if (inTargets[k] !== u) d++;
    deg[u] = d;
    if (d > maxDeg) maxDeg = d;
  }
  // Nodes sorted by degree in `vert`, `pos` their place, `bin[d]` where degree d starts.
  const bin = new Int32Array(maxDeg + 1);
  for (let u = 0; u < n; u++) bin[deg[u]!]!++;
  let start = 0;
  for (let d = 0; d <= maxDeg; d++) {
    const c = bin[d]!;
    bin[d] = start;
    start += c;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    pos[u] = bin[deg[u]!]!++;
    vert[pos[u]!] = u;
  }
  for (let d = maxDeg; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  const lower = (v: number, u: number) => {
    if (u === v || deg[u]! <= deg[v]!) return;
    const du = deg[u]!;
    const pu = pos[u]!;
    const pw = bin[du]!;
    const w = vert[pw]!;
    if (u !== w) {
      pos[u] = pw;
      vert[pu] = w;
      pos[w] = pu;
      vert[pw] = u;
    }
    bin[du]!++;
    deg[u] = du - 1;
  };
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++) lower(v, outTargets[k]!);
    if (directed) for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++) lower(v, inTargets[k]!);
  }
  return deg;
}
