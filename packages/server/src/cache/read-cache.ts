import type { ChangeFeed } from '../db/change-feed.js';

export interface ReadCacheOptions {
  /** The most entries kept; the least recently used go first. */
  maxEntries: number;
  /** How long an entry may be served; bounds staleness from what no write announces (the date turning). */
  ttlMs: number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * A bounded, expiring map of read results that empties itself on every change the feed announces,
 * and serves nothing while the feed cannot vouch for changes made elsewhere.
 */
export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly unsubscribe: () => void;
  private changeCount = 0;

  constructor(
    private readonly changes: ChangeFeed,
    private readonly options: ReadCacheOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.unsubscribe = changes.subscribe(() => {
      this.changeCount += 1;
      this.entries.clear();
    });
  }

  /**
   * Take this before reading from the database and give it to `set`: a read that a change
   * overtook (it began before the write committed and ends after) is then not kept.
   */
  get generation(): number {
    return this.changeCount;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    if (!this.changes.reliable) return undefined;
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value`, read at `generation`, for the cache's lifetime or until `expiresAt` if sooner. */
  set(key: string, value: V, generation: number, expiresAt = Infinity): void {
    if (!this.changes.reliable || generation !== this.changeCount) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: Math.min(expiresAt, this.now() + this.options.ttlMs) });
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  close(): void {
    this.unsubscribe();
    this.entries.clear();
  }
}
