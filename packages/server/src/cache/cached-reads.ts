import type { MiddlewareHandler } from 'hono';
import { findActorBySession } from '../accounts/sessions.queries.js';
import type { Actor } from '../authz/actor.js';
import type { Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import type { AppEnv } from '../routing/app-env.js';
import type { ChangeFeed, ChangeTopic } from '../db/change-feed.js';
import { ReadCache, type ReadCacheOptions } from './read-cache.js';
import { isSafeMethod } from '../shared/http-methods.js';

/** A cached API answer: only 200 JSON bodies are kept. */
interface CachedResponse {
  body: string;
  contentType: string;
}

/** What the server caches between writes: who a session cookie belongs to, and GET answers. */
export interface ReadCaching {
  actors: ReadCache<Actor | null>;
  responses: ReadCache<CachedResponse>;
}

export const DEFAULT_READ_CACHE: ReadCacheOptions = { maxEntries: 10_000, ttlMs: 30_000 };

export function createReadCaching(
  changes: ChangeFeed,
  options: ReadCacheOptions = DEFAULT_READ_CACHE,
): ReadCaching {
  return { actors: new ReadCache(changes, options), responses: new ReadCache(changes, options) };
}

/** Looks up a session's actor through the cache (an unknown token is cached as null too). */
export function cachedActorLookup(actors: ReadCache<Actor | null>) {
  return async (db: Executor, tokenHash: string): Promise<Actor | undefined> => {
    const cached = actors.get(tokenHash);
    if (cached !== undefined) return cached ?? undefined;
    const generation = actors.generation;
    const actor = await findActorBySession(db, tokenHash);
    actors.set(tokenHash, actor ?? null, generation, actor?.expiresAt.getTime());
    return actor;
  };
}

/**
 * Writes that change only survey answers (a draft saved, an answer submitted: the response, its
 * nominations and an audit entry), announced as `responses` so that reads which never look at
 * answers stay cached while hundreds answer before a deadline. Every other write changes anything.
 */
const RESPONSE_WRITES = [/^PUT \/api\/v1\/waves\/[^/]+\/response$/];

/** What a successful write may have changed, for `announce` (undefined: anything). */
export function writeTopics(method: string, path: string): ChangeTopic[] | undefined {
  const write = `${method} ${path}`;
  return RESPONSE_WRITES.some((pattern) => pattern.test(write)) ? ['responses'] : undefined;
}

/**
 * The GET answers that may show survey answers: the surveys' and waves' own routes (response
 * rates, drafts, candidates), a network's survey list and the caller's own (`/me/…`). Only
 * `surveys/` and `personal-data/` read the answer tables; a route elsewhere that starts to must
 * be added here, or a saved answer would leave it stale for up to the TTL.
 */
const READS_OF_RESPONSES = [/^\/api\/v1\/(surveys|waves|me)(\/|$)/, /^\/api\/v1\/networks\/[^/]+\/surveys/];

/** The topics a GET answer for `path` depends on, besides changes to anything. */
export function readTopics(path: string): ChangeTopic[] {
  return READS_OF_RESPONSES.some((pattern) => pattern.test(path)) ? ['responses'] : [];
}

/** Announces every write that succeeded, with what it touched, so that caches here and in other processes forget it. */
export function announceWrites(changes: ChangeFeed): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!isSafeMethod(c.req.method) && c.res.status < 400)
      await changes.announce(writeTopics(c.req.method, c.req.path));
  };
}

// Answers that carry a secret of the session (its CSRF token) or are rare reads stay uncached;
// a person's archive must also keep its download headers (Content-Disposition, no-store).
const UNCACHED_PATHS = new Set([
  '/api/v1/session',
  '/api/v1/audit-log',
  '/api/v1/me/data',
  '/api/v1/me/data/summary',
]);

const principalKey = (principal: Principal) =>
  principal.kind === 'person'
    ? `${principal.personId}:${principal.isAdmin ? 'admin' : 'person'}`
    : 'anonymous';

/**
 * Serves repeated GETs from memory. The key is the caller (answers differ by who asks: visibility,
 * permissions, e-mail addresses) and the path with its query; a write forgets what it may have
 * changed (an answer saved: the answers' reads; anything else: everything).
 */
export function cacheResponses(responses: ReadCache<CachedResponse>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' || UNCACHED_PATHS.has(c.req.path)) return next();
    const url = c.req.url;
    const key = `${principalKey(c.var.principal)} ${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
    const hit = responses.get(key);
    if (hit) return c.body(hit.body, 200, { 'Content-Type': hit.contentType });
    const generation = responses.generation;
    await next();
    const contentType = c.res.headers.get('Content-Type') ?? '';
    if (
      c.res.status === 200 &&
      contentType.startsWith('application/json') &&
      !c.res.headers.has('Set-Cookie')
    ) {
      const body = await c.res.clone().text();
      responses.set(key, { body, contentType }, generation, Infinity, readTopics(c.req.path));
    }
  };
}
