/**
 * The graph model: node ids interned to 0..n-1 and adjacency in compressed sparse row (CSR) form.
 *
 * Every algorithm reads the typed arrays directly; nothing allocates per edge. Neighbour lists
 * are sorted by node index, which makes triangle counting a merge and keeps results
 * deterministic. Undirected graphs store each edge in both rows (a self-loop once, as NetworkX's
 * adjacency does); directed graphs keep out- and in-adjacency.
 *
 * Construction is linear: two stable counting sorts put the edge list in (source, target)
 * order, which also brings repeated edges together so they merge in one pass.
 */
import { SnaError } from './errors.js';

/** One edge of the input; `weight` is read only when the graph is weighted. */
export interface EdgeInput {
  source: string;
  target: string;
  weight?: number;
}

/** How `Graph.fromEdges` reads an edge list. */
export interface GraphOptions {
  /** Default false. */
  directed?: boolean;
  /** Default false: weights are ignored and every edge weighs 1. */
  weighted?: boolean;
  /**
   * Default 'keep'. Kept self-loops count twice in an undirected node's degree and once in each
   * of a directed node's in- and out-degree (as NetworkX); measures that ignore them say so in
   * docs/measures.md.
   */
  selfLoops?: 'keep' | 'drop';
  /**
   * How repeated edges merge into one (an undirected a–b and b–a are the same edge). Default
   * 'sum' for weighted graphs, so repeated edges add up; 'first' keeps the first weight, 'max'
   * the largest. In unweighted graphs repeated edges always collapse to one edge of weight 1,
   * as in NetworkX's `Graph`/`DiGraph`.
   */
  multiEdges?: 'sum' | 'first' | 'max';
}

const DEFAULTS = { directed: false, weighted: false, selfLoops: 'keep', multiEdges: 'sum' } as const;

/** A directed or undirected, weighted or unweighted graph over compact typed arrays. */
export class Graph {
  readonly directed: boolean;
  readonly weighted: boolean;
  readonly nodeCount: number;
  /** Number of distinct edges after merging repeated edges (each undirected edge once). */
  readonly edgeCount: number;
  /** Number of self-loops kept. */
  readonly selfLoopCount: number;

  /** CSR row offsets (length n + 1) of out-adjacency; for undirected graphs, of adjacency. */
  readonly outOffsets: Int32Array;
  /** CSR column indices (sorted within a row). */
  readonly outTargets: Int32Array;
  /** Edge weights aligned with `outTargets` (all 1 when unweighted). */
  readonly outWeights: Float64Array;
  /** In-adjacency; the same arrays as out-adjacency for undirected graphs. */
  readonly inOffsets: Int32Array;
  readonly inTargets: Int32Array;
  readonly inWeights: Float64Array;

  private readonly ids: string[];
  private readonly index: Map<string, number>;
  private readonly attributes = new Map<string, (string | undefined)[]>();

  private constructor(
    ids: string[],
    index: Map<string, number>,
    directed: boolean,
    weighted: boolean,
    csr: Csr,
  ) {
    this.ids = ids;
    this.index = index;
    this.directed = directed;
    this.weighted = weighted;
    this.nodeCount = ids.length;
    this.edgeCount = csr.edgeCount;
    this.selfLoopCount = csr.selfLoopCount;
    this.outOffsets = csr.outOffsets;
    this.outTargets = csr.outTargets;
    this.outWeights = csr.outWeights;
    this.inOffsets = csr.inOffsets;
    this.inTargets = csr.inTargets;
    this.inWeights = csr.inWeights;
  }

