/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding
 * of communities in large networks", J. Stat. Mech. P10008), following NetworkX 3.6
 * `louvain_communities`: nodes visited in a seeded random order, a node moves to the
 * neighbouring community of largest positive modularity gain, levels aggregate communities into
 * nodes, and the method stops when a level improves modularity by no more than `threshold`.
 * Directed graphs use the directed (Leicht–Newman) gain, as NetworkX does.
 *
 * Each level keeps a symmetric neighbour-weight CSR (u–v weight plus v–u weight on directed
 * graphs), per-node in/out strengths and the weight inside each node, so gains are O(1) and
 * nothing is recounted from edges.
 */
import { SnaError } from '../graph/errors.js';
import type { Graph } from '../graph/graph.js';
import { createRandom, shuffle } from '../graph/random.js';
import type { Random } from '../graph/random.js';

/** Options of `louvain`. */
export interface LouvainOptions {
  /** Modularity resolution γ; default 1. */
  resolution?: number;
  /** Seed of the visiting order; default 0. */
  seed?: number;
  /** Minimum modularity gain of a level to go on; default 1e-7 (NetworkX). */
  threshold?: number;
  /** Default: the graph's own `weighted`. */
  weighted?: boolean;
}

/** A partition into communities. */
export interface Communities {
  /** Community of each node, 0..count-1, numbered in order of their first node. */
  labels: Int32Array;
  count: number;
  /** Modularity of the partition (at the requested resolution). */
  modularity: number;
}

/** Default options (NetworkX's defaults where NetworkX has the measure). */
export const DEFAULTS = { resolution: 1, seed: 0, threshold: 1e-7 } as const;

interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  kOut: Float64Array;
  kIn: Float64Array;
  /** Weight of edges inside each node (self-loops; after aggregation, inner edges). */
  inner: Float64Array;
}

function firstLevel(graph: Graph, weighted: boolean): { level: Level; m: number } {
  if (!graph.directed && graph.selfLoopCount === 0 && (weighted || !graph.weighted)) {
    return { level: plainUndirectedLevel(graph), m: totalWeight(graph) };
  }
  const n = graph.nodeCount;
  const src = graph.directed ? graph.toUndirected(true, weighted) : graph;
  const kOut = new Float64Array(n);
  const kIn = new Float64Array(n);
  const inner = new Float64Array(n);
  let m = 0;
  graph.forEachEdge((s, t, w0) => {
    const w = weighted ? w0 : 1;
    m += w;
    kOut[s]! += w;
    kIn[t]! += w;
    if (s === t) inner[s]! += w;
  });
  if (!graph.directed) for (let u = 0; u < n; u++) kIn[u] = kOut[u] = kOut[u]! + kIn[u]!;
  // Drop self-loops from the neighbour lists; they live in `inner`.
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(src.outTargets.length);
  const weights = new Float64Array(src.outTargets.length);
  let e = 0;
  for (let u = 0; u < n; u++) {
    for (let k = src.outOffsets[u]!; k < src.outOffsets[u + 1]!; k++) {
      const v = src.outTargets[k]!;
      if (v === u) continue;
      targets[e] = v;
      weights[e++] = weighted || graph.directed ? src.outWeights[k]! : 1;
    }
    offsets[u + 1] = e;
  }
  return {
    level: {
      n,
      offsets,
      targets: targets.slice(0, e),
      weights: weights.slice(0, e),
      kOut,
      kIn,
      inner,
    },
    m,
  };
}

/**
 * An undirected graph without self-loops, whose weights are the ones Louvain uses (its own, or
 * all 1 when unweighted), is already a first level: its arrays are shared, not copied, since
 * no level is ever written to.
 */
function plainUndirectedLevel(graph: Graph): Level {
  const n = graph.nodeCount;
  const { outOffsets: offsets, outTargets: targets, outWeights: weights } = graph;
  const strength = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) s += weights[k]!;
    strength[u] = s;
  }
  return { n, offsets, targets, weights, kOut: strength, kIn: strength, inner: new Float64Array(n) };
}

/** Sum of edge weights, each undirected edge once. */
function totalWeight(graph: Graph): number {
  let m = 0;
  graph.forEachEdge((_s, _t, w) => (m += w));
  return m;
}

/** Modularity of the partition where every node of the level is its own community. */
function singletonModularity(lv: Level, m: number, gamma: number, directed: boolean): number {
  let q = 0;
  for (let u = 0; u < lv.n; u++) {
    const out = lv.kOut[u]!;
    const inn = lv.kIn[u]!;
    if (out === 0 && inn === 0) continue;
    q += directed
      ? lv.inner[u]! / m - (gamma * out * inn) / (m * m)
      : lv.inner[u]! / m - (gamma * out * inn) / (4 * m * m);
  }
  return q;
}

