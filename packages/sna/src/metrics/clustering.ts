/**
 * Local clustering, average clustering and transitivity, as NetworkX 3.6 `clustering`,
 * `average_clustering` and `transitivity`.
 *
 * Undirected: c(u) = 2 T(u) / (d(d - 1)), self-loops ignored (Watts & Strogatz 1998, "Collective
 * dynamics of 'small-world' networks", Nature 393). Weighted: each triangle counts the geometric
 * mean of its edge weights scaled by the largest weight (Onnela, Saramäki, Kertész & Kaski 2005,
 * Phys. Rev. E 71). Directed: Fagiolo (2007), "Clustering in complex directed networks",
 * Phys. Rev. E 76, c(u) = T(u) / (2 (d_tot(d_tot - 1) - 2 d_bi)).
 *
 * Undirected triangles are counted once each by the degree-ordered "forward" method (Schank &
 * Wagner 2005), O(m^1.5), and credited to all three corners.
 */
import type { Graph } from '../graph/graph.js';

/** Default options: `weighted: null` means the graph's own `weighted`. */
export const DEFAULTS = { weighted: null } as const;

/** Largest edge weight (self-loops included, as NetworkX), or 1 for an edgeless graph. */
function maxWeight(graph: Graph): number {
  const w = graph.outWeights;
  if (w.length === 0) return 1;
  let m = -Infinity;
  for (let i = 0; i < w.length; i++) if (w[i]! > m) m = w[i]!;
  return m;
}

/** Per-node triangle weight (2 × triangles when unweighted) and neighbour count, undirected. */
function undirectedTriangles(graph: Graph, weighted: boolean): { t: Float64Array; d: Int32Array } {
  const n = graph.nodeCount;
  const { outOffsets: off, outTargets: tgt, outWeights: wts } = graph;
  const d = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    let c = 0;
    for (let k = off[u]!; k < off[u + 1]!; k++) if (tgt[k] !== u) c++;
    d[u] = c;
  }
  // Orient each edge towards the endpoint of higher (degree, index): every node then has at most
  // O(sqrt m) forward neighbours.
  const fOff = new Int32Array(n + 1);
  const higher = (a: number, b: number) => d[b]! > d[a]! || (d[b] === d[a] && b > a);
  for (let u = 0; u < n; u++) {
    for (let k = off[u]!; k < off[u + 1]!; k++) if (higher(u, tgt[k]!)) fOff[u + 1]!++;
  }
  for (let u = 0; u < n; u++) fOff[u + 1]! += fOff[u]!;
  const fTgt = new Int32Array(fOff[n]!);
  const fW = new Float64Array(fOff[n]!);
  for (let u = 0; u < n; u++) {
    let p = fOff[u]!;
    for (let k = off[u]!; k < off[u + 1]!; k++) {
      if (higher(u, tgt[k]!)) {
        fTgt[p] = tgt[k]!;
        fW[p++] = wts[k]!;
      }
    }
  }
  const t = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const markW = new Float64Array(n);
  const scale = weighted ? 1 / maxWeight(graph) : 1;
  for (let u = 0; u < n; u++) {
    for (let k = fOff[u]!; k < fOff[u + 1]!; k++) {
      mark[fTgt[k]!] = u;
      markW[fTgt[k]!] = fW[k]!;
    }
    for (let k = fOff[u]!; k < fOff[u + 1]!; k++) {
      const v = fTgt[k]!;
      for (let j = fOff[v]!; j < fOff[v + 1]!; j++) {
        const w = fTgt[j]!;
        if (mark[w] !== u) continue;
        // Each triangle contributes 2 to each corner (NetworkX counts ordered pairs).
        const c = weighted ? 2 * Math.cbrt(fW[k]! * fW[j]! * markW[w]!) * scale : 2;
        t[u]! += c;
        t[v]! += c;
        t[w]! += c;
      }
    }
  }
  return { t, d };
}

