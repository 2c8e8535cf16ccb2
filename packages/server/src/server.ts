import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp, DEFAULT_WEB_ROOT } from './app.js';
import { OidcClient } from './accounts/oidc-client.js';
import { startAnalysisRunner } from './analytics/run-analysis.js';
import { DEFAULT_READ_CACHE } from './cache/cached-reads.js';
import type { Config } from './config.js';
import type { DatabaseConnection } from './db/database.js';
import { answerClientErrorsAsJson } from './http/client-errors.js';
import { startMailRunner } from './mail/mail-runner.js';
import { logFolderSender, smtpSender } from './mail/transport.js';
import { startBlobSweeper } from './resources/attachments.sweep.js';
import { openBlobStore } from './storage/open-blob-store.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server on an open database; resolves once it listens. */
export function startServer(connection: DatabaseConnection, config: Config): Promise<RunningServer> {
  const store = openBlobStore(config.attachments);
  const app = createApp({
    db: connection.db,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    logRequests: config.logRequests,
    webRoot: DEFAULT_WEB_ROOT,
    serveSourceMaps: config.serveSourceMaps,
    changes: connection.changes,
    cacheReads: config.cacheReads ? DEFAULT_READ_CACHE : undefined,
    anonymityK: config.anonymityK,
    oidc: config.oidc && new OidcClient(config.oidc, config.publicUrl!),
    attachments: { store, maxUploadBytes: config.attachments.maxUploadBytes },
  });
  const requests = countRequests(app.fetch);
  const analysisRunner = startAnalysisRunner(connection.db, connection.changes);
  const sweeper = startBlobSweeper(connection.db, store);
  let mailRunner: ReturnType<typeof startMailRunner> | undefined;
  const stopRunners = () => {
    sweeper.stop();
    return Promise.all([analysisRunner.stop(), mailRunner?.stop()]);
  };
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: requests.fetch, port: config.port, hostname: config.host }, (info) => {
        const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
        // Mail links point at the public URL, else at this server as it listens.
        mailRunner = startMailRunner(connection.db, connection.changes, {
          sender: config.smtpUrl ? smtpSender(config.smtpUrl) : logFolderSender(join(config.logDir, 'mail')),
          from: config.mailFrom,
          baseUrl: config.publicUrl ?? `http://${shownHost}:${info.port}`,
        });
        resolve({
          url: config.publicUrl ?? `http://${shownHost}:${info.port}`,
          close: async () => {
            await new Promise<void>((done) => server.close(() => done()));
            // A client that hung up mid-request leaves its handler running: let it finish before
            // the database closes under it.
            await requests.drained(DRAIN_TIMEOUT_MS);
            await stopRunners();
          },
        });
      });
      answerClientErrorsAsJson(server);
      server.once('error', (error) => {
        void stopRunners().finally(() => reject(error));
      });
    } catch (error) {
      void stopRunners().finally(() => reject(error));
    }
  });
}

const DRAIN_TIMEOUT_MS = 10_000;

/** Wraps a fetch handler to know when no request is being handled. */
function countRequests<Args extends unknown[]>(handler: (...args: Args) => Response | Promise<Response>) {
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  return {
    // Every argument passes through: the Node adapter's second one carries the socket (client address).
    fetch: async (...args: Args) => {
      inFlight += 1;
      try {
        return await handler(...args);
      } finally {
        inFlight -= 1;
        if (inFlight === 0) onIdle?.();
      }
    },
    drained: (timeoutMs: number) =>
      new Promise<void>((done) => {
        if (inFlight === 0) return done();
        onIdle = done;
        setTimeout(done, timeoutMs).unref();
      }),
  };
}
