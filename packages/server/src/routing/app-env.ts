import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../authz/actor.js';
import type { Principal } from '../authz/policy.js';
import type { Database } from '../db/database.js';
import { unauthenticated, validationFailed } from '../shared/errors.js';
import { requestLocale } from '../shared/locale.js';
import { zodIssues } from '../shared/zod-issues.js';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    db: Database;
    /** Who is asking, for authorisation decisions. */
    principal: Principal;
    /** The signed-in person and their session, or null. */
    actor: Actor | null;
    /** The client's address, for rate limiting. */
    clientAddress: string;
  };
}

/**
 * A router whose request validation failures become VALIDATION_FAILED errors with `field: message`,
 * in the caller's language.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationFailed(zodIssues(result.error, requestLocale(c)));
    },
  });
}

export type Router = ReturnType<typeof createRouter>;

/** The signed-in actor, or a 401. */
export function requireActor(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!actor) throw unauthenticated();
  return actor;
}