/** Fagiolo's directed triangle weights, total degrees and reciprocated degrees. */
function directedTriangles(
  graph: Graph,
  weighted: boolean,
): { t: Float64Array; dt: Int32Array; db: Int32Array } {
  const n = graph.nodeCount;
  const {
    outOffsets: oOff,
    outTargets: oT,
    outWeights: oW,
    inOffsets: iOff,
    inTargets: iT,
    inWeights: iW,
  } = graph;
  const t = new Float64Array(n);
  const dt = new Int32Array(n);
  const db = new Int32Array(n);
  // For the current node i: inMark[k] === i when k -> i (weight inWt[k]); outMark likewise for i -> k.
  const inMark = new Int32Array(n).fill(-1);
  const outMark = new Int32Array(n).fill(-1);
  const inWt = new Float64Array(n);
  const outWt = new Float64Array(n);
  const scale = weighted ? 1 / maxWeight(graph) : 1;
  const f = weighted ? (x: number) => Math.cbrt(x) * scale : () => 1;
  for (let i = 0; i < n; i++) {
    let din = 0;
    let dout = 0;
    let bi = 0;
    for (let k = iOff[i]!; k < iOff[i + 1]!; k++) {
      const j = iT[k]!;
      if (j === i) continue;
      inMark[j] = i;
      inWt[j] = iW[k]!;
      din++;
    }
    for (let k = oOff[i]!; k < oOff[i + 1]!; k++) {
      const j = oT[k]!;
      if (j === i) continue;
      outMark[j] = i;
      outWt[j] = oW[k]!;
      dout++;
      if (inMark[j] === i) bi++;
    }
    let sum = 0;
    // j over in- and out-neighbours of i; a is the weight of the i–j edge in that direction.
    for (let side = 0; side < 2; side++) {
      const off = side === 0 ? iOff : oOff;
      const tg = side === 0 ? iT : oT;
      for (let k = off[i]!; k < off[i + 1]!; k++) {
        const j = tg[k]!;
        if (j === i) continue;
        const a = side === 0 ? inWt[j]! : outWt[j]!;
        for (let jside = 0; jside < 2; jside++) {
          const joff = jside === 0 ? iOff : oOff;
          const jt = jside === 0 ? iT : oT;
          const jw = jside === 0 ? iW : oW;
          for (let q = joff[j]!; q < joff[j + 1]!; q++) {
            const x = jt[q]!;
            if (x === j) continue;
            if (inMark[x] === i) sum += f(a * inWt[x]! * jw[q]!);
            if (outMark[x] === i) sum += f(a * outWt[x]! * jw[q]!);
          }
        }
      }
    }
    t[i] = sum;
    dt[i] = din + dout;
    db[i] = bi;
  }
  return { t, dt, db };
}

/** Local clustering coefficient of every node (indexed by node index), in [0, 1]. */
export function clustering(graph: Graph, options: { weighted?: boolean } = {}): Float64Array {
  const weighted = options.weighted ?? DEFAULTS.weighted ?? graph.weighted;
  const n = graph.nodeCount;
  const c = new Float64Array(n);
  if (graph.directed) {
    const { t, dt, db } = directedTriangles(graph, weighted);
    for (let u = 0; u < n; u++) {
      const denom = (dt[u]! * (dt[u]! - 1) - 2 * db[u]!) * 2;
      if (t[u] !== 0) c[u] = t[u]! / denom;
    }
    return c;
  }
  const { t, d } = undirectedTriangles(graph, weighted);
  for (let u = 0; u < n; u++) if (t[u] !== 0) c[u] = t[u]! / (d[u]! * (d[u]! - 1));
  return c;
}

/** Mean local clustering over all nodes (zeros included), as NetworkX `average_clustering`. */
export function averageClustering(graph: Graph, options: { weighted?: boolean } = {}): number {
  return averageOf(clustering(graph, options));
}

/** Mean of per-node values (0 for no nodes). */
export function averageOf(c: Float64Array): number {
  if (c.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < c.length; i++) s += c[i]!;
  return s / c.length;
}

/**
 * Transitivity, 3 × triangles / connected triples. NetworkX defines it for undirected graphs
 * only; Trellis measures a directed graph's underlying undirected graph (`G.to_undirected()`).
 */
export function transitivity(graph: Graph): number {
  const g = graph.directed ? undirectedView(graph) : graph;
  const { t, d } = undirectedTriangles(g, false);
  let tri = 0;
  let triples = 0;
  for (let u = 0; u < g.nodeCount; u++) {
    tri += t[u]!;
    triples += d[u]! * (d[u]! - 1);
  }
  return tri === 0 ? 0 : tri / triples;
}

/** The underlying undirected graph of a directed graph (same node order, weights merged by sum). */
export function undirectedView(graph: Graph): Graph {
  return graph.toUndirected(false);
}
