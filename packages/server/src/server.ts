import { serve, type ServerType } from '@hono/node-server';
import { createApp, DEFAULT_WEB_ROOT } from './app.js';
import { DEFAULT_READ_CACHE } from './cache/cached-reads.js';
import type { Config } from './config.js';
import type { DatabaseConnection } from './db/database.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server on an open database; resolves once it listens. */
export function startServer(connection: DatabaseConnection, config: Config): Promise<RunningServer> {
  const app = createApp({
    db: connection.db,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    logRequests: config.logRequests,
    webRoot: DEFAULT_WEB_ROOT,
    changes: connection.changes,
    cacheReads: config.cacheReads ? DEFAULT_READ_CACHE : undefined,
  });
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
        const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
        resolve({
          url: config.publicUrl ?? `http://${shownHost}:${info.port}`,
          close: () => new Promise((done) => server.close(() => done())),
        });
      });
      server.once('error', reject);
    } catch (error) {
      reject(error);
    }
  });
}
