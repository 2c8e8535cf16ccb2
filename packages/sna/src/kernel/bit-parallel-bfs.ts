/**
 * Hop distances from many sources at once: a multi-source breadth-first search that runs 64
 * sources together, one bit per source (Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper,
 * Neumann & Vo 2014, "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4)).
 *
 * A node reached at the same level by several sources of a batch is scanned once for all of
 * them, and the edge test is two ANDs, so on small-world graphs the 64 traversals cost a few
 * single ones. It computes exactly what 64 separate searches would: for every target and every
 * level d, the number of sources first reaching it at distance d.
 *
 * A node's 64 bits are two 32-bit words side by side (index 2w and 2w + 1), so one cache line
 * serves both.
 */
import type { KernelScratch } from './kernel-scratch.js';
import type { CsrView, KernelRequest, KernelResult } from './paths-kernel.js';

/** Sources per batch; `source-chunks.ts` keeps chunk sizes a multiple of it. */
export const BIT_PARALLEL_BATCH = 64;

/** Reusable per-node state of one batch (two words per node for the three bit sets). */
interface BatchState {
  /** Bits of the sources that have reached each node. */
  seen: Int32Array;
  /** Bits of the sources that reached each node at the current level. */
  frontier: Int32Array;
  /** Bits arriving at each node for the next level. */
  next: Int32Array;
  /** Nodes with frontier bits, then the nodes touched for the next level. */
  frontierNodes: Int32Array;
  touchedNodes: Int32Array;
}

/** Adds hop-distance sums from every source in `sources` to `res` (unweighted graphs only). */
export function bitParallelDistances(
  g: CsrView,
  sources: ArrayLike<number>,
  req: KernelRequest,
  res: KernelResult,
  scratch: KernelScratch,
): void {
  const n = g.n;
  // frontier and next are all zero again when a batch ends; seen is cleared per batch.
  const state: BatchState = {
    seen: scratch.int32('msbfs.seen', 2 * n),
    frontier: scratch.int32('msbfs.frontier', 2 * n),
    next: scratch.int32('msbfs.next', 2 * n),
    frontierNodes: scratch.int32('msbfs.frontierNodes', n),
    touchedNodes: scratch.int32('msbfs.touchedNodes', n),
  };
  for (let first = 0; first < sources.length; first += BIT_PARALLEL_BATCH) {
    const last = Math.min(first + BIT_PARALLEL_BATCH, sources.length);
    runBatch(g, sources, first, last, req.component, state, res);
  }
}

function runBatch(
  g: CsrView,
  sources: ArrayLike<number>,
  first: number,
  last: number,
  comp: Uint8Array | null,
  st: BatchState,
  res: KernelResult,
): void {
  const { seen, frontier } = st;
  seen.fill(0);
  let frontierCount = 0;
  // Bits of this batch's sources that lie in the measured component (for diameter/average).
  let componentLow = 0;
  let componentHigh = 0;
  for (let i = first; i < last; i++) {
    const s = sources[i]!;
    const word = (i - first) >> 5;
    const bit = 1 << (i - first);
    if ((frontier[2 * s]! | frontier[2 * s + 1]!) === 0) st.frontierNodes[frontierCount++] = s;
    seen[2 * s + word]! |= bit;
    frontier[2 * s + word]! |= bit;
    if (comp !== null && comp[s] === 1) {
      if (word === 0) componentLow |= bit;
      else componentHigh |= bit;
    }
  }
  for (let level = 1; frontierCount > 0; level++) {
    const touchedCount = expand(g, st, frontierCount);
    frontierCount = settle(st, touchedCount, level, comp, componentLow, componentHigh, res);
  }
}

/**
 * Pushes each frontier node's bits to its out-neighbours that have not yet seen them; returns
 * how many nodes received bits (listed in `touchedNodes`). Clears the frontier as it goes.
 */
function expand(g: CsrView, st: BatchState, frontierCount: number): number {
  const { offsets, targets } = g;
  const { seen, frontier, next, frontierNodes, touchedNodes } = st;
  let touchedCount = 0;
  for (let i = 0; i < frontierCount; i++) {
    const v = frontierNodes[i]!;
    const low = frontier[2 * v]!;
    const high = frontier[2 * v + 1]!;
    frontier[2 * v] = 0;
    frontier[2 * v + 1] = 0;
    const end = offsets[v + 1]!;
    for (let k = offsets[v]!; k < end; k++) {
      const w = targets[k]!;
      const addLow = low & ~seen[2 * w]!;
      const addHigh = high & ~seen[2 * w + 1]!;
      if ((addLow | addHigh) === 0) continue;
      if ((next[2 * w]! | next[2 * w + 1]!) === 0) touchedNodes[touchedCount++] = w;
      next[2 * w]! |= addLow;
      next[2 * w + 1]! |= addHigh;
    }
  }
  return touchedCount;
}

/**
 * Marks the bits that arrived at `level` as seen, adds their distances at the target and makes
 * them the next frontier; returns the size of that frontier.
 */
function settle(
  st: BatchState,
  touchedCount: number,
  level: number,
  comp: Uint8Array | null,
  componentLow: number,
  componentHigh: number,
  res: KernelResult,
): number {
  const { seen, frontier, next, frontierNodes, touchedNodes } = st;
  const { distanceSum, reached, harmonic } = res;
  const inverse = 1 / level;
  let componentSum = 0;
  let componentReached = false;
  for (let i = 0; i < touchedCount; i++) {
    const w = touchedNodes[i]!;
    const low = next[2 * w]!;
    const high = next[2 * w + 1]!;
    next[2 * w] = 0;
    next[2 * w + 1] = 0;
    seen[2 * w]! |= low;
    seen[2 * w + 1]! |= high;
    frontier[2 * w] = low;
    frontier[2 * w + 1] = high;
    frontierNodes[i] = w;
    const count = popcount(low) + popcount(high);
    distanceSum[w]! += count * level;
    reached[w]! += count;
    harmonic[w]! += count * inverse;
    if (comp !== null && comp[w] === 1) {
      const inside = popcount(low & componentLow) + popcount(high & componentHigh);
      componentSum += inside * level;
      if (inside > 0) componentReached = true;
    }
  }
  res.componentDistanceSum += componentSum;
  if (componentReached && level > res.componentEccentricity) res.componentEccentricity = level;
  return touchedCount;
}

/** Number of set bits in a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
