/**
 * The single-source shortest-path kernel behind betweenness, closeness, harmonic centrality,
 * diameter and average shortest path.
 *
 * One traversal per source serves them all: Brandes' dependency accumulation (Brandes 2001,
 * "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2)) and, for every node
 * reached, its distance from the source. Distances are accumulated at the *target*, so a forward
 * traversal gives the inward distances NetworkX uses for closeness of directed graphs.
 *
 * The kernel reads plain typed arrays (not `Graph`) so that worker threads can run it on
 * SharedArrayBuffer views. Its results are sums over sources, so splitting the sources among
 * workers and adding the parts gives the same values up to floating-point reordering.
 *
 * Dependencies are "pulled" from successors (delta[v] = sigma[v] * sum over successors w of
 * (1 + delta[w]) / sigma[w]) rather than pushed to predecessors, so only out-adjacency is read
 * and no predecessor lists are stored.
 */
import { bitParallelDistances } from './bit-parallel-bfs.js';
import { KernelScratch } from './kernel-scratch.js';

/** Out-adjacency in CSR form. */
export interface CsrView {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** What the kernel should compute. */
export interface KernelRequest {
  /** Use edge weights as distances (Dijkstra) instead of hop counts (BFS). */
  weighted: boolean;
  betweenness: boolean;
  distances: boolean;
  /** 1 for nodes of the component on which diameter and average distance are measured, or null. */
  component: Uint8Array | null;
}

/** Per-node sums over the sources handled. */
export interface KernelResult {
  /** Raw Brandes dependencies (no rescaling), or empty. */
  betweenness: Float64Array;
  /** Sum of distances from the sources to each node. */
  distanceSum: Float64Array;
  /** Number of sources (other than itself) that reach each node. */
  reached: Float64Array;
  /** Sum of 1 / distance from the sources to each node. */
  harmonic: Float64Array;
  /** Sum of distances between component members, over component sources. */
  componentDistanceSum: number;
  /** Largest distance between component members, over component sources. */
  componentEccentricity: number;
}

/**
 * Runs the traversal from every source in `sources` and sums the results. Pass the same
 * `scratch` to successive calls on one graph to reuse the working arrays.
 */
export function runKernel(
  g: CsrView,
  sources: ArrayLike<number>,
  req: KernelRequest,
  scratch: KernelScratch = new KernelScratch(),
): KernelResult {
  const n = g.n;
  const res: KernelResult = {
    betweenness: new Float64Array(req.betweenness ? n : 0),
    distanceSum: new Float64Array(req.distances ? n : 0),
    reached: new Float64Array(req.distances ? n : 0),
    harmonic: new Float64Array(req.distances ? n : 0),
    componentDistanceSum: 0,
    componentEccentricity: 0,
  };
  if (req.weighted) dijkstraAll(g, sources, req, res, scratch);
  else if (req.betweenness) bfsAll(g, sources, req, res, scratch);
  else if (req.distances) bitParallelDistances(g, sources, req, res, scratch);
  return res;
}

/** The distance of a node the search has not reached (see bfsAll). */
const UNREACHED = 0x7fffffff;

function bfsAll(
  g: CsrView,
  sources: ArrayLike<number>,
  req: KernelRequest,
  res: KernelResult,
  scratch: KernelScratch,
): void {
  const { n, offsets, targets } = g;
  // Unreached nodes hold the largest distance, so one test, dist[w] >= dist[v] + 1, picks out
  // exactly the shortest-path DAG edges (to new or to equally distant nodes); the other edges,
  // often most of them, cost a single well-predicted branch.
  const dist = scratch.int32('bfs.dist', n, UNREACHED);
  const sigma = scratch.float64('bfs.sigma', n);
  const coef = scratch.float64('bfs.coef', n);
  const order = scratch.int32('bfs.order', n);
  // Successors in the shortest-path DAG, recorded during the forward pass so that the backward
  // pass reads only DAG edges, sequentially, instead of re-scanning every edge against dist[].
  const wantBc = req.betweenness;
  const succ = scratch.int32('bfs.succ', wantBc ? targets.length : 0);
  const succEnd = scratch.int32('bfs.succEnd', wantBc ? n : 0);
  const bc = res.betweenness;
  const comp = req.component;
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    let head = 0;
    let tail = 0;
    let p = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let k = offsets[v]!; k < end; k++) {
        const w = targets[k]!;
        const dw = dist[w]!;
        if (dw < dv) continue;
        if (dw === dv) {
          sigma[w]! += sv;
        } else {
          dist[w] = dv;
          sigma[w] = sv;
          order[tail++] = w;
        }
        if (wantBc) succ[p++] = w;
      }
      if (wantBc) succEnd[head - 1] = p;
    }
    if (req.distances) accumulateDistances(order, tail, dist, comp, s, res);
    if (wantBc) {
      // succEnd is indexed by BFS position: node order[i] owns succ[succEnd[i-1] .. succEnd[i]).
      for (let i = tail - 1; i >= 0; i--) {
        const w = order[i]!;
        let acc = 0;
        const end = succEnd[i]!;
        for (let k = i === 0 ? 0 : succEnd[i - 1]!; k < end; k++) acc += coef[succ[k]!]!;
        const delta = sigma[w]! * acc;
        if (w !== s) bc[w]! += delta;
        coef[w] = (1 + delta) / sigma[w]!;
      }
    }
    for (let i = 0; i < tail; i++) dist[order[i]!] = UNREACHED;
  }
}

