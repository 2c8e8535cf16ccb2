/**
 * The package's one source of randomness: mulberry32 (Tommy Ettinger, 2017, public domain), a
 * 32-bit generator small enough to read and good enough for shuffling people into groups. The
 * same seed gives the same groups on every machine and Node.js version, which Math.random cannot
 * promise.
 */

/** A generator of numbers in [0, 1). */
export type Random = () => number;

/** Mixed into the seed for the baseline, so that it does not replay the search's own draws. */
export const BASELINE_STREAM = 0x9e3779b9;

/** A mulberry32 generator started from the low 32 bits of `seed`. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Shuffles `items` in place (Fisher–Yates) and returns them. */
export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
