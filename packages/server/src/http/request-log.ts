import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';

/**
 * One line per API request: method, the route's pattern (`/api/v1/networks/:id`), status and time.
 * Never the path as sent nor its query string: they carry what people search for and whom they name.
 */
export function logRequests(write: (line: string) => void = (line) => console.log(line)): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    // After the chain has run, the route index points at the handler that answered.
    write(`${c.req.method} ${routePath(c)} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  };
}
