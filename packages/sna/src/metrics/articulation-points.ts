/**
 * Articulation points (cut vertices): nodes whose removal leaves more connected components,
 * on the underlying undirected graph, as NetworkX's `articulation_points`. In a network they are
 * the single points of failure: people without whom part of the network loses touch with the
 * rest. Hopcroft and Tarjan (1973), "Algorithm 447: efficient algorithms for graph manipulation",
 * CACM 16(6), with low-points computed by an iterative depth-first search (no recursion, so deep
 * graphs cannot overflow the stack). O(n + m).
 */
import type { Graph } from '../graph/graph.js';

/** 1 for each articulation point, 0 otherwise, by node index. */
export function articulationPoints(graph: Graph): Uint8Array {
  const g = graph.directed ? graph.toUndirected() : graph;
  const n = g.nodeCount;
  const { outOffsets, outTargets } = g;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextEdge = new Int32Array(n);
  const stack = new Int32Array(n);
  const cut = new Uint8Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovered[root] !== -1) continue;
    let rootChildren = 0;
    let top = 0;
    stack[top++] = root;
    discovered[root] = low[root] = time++;
    nextEdge[root] = outOffsets[root]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (nextEdge[v]! < outOffsets[v + 1]!) {
        const w = outTargets[nextEdge[v]!++]!;
        if (w === v) continue; // self-loops never separate anything
        if (discovered[w] === -1) {
          parent[w] = v;
          discovered[w] = low[w] = time++;
          nextEdge[w] = outOffsets[w]!;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, discovered[w]!);
        }
        continue;
      }
      top--;
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      // A non-root parent is a cut vertex when some child's subtree cannot reach above it.
      if (p !== root && low[v]! >= discovered[p]!) cut[p] = 1;
    }
    if (rootChildren > 1) cut[root] = 1;
  }
  return cut;
}
