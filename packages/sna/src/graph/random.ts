/**
 * A small seeded pseudo-random generator (mulberry32), so that Louvain, label propagation and
 * sampled betweenness give the same answer for the same seed on every platform.
 */

/** A generator of floats in [0, 1). */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger, 2017) from a 32-bit state: a full period of 2^32, floats in [0, 1).
 * Tiny, fast and good enough for shuffles, sampling and synthetic data; not for anything secret.
 * The one copy in Trellis: the engine, the demo region and the benchmarks all draw from it.
 */
export function mulberry32(state: number): Random {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Creates a seeded generator: mulberry32 from the seed mixed with the golden ratio's bits. */
export function createRandom(seed: number): Random {
  return mulberry32((Math.trunc(seed) ^ 0x9e3779b9) >>> 0);
}

/** Shuffles `a` in place (Fisher–Yates) and returns it. */
export function shuffle<T extends { length: number; [i: number]: number }>(a: T, random: Random): T {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}

/** `k` distinct integers from 0..n-1, uniformly, in sampled order. */
export function sampleIndices(n: number, k: number, random: Random): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  // A partial Fisher–Yates: only the first k positions are drawn.
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = all[i]!;
    all[i] = all[j]!;
    all[j] = t;
  }
  return all.slice(0, k);
}
