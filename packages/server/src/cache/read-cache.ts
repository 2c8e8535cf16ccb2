import type { ChangeFeed, ChangeTopic } from '../db/change-feed.js';

export interface ReadCacheOptions {
  /** The most entries kept; the least recently used go first. */
  maxEntries: number;
  /** How long an entry may be served; bounds staleness from what no write announces (the date turning). */
  ttlMs: number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
  /** The topics of change it depends on, besides changes to anything. */
  topics: readonly ChangeTopic[];
}

/**
 * A bounded, expiring map of read results that forgets what each change the feed announces could
 * have changed (everything, unless the change names its topics: then the entries that depend on
 * one of them), and serves nothing while the feed cannot vouch for changes made elsewhere.
 */
export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly unsubscribe: () => void;
  private changeCount = 0;
  /** The change count at the last change to anything, and at the last change to each topic. */
  private lastChangeToAll = 0;
  private readonly lastChangeTo = new Map<ChangeTopic, number>();

  constructor(
    private readonly changes: ChangeFeed,
    private readonly options: ReadCacheOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.unsubscribe = changes.subscribe((topics) => {
      this.changeCount += 1;
      if (topics === undefined) {
        this.lastChangeToAll = this.changeCount;
        this.entries.clear();
        return;
      }
      for (const topic of topics) this.lastChangeTo.set(topic, this.changeCount);
      for (const [key, entry] of this.entries) {
        if (entry.topics.some((topic) => topics.has(topic))) this.entries.delete(key);
      }
    });
  }

  /**
   * Take this before reading from the database and give it to `set`: a read that a change it
   * depends on overtook (it began before the write committed and ends after) is then not kept.
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

  /**
   * Keeps `value`, read at `generation`, for the cache's lifetime or until `expiresAt` if sooner;
   * it is forgotten at the next change to anything or to one of `topics`.
   */
  set(
    key: string,
    value: V,
    generation: number,
    expiresAt = Infinity,
    topics: readonly ChangeTopic[] = [],
  ): void {
    if (!this.changes.reliable || this.lastChangeToAll > generation) return;
    if (topics.some((topic) => (this.lastChangeTo.get(topic) ?? 0) > generation)) return;
    this.entries.delete(key);
    this.entries.set(key, {
      value,
      expiresAt: Math.min(expiresAt, this.now() + this.options.ttlMs),
      topics,
    });
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
