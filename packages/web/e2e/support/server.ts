/**
 * Starts the real Trellis server in-process for browser tests: an in-memory PGlite database,
 * the demo region, the API and the built web app, on a free port.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../../../server/src/app.js';
import type { Database } from '../../../server/src/db/database.js';
import { openDatabase } from '../../../server/src/db/open.js';
import type { SeededRegion } from './region.ts';
import { seedRegion } from './seed-region.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../dist', import.meta.url));

export interface TestServer {
  url: string;
  region: SeededRegion;
  /** The server's database, for set-up no page offers (e.g. computing one analysis). */
  db: Database;
  close(): Promise<void>;
}

/** Fails early, and says what to do, when the web app has not been built. */
export function assertWebAppBuilt() {
  if (!existsSync(`${WEB_ROOT}/index.html`)) {
    throw new Error(
      `The web app is not built (${WEB_ROOT}/index.html is missing). Run: npm run build -w @trellis/web`,
    );
  }
}

/** Starts the server; `port` 0 (the default) takes any free port. */
export async function startTestServer(port = 0): Promise<TestServer> {
  assertWebAppBuilt();
  const connection = await openDatabase({ dataDir: 'memory://' });
  const app = createApp({ db: connection.db, webRoot: WEB_ROOT });
  const region = await seedRegion(connection.db, app);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    region,
    db: connection.db,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await connection.close();
    },
  };
}
