import { describe, expect, it } from 'vitest';
import type { ChangeFeed } from '../db/change-feed.js';
import { localChangeFeed } from '../db/change-feed.js';
import { ReadCache } from './read-cache.js';

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('ReadCache', () => {
  it('serves what it was given until the TTL or an earlier expiry', () => {
    const time = clock();
    const cache = new ReadCache<string>(localChangeFeed(), { maxEntries: 10, ttlMs: 100 }, time.now);
    cache.set('a', 'A', cache.generation);
    cache.set('b', 'B', cache.generation, time.now() + 10);
    time.advance(50);
    expect(cache.get('a')).toBe('A');
    expect(cache.get('b')).toBeUndefined();
    time.advance(50);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets the least recently used entry when full', () => {
    const cache = new ReadCache<number>(localChangeFeed(), { maxEntries: 2, ttlMs: 1_000 });
    cache.set('a', 1, cache.generation);
    cache.set('b', 2, cache.generation);
    cache.get('a');
    cache.set('c', 3, cache.generation);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    expect(cache.size).toBe(2);
  });

  it('empties on every change, and does not keep a read that a change overtook', async () => {
    const changes = localChangeFeed();
    const cache = new ReadCache<string>(changes, { maxEntries: 10, ttlMs: 1_000 });
    cache.set('a', 'A', cache.generation);
    const readStartedAt = cache.generation;
    await changes.announce();
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 'stale', readStartedAt);
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 'fresh', cache.generation);
    expect(cache.get('a')).toBe('fresh');
  });

  it('forgets, at a change that names its topics, only the entries that depend on one', async () => {
    const changes = localChangeFeed();
    const cache = new ReadCache<string>(changes, { maxEntries: 10, ttlMs: 1_000 });
    cache.set('page', 'P', cache.generation);
    cache.set('rates', 'R', cache.generation, Infinity, ['responses']);
    const readStartedAt = cache.generation;
    await changes.announce(['responses']);
    expect([cache.get('page'), cache.get('rates')]).toEqual(['P', undefined]);
    // A read of answers that the change overtook is not kept; one that does not read them is.
    cache.set('rates', 'stale', readStartedAt, Infinity, ['responses']);
    cache.set('search', 'S', readStartedAt);
    expect([cache.get('rates'), cache.get('search')]).toEqual([undefined, 'S']);
    await changes.announce();
    expect([cache.get('page'), cache.get('search')]).toEqual([undefined, undefined]);
  });

  it('neither serves nor keeps anything while changes elsewhere could go unheard', () => {
    const feed: ChangeFeed = { ...localChangeFeed(), reliable: false };
    const cache = new ReadCache<string>(feed, { maxEntries: 10, ttlMs: 1_000 });
    cache.set('a', 'A', cache.generation);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
