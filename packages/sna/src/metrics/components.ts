/**
 * Weakly and strongly connected components. Weak components by breadth-first search over in-
 * and out-adjacency; strong components by Tarjan (1972), "Depth-first search and linear graph
 * algorithms", SIAM J. Comput. 1(2), made iterative so deep graphs cannot overflow the stack.
 * On undirected graphs both are the connected components.
 */
import type { Graph } from '../graph/graph.js';

/** A partition of the nodes into components. */
export interface Components {
  count: number;
  /** Component label of each node, 0..count-1, numbered by their smallest node index. */
  labels: Int32Array;
  /** Size of each component, by label. */
  sizes: Int32Array;
}

/** Weakly connected components (connected components of an undirected graph). */
export function weakComponents(graph: Graph): Components {
  const n = graph.nodeCount;
  const { outOffsets, outTargets, inOffsets, inTargets, directed } = graph;
  const labels = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  // At most n components; trimmed at the end instead of growing a JavaScript array.
  const sizes = new Int32Array(n);
  let count = 0;
  let labelled = 0;
  for (let s = 0; s < n && labelled < n; s++) {
    if (labels[s] !== -1) continue;
    labels[s] = count;
    queue[0] = s;
    let tail = 1;
    // Once every node has a label, the rest of the queue can only meet labelled neighbours:
    // in a graph with one giant component, that skips most of the edge scans.
    for (let head = 0; head < tail && labelled + tail < n; head++) {
      const v = queue[head]!;
      tail = labelNeighbours(outOffsets, outTargets, v, labels, queue, count, tail);
      // Weak components of a directed graph follow edges both ways.
      if (directed) tail = labelNeighbours(inOffsets, inTargets, v, labels, queue, count, tail);
    }
    sizes[count++] = tail;
    labelled += tail;
  }
  return { count, labels, sizes: sizes.slice(0, count) };
}

/** Labels v's unlabelled neighbours and queues them at `tail`; returns the new tail. */
function labelNeighbours(
  offsets: Int32Array,
  targets: Int32Array,
  v: number,
  labels: Int32Array,
  queue: Int32Array,
  label: number,
  tail: number,
): number {
  const end = offsets[v + 1]!;
  for (let k = offsets[v]!; k < end; k++) {
    const w = targets[k]!;
    if (labels[w] === -1) {
      labels[w] = label;
      queue[tail++] = w;
    }
  }
  return tail;
}

/** Strongly connected components (the connected components of an undirected graph). */
export function strongComponents(graph: Graph): Components {
  if (!graph.directed) return weakComponents(graph);
  const n = graph.nodeCount;
  const { outOffsets, outTargets } = graph;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const raw = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = outOffsets[root]!;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const k = callEdge[depth]!;
      if (k < outOffsets[v + 1]!) {
        callEdge[depth] = k + 1;
        const w = outTargets[k]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = outOffsets[w]!;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          raw[w] = comps;
        } while (w !== v);
        comps++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  // Renumber so that labels follow the smallest node index, as weakComponents does.
  const rename = new Int32Array(comps).fill(-1);
  const labels = new Int32Array(n);
  const sizes = new Int32Array(comps);
  let next = 0;
  for (let v = 0; v < n; v++) {
    const r = raw[v]!;
    if (rename[r] === -1) rename[r] = next++;
    labels[v] = rename[r]!;
    sizes[labels[v]!]!++;
  }
  return { count: comps, labels, sizes };
}

/** Component sizes, largest first. */
export function sortedSizes(c: Components): number[] {
  return Array.from(c.sizes).sort((a, b) => b - a);
}

/**
 * Membership (1/0) of the largest connected component — the largest strong component of a
 * directed graph, where distances between all its members are defined. Ties go to the component
 * with the smallest node index.
 */
export function largestComponent(graph: Graph): Uint8Array {
  const c = strongComponents(graph);
  let best = 0;
  for (let i = 1; i < c.count; i++) if (c.sizes[i]! > c.sizes[best]!) best = i;
  const member = new Uint8Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) if (c.labels[v] === best) member[v] = 1;
  return member;
}