function accumulateDistances(
  order: Int32Array,
  tail: number,
  dist: Int32Array | Float64Array,
  comp: Uint8Array | null,
  s: number,
  res: KernelResult,
): void {
  const { distanceSum, reached, harmonic } = res;
  for (let i = 1; i < tail; i++) {
    const t = order[i]!;
    const d = dist[t]!;
    distanceSum[t]! += d;
    reached[t]! += 1;
    harmonic[t]! += 1 / d;
  }
  if (comp !== null && comp[s] === 1) {
    let sum = 0;
    let ecc = 0;
    for (let i = 1; i < tail; i++) {
      const t = order[i]!;
      if (comp[t] === 1) {
        const d = dist[t]!;
        sum += d;
        if (d > ecc) ecc = d;
      }
    }
    res.componentDistanceSum += sum;
    if (ecc > res.componentEccentricity) res.componentEccentricity = ecc;
  }
}

function dijkstraAll(
  g: CsrView,
  sources: ArrayLike<number>,
  req: KernelRequest,
  res: KernelResult,
  scratch: KernelScratch,
): void {
  const { n, offsets, targets, weights } = g;
  const dist = scratch.float64('dijkstra.dist', n, Infinity);
  const sigma = scratch.float64('dijkstra.sigma', n);
  const coef = scratch.float64('dijkstra.coef', n);
  const order = scratch.int32('dijkstra.order', n);
  // Indexed binary min-heap on typed arrays: heap[] holds nodes, pos[] their slot (-1: not queued).
  const heap = scratch.int32('dijkstra.heap', n);
  const pos = scratch.int32('dijkstra.pos', n, -1);
  const touched = scratch.int32('dijkstra.touched', n);
  const bc = res.betweenness;
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    let size = 0;
    let settled = 0;
    let nTouched = 0;
    dist[s] = 0;
    sigma[s] = 1;
    touched[nTouched++] = s;
    heap[size] = s;
    pos[s] = size++;
    while (size > 0) {
      const v = heap[0]!;
      pos[v] = -2; // settled
      size--;
      if (size > 0) {
        const last = heap[size]!;
        siftDown(heap, pos, dist, size, last, 0);
      }
      order[settled++] = v;
      const dv = dist[v]!;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let k = offsets[v]!; k < end; k++) {
        const w = targets[k]!;
        const nd = dv + weights[k]!;
        const dw = dist[w]!;
        if (nd < dw) {
          if (dw === Infinity) touched[nTouched++] = w;
          dist[w] = nd;
          sigma[w] = sv;
          let p = pos[w]!;
          if (p === -1) {
            p = size++;
            pos[w] = p;
            heap[p] = w;
          }
          siftUp(heap, pos, dist, p, w);
        } else if (nd === dw) {
          sigma[w]! += sv;
        }
      }
    }
    if (req.distances) accumulateDistances(order, settled, dist, req.component, s, res);
    if (req.betweenness) {
      for (let i = settled - 1; i >= 0; i--) {
        const w = order[i]!;
        const dw = dist[w]!;
        let acc = 0;
        const end = offsets[w + 1]!;
        for (let k = offsets[w]!; k < end; k++) {
          const x = targets[k]!;
          if (dw + weights[k]! === dist[x]) acc += coef[x]!;
        }
        const delta = sigma[w]! * acc;
        if (w !== s) bc[w]! += delta;
        coef[w] = (1 + delta) / sigma[w]!;
      }
    }
    for (let i = 0; i < nTouched; i++) {
      const t = touched[i]!;
      dist[t] = Infinity;
      pos[t] = -1;
      coef[t] = 0;
    }
  }
}

function siftUp(heap: Int32Array, pos: Int32Array, key: Float64Array, p: number, node: number): void {
  const k = key[node]!;
  while (p > 0) {
    const parent = (p - 1) >> 1;
    const pn = heap[parent]!;
    if (key[pn]! <= k) break;
    heap[p] = pn;
    pos[pn] = p;
    p = parent;
  }
  heap[p] = node;
  pos[node] = p;
}

function siftDown(
  heap: Int32Array,
  pos: Int32Array,
  key: Float64Array,
  size: number,
  node: number,
  p: number,
): void {
  const k = key[node]!;
  for (;;) {
    let c = 2 * p + 1;
    if (c >= size) break;
    if (c + 1 < size && key[heap[c + 1]!]! < key[heap[c]!]!) c++;
    const cn = heap[c]!;
    if (key[cn]! >= k) break;
    heap[p] = cn;
    pos[cn] = p;
    p = c;
  }
  heap[p] = node;
  pos[node] = p;
}