  /** Builds a graph in linear time from an edge list; `nodes` adds nodes (e.g. isolates) in that order first. */
  static fromEdges(
    edges: Iterable<EdgeInput>,
    options: GraphOptions & { nodes?: Iterable<string> } = {},
  ): Graph {
    const directed = options.directed ?? DEFAULTS.directed;
    const weighted = options.weighted ?? DEFAULTS.weighted;
    const dropLoops = (options.selfLoops ?? DEFAULTS.selfLoops) === 'drop';
    const merge = options.multiEdges ?? DEFAULTS.multiEdges;
    if (merge !== 'sum' && merge !== 'first' && merge !== 'max') {
      throw new SnaError('graph', 'SNA_INVALID_OPTION', `unknown multiEdges policy '${String(merge)}'`);
    }

    const ids: string[] = [];
    const index = new Map<string, number>();
    const intern = (id: string): number => {
      let i = index.get(id);
      if (i === undefined) {
        i = ids.length;
        index.set(id, i);
        ids.push(id);
      }
      return i;
    };
    if (options.nodes !== undefined) for (const id of options.nodes) intern(String(id));

    let src = new Int32Array(1024);
    let dst = new Int32Array(1024);
    let wgt = new Float64Array(weighted ? 1024 : 0);
    let m = 0;
    for (const e of edges) {
      let s = intern(String(e.source));
      let t = intern(String(e.target));
      if (s === t && dropLoops) continue;
      if (!directed && s > t) [s, t] = [t, s];
      if (m === src.length) {
        src = grow(src);
        dst = grow(dst);
        if (weighted) wgt = growF(wgt);
      }
      src[m] = s;
      dst[m] = t;
      if (weighted) {
        const w = e.weight ?? 1;
        if (typeof w !== 'number' || !Number.isFinite(w)) {
          throw new SnaError(
            'graph',
            'SNA_INVALID_INPUT',
            `edge ${e.source} -> ${e.target} has a non-finite weight`,
          );
        }
        wgt[m] = w;
      }
      m++;
    }
    const csr = buildCsr(ids.length, src, dst, weighted ? wgt : null, m, directed, merge);
    return new Graph(ids, index, directed, weighted, csr);
  }

  /** The id of the node at `index`. */
  nodeId(index: number): string {
    const id = this.ids[index];
    if (id === undefined) throw new SnaError('graph', 'SNA_INVALID_INPUT', `no node at index ${index}`);
    return id;
  }

  /** The index of node `id`, or undefined when there is no such node. */
  indexOf(id: string): number | undefined {
    return this.index.get(id);
  }

  /** All node ids in index order. */
  nodeIds(): readonly string[] {
    return this.ids;
  }

  /** Calls fn for every edge once (each undirected edge once), with node indices and weight. */
  forEachEdge(fn: (source: number, target: number, weight: number) => void): void {
    const off = this.outOffsets;
    const tgt = this.outTargets;
    const w = this.outWeights;
    for (let u = 0; u < this.nodeCount; u++) {
      for (let k = off[u]!; k < off[u + 1]!; k++) {
        const v = tgt[k]!;
        if (this.directed || u <= v) fn(u, v, w[k]!);
      }
    }
  }

  /** Sets a string attribute by node id; ids not in the graph are ignored, missing nodes stay unset. */
  setNodeAttribute(name: string, values: ReadonlyMap<string, string>): void {
    const column: (string | undefined)[] = new Array<string | undefined>(this.nodeCount).fill(undefined);
    for (const [id, value] of values) {
      const i = this.index.get(id);
      if (i !== undefined) column[i] = value;
    }
    this.attributes.set(name, column);
  }

  /** The value of attribute `name` at node `index`, or undefined. */
  getNodeAttribute(name: string, index: number): string | undefined {
    return this.attributes.get(name)?.[index];
  }

  /** Names of the node attributes set so far, in the order they were set. */
  nodeAttributeNames(): string[] {
    return [...this.attributes.keys()];
  }

  /**
   * The underlying undirected graph (same node indices and attributes). With `mutual`, each
   * pair's weight is the sum over both directions of the edge weights (1 per edge when
   * unweighted or `useWeights` is false) — Burt's mutual weight; otherwise the result is unweighted.
   */
  toUndirected(mutual = false, useWeights = this.weighted): Graph {
    const m = this.outTargets.length;
    const src = new Int32Array(m);
    const dst = new Int32Array(m);
    const wgt = new Float64Array(m);
    let e = 0;
    for (let u = 0; u < this.nodeCount; u++) {
      for (let k = this.outOffsets[u]!; k < this.outOffsets[u + 1]!; k++) {
        const v = this.outTargets[k]!;
        if (!this.directed && v < u) continue;
        src[e] = Math.min(u, v);
        dst[e] = Math.max(u, v);
        wgt[e++] = this.weighted && useWeights ? this.outWeights[k]! : 1;
      }
    }
    const csr = buildCsr(this.nodeCount, src, dst, mutual ? wgt : null, e, false, 'sum');
    const g = new Graph(this.ids, this.index, false, mutual, csr);
    for (const [name, column] of this.attributes) g.attributes.set(name, column);
    return g;
  }

  /** Out-degree (number of distinct out-neighbours, a self-loop counting once) of node `u`. */
  outDegreeOf(u: number): number {
    return this.outOffsets[u + 1]! - this.outOffsets[u]!;
  }
}