function levelModularity(lv: Level, comm: Int32Array, m: number, gamma: number, directed: boolean): number {
  const k = lv.n;
  const inside = new Float64Array(k);
  const out = new Float64Array(k);
  const inn = new Float64Array(k);
  for (let u = 0; u < lv.n; u++) {
    const c = comm[u]!;
    inside[c]! += lv.inner[u]!;
    out[c]! += lv.kOut[u]!;
    inn[c]! += lv.kIn[u]!;
    // Each internal pair appears in both rows, hence the half.
    for (let j = lv.offsets[u]!; j < lv.offsets[u + 1]!; j++)
      if (comm[lv.targets[j]!] === c) inside[c]! += lv.weights[j]! / 2;
  }
  let q = 0;
  for (let c = 0; c < k; c++) {
    if (out[c] === 0 && inn[c] === 0) continue;
    q += directed
      ? inside[c]! / m - (gamma * out[c]! * inn[c]!) / (m * m)
      : inside[c]! / m - (gamma * out[c]! * inn[c]!) / (4 * m * m);
  }
  return q;
}

/** Community totals and per-visit scratch of one level of local moves. */
interface MoveState {
  comm: Int32Array;
  totOut: Float64Array;
  totIn: Float64Array;
  /**
   * Weight from the visited node into each neighbouring community, listed in `touched`; all
   * zero between visits. A community whose only edges weigh 0 may be listed twice, which
   * cannot change the best move.
   */
  acc: Float64Array;
  touched: Int32Array;
}

/** One level of local moves; returns community per node and whether anything moved. */
function oneLevel(
  lv: Level,
  m: number,
  gamma: number,
  directed: boolean,
  random: Random,
): { comm: Int32Array; moved: boolean } {
  const n = lv.n;
  const { offsets, targets } = lv;
  const st: MoveState = {
    comm: new Int32Array(n),
    totOut: Float64Array.from(lv.kOut),
    totIn: Float64Array.from(lv.kIn),
    acc: new Float64Array(n),
    touched: new Int32Array(n),
  };
  const comm = st.comm;
  for (let u = 0; u < n; u++) comm[u] = u;
  const order = new Int32Array(n);
  for (let u = 0; u < n; u++) order[u] = u;
  shuffle(order, random);
  let moved = false;
  // A queue of nodes to (re)consider, seeded with every node in random order. When a node moves,
  // only its neighbours outside its new community can gain from moving, so only they are
  // queued again (Traag, Waltman & van Eck 2019, "From Louvain to Leiden", Sci. Rep. 9). The
  // level ends at the same local optimum as NetworkX's repeated sweeps, without re-scanning
  // nodes that cannot move.
  const queue = order;
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  while (size > 0) {
    const u = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[u] = 0;
    const best = bestMove(lv, st, u, m, gamma, directed);
    if (best === comm[u]) continue;
    comm[u] = best;
    moved = true;
    const end = offsets[u + 1]!;
    for (let j = offsets[u]!; j < end; j++) {
      const v = targets[j]!;
      if (queued[v] === 0 && comm[v] !== best) {
        queued[v] = 1;
        let tail = head + size;
        if (tail >= n) tail -= n;
        queue[tail] = v;
        size++;
      }
    }
  }
  return { comm, moved };
}

/**
 * Takes u out of its community, finds the neighbouring community of largest positive
 * modularity gain (its own when none gains) and puts u there; returns that community.
 */
function bestMove(lv: Level, st: MoveState, u: number, m: number, gamma: number, directed: boolean): number {
  const { offsets, targets, weights } = lv;
  const { comm, totOut, totIn, acc, touched } = st;
  const cu = comm[u]!;
  let nt = 0;
  const end = offsets[u + 1]!;
  for (let j = offsets[u]!; j < end; j++) {
    const c = comm[targets[j]!]!;
    if (acc[c] === 0) touched[nt++] = c;
    acc[c]! += weights[j]!;
  }
  const ko = lv.kOut[u]!;
  const ki = lv.kIn[u]!;
  totOut[cu]! -= ko;
  totIn[cu]! -= ki;
  // Undirected gains use degree products over 2m², directed ones out/in products over m².
  const norm = directed ? 1 / (m * m) : 1 / (2 * m * m);
  // Gain of joining community c with w the weight of u's edges into it (NetworkX's formula);
  // written out rather than as a closure, which would allocate once per visit.
  const own = acc[cu]!;
  const removeCost =
    -own / m + gamma * (directed ? ko * totIn[cu]! + ki * totOut[cu]! : totOut[cu]! * ko) * norm;
  let best = cu;
  let bestGain = 0;
  for (let t = 0; t < nt; t++) {
    const c = touched[t]!;
    const gain =
      removeCost +
      acc[c]! / m -
      gamma * (directed ? ko * totIn[c]! + ki * totOut[c]! : totOut[c]! * ko) * norm;
    acc[c] = 0;
    if (gain > bestGain) {
      bestGain = gain;
      best = c;
    }
  }
  totOut[best]! += ko;
  totIn[best]! += ki;
  return best;
}

