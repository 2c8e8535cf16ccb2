/**
 * The demo region's only source of chance: a seeded PRNG, so every build writes the same rows.
 * mulberry32 (the engine's, `@trellis/sna`) is tiny, fast and good enough for synthetic data; it
 * is not for anything secret. Each generator step draws from its own stream (seed + step name), so a
 * step added later, or a step that draws more numbers, never shifts what the earlier steps made.
 */
import { mulberry32 } from '@trellis/sna';

/** FNV-1a over the stream name, mixed with the seed: a distinct, stable state per stream. */
function streamSeed(seed: number, stream: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < stream.length; i++) {
    hash ^= stream.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Eight hex digits of an unsigned 32-bit word, most significant first. */
const hex32 = (word: number) =>
  HEX[word >>> 24]! + HEX[(word >>> 16) & 0xff]! + HEX[(word >>> 8) & 0xff]! + HEX[word & 0xff]!;

/** Seeded random draws: numbers, picks, shuffles and version-4-shaped UUIDs. */
export class Random {
  private readonly next: () => number;

  constructor(seed: number, stream = '') {
    this.next = mulberry32(streamSeed(seed, stream));
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One element, chosen in proportion to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let threshold = this.next() * total;
    for (const [item, weight] of items) {
      threshold -= weight;
      if (threshold < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** `count` distinct elements (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  /**
   * A UUID in version-4 layout whose bits come from this stream, so ids repeat on every build.
   * Four 32-bit draws, most significant byte first, with the version and variant bits set; built
   * from hex pairs with no intermediate arrays: the demo draws a few hundred thousand.
   */
  uuid(): string {
    const word = () => Math.floor(this.next() * 4_294_967_296);
    const a = hex32(word());
    const b = hex32(((word() & 0xffff0fff) | 0x00004000) >>> 0);
    const c = hex32(((word() & 0x3fffffff) | 0x80000000) >>> 0);
    const d = hex32(word());
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }

  /** An ISO date (YYYY-MM-DD) between two ISO dates, both included. */
  date(from: string, to: string): string {
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`);
    const days = Math.round((end - start) / 86_400_000);
    return new Date(start + this.int(0, days) * 86_400_000).toISOString().slice(0, 10);
  }
}