interface Csr {
  edgeCount: number;
  selfLoopCount: number;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  outWeights: Float64Array;
  inOffsets: Int32Array;
  inTargets: Int32Array;
  inWeights: Float64Array;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function growF(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Stable counting sort of positions `order` by `key[order[i]]`; returns the new order.
 * Two passes (by target, then by source) give a lexicographic (source, target) order.
 */
function countingSort(n: number, key: Int32Array, order: Int32Array, m: number): Int32Array<ArrayBuffer> {
  const count = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) count[key[order[i]!]! + 1]!++;
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const p = order[i]!;
    out[count[key[p]!]!++] = p;
  }
  return out;
}

function buildCsr(
  n: number,
  src: Int32Array,
  dst: Int32Array,
  wgt: Float64Array | null,
  m: number,
  directed: boolean,
  merge: 'sum' | 'first' | 'max',
): Csr {
  let order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  order = countingSort(n, dst, order, m);
  order = countingSort(n, src, order, m);

  // Merge runs of equal (source, target); the stable sorts keep input order inside a run.
  const us = new Int32Array(m);
  const vs = new Int32Array(m);
  const ws = new Float64Array(m);
  let e = 0;
  let loops = 0;
  for (let i = 0; i < m; i++) {
    const p = order[i]!;
    const s = src[p]!;
    const t = dst[p]!;
    const w = wgt === null ? 1 : wgt[p]!;
    if (e > 0 && us[e - 1] === s && vs[e - 1] === t) {
      if (wgt !== null) {
        if (merge === 'sum') ws[e - 1]! += w;
        else if (merge === 'max' && w > ws[e - 1]!) ws[e - 1] = w;
      }
      continue;
    }
    us[e] = s;
    vs[e] = t;
    ws[e] = w;
    if (s === t) loops++;
    e++;
  }

  if (directed) {
    const outOffsets = new Int32Array(n + 1);
    for (let i = 0; i < e; i++) outOffsets[us[i]! + 1]!++;
    for (let i = 0; i < n; i++) outOffsets[i + 1]! += outOffsets[i]!;
    const outTargets = vs.slice(0, e);
    const outWeights = ws.slice(0, e);
    // In-adjacency: a stable sort by target of the (source-sorted) list keeps sources sorted.
    const inOffsets = new Int32Array(n + 1);
    for (let i = 0; i < e; i++) inOffsets[vs[i]! + 1]!++;
    for (let i = 0; i < n; i++) inOffsets[i + 1]! += inOffsets[i]!;
    const cursor = inOffsets.slice(0, n);
    const inTargets = new Int32Array(e);
    const inWeights = new Float64Array(e);
    for (let i = 0; i < e; i++) {
      const k = cursor[vs[i]!]!++;
      inTargets[k] = us[i]!;
      inWeights[k] = ws[i]!;
    }
    return {
      edgeCount: e,
      selfLoopCount: loops,
      outOffsets,
      outTargets,
      outWeights,
      inOffsets,
      inTargets,
      inWeights,
    };
  }

  // Undirected: edges are stored with s <= t and sorted by (s, t). Row u holds first the
  // neighbours v < u (from edges (v, u), met in increasing v) and then v >= u (from (u, v)),
  // so filling rows in edge order leaves every row sorted.
  const deg = new Int32Array(n + 1);
  for (let i = 0; i < e; i++) {
    deg[us[i]! + 1]!++;
    if (us[i] !== vs[i]) deg[vs[i]! + 1]!++;
  }
  for (let i = 0; i < n; i++) deg[i + 1]! += deg[i]!;
  const offsets = deg;
  const half = offsets[n]!;
  const targets = new Int32Array(half);
  const weights = new Float64Array(half);
  // Count, per row, how many entries come from smaller neighbours to find where "v >= u" starts.
  const lower = new Int32Array(n);
  for (let i = 0; i < e; i++) if (us[i] !== vs[i]) lower[vs[i]!]!++;
  const cursorLow = offsets.slice(0, n);
  const cursorHigh = new Int32Array(n);
  for (let u = 0; u < n; u++) cursorHigh[u] = offsets[u]! + lower[u]!;
  for (let i = 0; i < e; i++) {
    const s = us[i]!;
    const t = vs[i]!;
    const w = ws[i]!;
    let k = cursorHigh[s]!++;
    targets[k] = t;
    weights[k] = w;
    if (s !== t) {
      k = cursorLow[t]!++;
      targets[k] = s;
      weights[k] = w;
    }
  }
  return {
    edgeCount: e,
    selfLoopCount: loops,
    outOffsets: offsets,
    outTargets: targets,
    outWeights: weights,
    inOffsets: offsets,
    inTargets: targets,
    inWeights: weights,
  };
}