/** Renumbers labels 0..k-1 in order of first appearance; returns k. */
function renumber(labels: Int32Array): number {
  const map = new Int32Array(labels.length).fill(-1);
  let k = 0;
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i]!;
    if (map[c] === -1) map[c] = k++;
    labels[i] = map[c]!;
  }
  return k;
}

function aggregate(lv: Level, comm: Int32Array, k: number): Level {
  const kOut = new Float64Array(k);
  const kIn = new Float64Array(k);
  const inner = new Float64Array(k);
  // Members grouped by community (counting sort).
  const start = new Int32Array(k + 1);
  for (let u = 0; u < lv.n; u++) start[comm[u]! + 1]!++;
  for (let c = 0; c < k; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(lv.n);
  const cursor = start.slice(0, k);
  for (let u = 0; u < lv.n; u++) members[cursor[comm[u]!]!++] = u;
  const offsets = new Int32Array(k + 1);
  const targets = new Int32Array(lv.targets.length);
  const weights = new Float64Array(lv.targets.length);
  let e = 0;
  const acc = new Float64Array(k);
  const seen = new Uint8Array(k);
  const touched = new Int32Array(k);
  for (let c = 0; c < k; c++) {
    let nt = 0;
    for (let p = start[c]!; p < start[c + 1]!; p++) {
      const u = members[p]!;
      kOut[c]! += lv.kOut[u]!;
      kIn[c]! += lv.kIn[u]!;
      inner[c]! += lv.inner[u]!;
      for (let j = lv.offsets[u]!; j < lv.offsets[u + 1]!; j++) {
        const d = comm[lv.targets[j]!]!;
        const w = lv.weights[j]!;
        if (d === c) {
          inner[c]! += w / 2;
          continue;
        }
        if (seen[d] === 0) {
          seen[d] = 1;
          acc[d] = 0;
          touched[nt++] = d;
        }
        acc[d]! += w;
      }
    }
    for (let t = 0; t < nt; t++) {
      const d = touched[t]!;
      seen[d] = 0;
      targets[e] = d;
      weights[e++] = acc[d]!;
    }
    offsets[c + 1] = e;
  }
  return {
    n: k,
    offsets,
    targets: targets.slice(0, e),
    weights: weights.slice(0, e),
    kOut,
    kIn,
    inner,
  };
}

/** Louvain communities of every node, with the partition's modularity. */
export function louvain(graph: Graph, options: LouvainOptions = {}): Communities {
  const gamma = options.resolution ?? DEFAULTS.resolution;
  const threshold = options.threshold ?? DEFAULTS.threshold;
  const weighted = options.weighted ?? graph.weighted;
  if (!(gamma >= 0)) throw new SnaError('louvain', 'SNA_INVALID_OPTION', 'resolution must be >= 0');
  const random = createRandom(options.seed ?? DEFAULTS.seed);
  const n = graph.nodeCount;
  const labels = new Int32Array(n);
  for (let u = 0; u < n; u++) labels[u] = u;
  const { level: first, m } = firstLevel(graph, weighted);
  if (m === 0 || n === 0) {
    const count = renumber(labels);
    return { labels, count, modularity: 0 };
  }
  if (weighted) {
    for (let i = 0; i < first.weights.length; i++) {
      if (!(first.weights[i]! >= 0))
        throw new SnaError('louvain', 'SNA_INVALID_INPUT', 'edge weights must not be negative');
    }
  }
  let lv = first;
  let mod = singletonModularity(lv, m, gamma, graph.directed);
  for (;;) {
    const { comm, moved } = oneLevel(lv, m, gamma, graph.directed, random);
    if (!moved) break;
    const k = renumber(comm);
    const next = levelModularity(lv, comm, m, gamma, graph.directed);
    // As NetworkX, a level's partition is kept even when it gains little; only going on stops.
    for (let u = 0; u < n; u++) labels[u] = comm[labels[u]!]!;
    const gain = next - mod;
    mod = next;
    if (gain <= threshold) break;
    lv = aggregate(lv, comm, k);
  }
  const count = renumber(labels);
  return { labels, count, modularity: mod };
}
