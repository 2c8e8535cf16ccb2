import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'drizzle-orm';
import type { OidcClient } from './accounts/oidc-client.js';
import { oidcRoutes, signInProviderRoutes } from './accounts/oidc.routes.js';
import { accountRoutes, ACCOUNT_ANONYMOUS_WRITES } from './accounts/account.routes.js';
import { sessionRoutes } from './accounts/session.routes.js';
import { analysisRoutes } from './analytics/analyses.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import {
  announceWrites,
  cacheResponses,
  cachedActorLookup,
  createReadCaching,
} from './cache/cached-reads.js';
import { localChangeFeed, type ChangeFeed } from './db/change-feed.js';
import type { ReadCacheOptions } from './cache/read-cache.js';
import type { Database } from './db/database.js';
import { createRouter } from './routing/app-env.js';
import { EDGE_TEXTS, noRoute } from './http/edge.texts.js';
import { handleError } from './http/error-handler.js';
import { ApiError } from './shared/errors.js';
import {
  limitBodies,
  noStore,
  rejectInvalidText,
  requireSignInForWrites,
  sandboxDownloads,
} from './http/edge-guards.js';
import { logRequests } from './http/request-log.js';
import { authenticate, csrfGuard } from './http/session-middleware.js';
import { introductionRoutes } from './introductions/introductions.routes.js';
import { resourceRoutes } from './resources/resources.routes.js';
import { attachmentRoutes, UPLOAD_PATH } from './resources/attachments.routes.js';
import type { AttachmentStorage } from './resources/attachments.service.js';
import { diskBlobStore } from './storage/disk-store.js';
import { DEFAULT_MAX_UPLOAD_MB } from './shared/vocabulary.js';
import { collectionRoutes } from './collections/collections.routes.js';
import { practiceRoutes } from './practices/practices.routes.js';
import { cycleRoutes } from './inquiry/cycles.routes.js';
import { inquiryRoutes } from './inquiry/inquiries.routes.js';
import { insightRoutes } from './inquiry/insight.routes.js';
import { measureRoutes } from './inquiry/measures.routes.js';
import { resourceSearchRoutes } from './resources/resources.search.routes.js';
import { MAIL_ANONYMOUS_WRITES, mailRoutes } from './mail/mail.routes.js';
import { importRoutes } from './import/import.routes.js';
import { membershipRoutes } from './memberships/memberships.routes.js';
import { networkRoutes } from './networks/networks.routes.js';
import { organisationRoutes } from './organisations/organisations.routes.js';
import { peopleRoutes } from './people/people.routes.js';
import { personalDataRoutes } from './personal-data/personal-data.routes.js';
import { suggestionRoutes } from './suggestions/suggestions.routes.js';
import { topicRoutes } from './topics/topics.routes.js';
import { surveyRoutes } from './surveys/surveys.routes.js';

export interface AppOptions {
  db: Database;
  secureCookies?: boolean;
  /** How many proxies of ours append to X-Forwarded-For (TRELLIS_TRUST_PROXY); 0 by default. */
  trustProxy?: number;
  publicUrl?: string | undefined;
  logRequests?: boolean;
  /** The built web app to serve at /; omitted in API-only tests. */
  webRoot?: string | undefined;
  /** Serve the web app's source maps (off in production: they publish the source as written). */
  serveSourceMaps?: boolean;
  /** Where writes are announced (the connection's feed); without it, only this app hears them. */
  changes?: ChangeFeed;
  /**
   * Keep session lookups and GET answers in memory until the next write anywhere (or the TTL).
   * Off by default, for tests that write to the database behind the API's back.
   */
  cacheReads?: ReadCacheOptions | undefined;
  /** The privacy rule's k for anonymised maps (TRELLIS_ANONYMITY_K); 5 when left out. */
  anonymityK?: number | undefined;
  /** Sign-in through a school's identity provider (TRELLIS_OIDC_*); none when left out. */
  oidc?: OidcClient | undefined;
  /**
   * Where attachments are kept and how large one may be. The server passes the configured store
   * (config.ts); left out, a folder in the system's temporary directory, for tests.
   */
  attachments?: AttachmentStorage | undefined;
}

/** The built web app, next to this package in the workspace. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Trellis API',
    version: '1.0.0',
    description:
      'The Trellis platform for collaborative networks in education. Errors always have the shape ' +
      '{ "error": { "code", "message", "details" } }. Writes need the session cookie and the X-CSRF-Token header.',
  },
} as const;

/**
 * gzip for the large answers: a people map of the whole region is 5 MB of JSON (1.5 MB gzipped),
 * graph exports and the OpenAPI document are large too, and the map's script chunk shrinks by two
 * thirds. Only these: most API answers are small and carry no length, so gzip would cost them
 * CPU for nothing; and never the session, whose answer carries the CSRF token (compressing a
 * secret beside reflected input is what BREACH exploits).
 */
const COMPRESSED_PATHS = [
  /^\/assets\//,
  /^\/api\/openapi\.json$/,
  /^\/api\/v1\/analyses\/[^/]+\/map$/,
  /^\/api\/v1\/networks\/[^/]+\/graph$/,
];

function compressLargeAnswers(): MiddlewareHandler {
  const gzip = compress();
  return (c, next) => (COMPRESSED_PATHS.some((path) => path.test(c.req.path)) ? gzip(c, next) : next());
}

/** The writes someone who is not signed in may make: every other write is a 401 before validation. */
const ANONYMOUS_WRITES = ['POST /api/v1/session', ...ACCOUNT_ANONYMOUS_WRITES, ...MAIL_ANONYMOUS_WRITES];

/** HSTS on answers the browser received over HTTPS (directly, or through a proxy at an https public URL). */
function strictTransportSecurity(publicUrl: string | undefined): MiddlewareHandler {
  const behindHttps = publicUrl?.startsWith('https:') ?? false;
  return async (c, next) => {
    await next();
    if (behindHttps || new URL(c.req.url).protocol === 'https:') {
      c.res.headers.set('Strict-Transport-Security', 'max-age=15552000; includeSubDomains');
    }
  };
}

function temporaryAttachmentStorage(): AttachmentStorage {
  return {
    store: diskBlobStore(join(tmpdir(), 'trellis-attachments')),
    maxUploadBytes: DEFAULT_MAX_UPLOAD_MB * 1024 * 1024,
  };
}

/** Builds the whole HTTP application: API, OpenAPI document, health check and web app. */
export function createApp(options: AppOptions) {
  const app = createRouter();
  app.onError(handleError);
  app.notFound((c) => handleError(new ApiError('NOT_FOUND', noRoute(c.req.method, c.req.path)), c));
  if (options.logRequests) app.use('/api/*', logRequests());
  app.use('*', compressLargeAnswers());
  app.use('*', strictTransportSecurity(options.publicUrl));
  app.use('/api/v1/attachments/*', sandboxDownloads());
  app.use(
    '*',
    secureHeaders({
      // frame-ancestors 'none' below forbids framing; X-Frame-Options: SAMEORIGIN would contradict it.
      xFrameOptions: false,
      // Sent only over HTTPS (strictTransportSecurity above): over plain HTTP it is meaningless.
      strictTransportSecurity: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('*', async (c, next) => {
    c.set('db', options.db);
    await next();
  });

  app.get('/api/hello', (c) => c.text('hello')); // the benchmark's ceiling: no database, no session
  app.get('/api/health', async (c) => {
    await options.db.execute(sql`select 1`);
    return c.json({ status: 'ok' });
  });
  app.doc31('/api/openapi.json', OPENAPI_INFO);

  const changes = options.changes ?? localChangeFeed();
  const caching = options.cacheReads ? createReadCaching(changes, options.cacheReads) : undefined;
  const v1 = createRouter();
  v1.use('*', limitBodies(1024 * 1024, EDGE_TEXTS.overOneMegabyte, { except: UPLOAD_PATH }));
  v1.use(
    '*',
    authenticate({
      trustProxy: options.trustProxy ?? 0,
      findActor: caching && cachedActorLookup(caching.actors),
    }),
  );
  v1.use('*', noStore());
  v1.use('*', csrfGuard({ publicOrigin: options.publicUrl }));
  v1.use('*', requireSignInForWrites(ANONYMOUS_WRITES));
  v1.use('*', rejectInvalidText());
  v1.use('*', announceWrites(changes));
  if (caching) v1.use('*', cacheResponses(caching.responses));
  v1.route('/', sessionRoutes({ secure: options.secureCookies ?? false }));
  v1.route('/', signInProviderRoutes(options.oidc));
  v1.route('/', networkRoutes());
  v1.route('/', importRoutes());
  v1.route('/', membershipRoutes());
  v1.route('/', organisationRoutes());
  v1.route('/', peopleRoutes());
  v1.route('/', surveyRoutes());
  v1.route('/', analysisRoutes({ anonymityK: options.anonymityK }));
  v1.route('/', suggestionRoutes());
  v1.route('/', topicRoutes());
  v1.route('/', auditRoutes());
  v1.route('/', personalDataRoutes({ secure: options.secureCookies ?? false }));
  v1.route('/', accountRoutes({ secure: options.secureCookies ?? false }));
  v1.route('/', mailRoutes({ publicUrl: options.publicUrl }));
  v1.route('/', introductionRoutes());
  v1.route('/', practiceRoutes());
  // Before any /resources/{id} route, which would take `suggestions` for an id.
  v1.route('/', resourceSearchRoutes());
  const attachments = options.attachments ?? temporaryAttachmentStorage();
  v1.route('/', resourceRoutes({ publicUrl: options.publicUrl, store: attachments.store }));
  v1.route('/', attachmentRoutes(attachments));
  v1.route('/', collectionRoutes());
  v1.route('/', inquiryRoutes());
  v1.route('/', cycleRoutes());
  v1.route('/', measureRoutes());
  v1.route('/', insightRoutes());
  app.route('/api/v1', v1);
  if (options.oidc) {
    app.route(
      '/',
      oidcRoutes({ oidc: options.oidc, cookies: { secure: options.secureCookies ?? false }, changes }),
    );
  }
  app.all('/api/*', (c) => handleError(new ApiError('NOT_FOUND', noRoute(c.req.method, c.req.path)), c));

  if (options.webRoot && existsSync(options.webRoot))
    serveWebApp(app, options.webRoot, options.serveSourceMaps ?? false);
  return app;
}

/** Serves the single-page app: its files, and index.html for every other path (client-side routes). */
function serveWebApp(app: ReturnType<typeof createRouter>, webRoot: string, serveSourceMaps: boolean) {
  const root = relative(process.cwd(), webRoot) || '.';
  if (!serveSourceMaps) {
    app.get('*', async (c, next) => (c.req.path.endsWith('.map') ? c.text('Not found', 404) : next()));
  }
  app.use('/assets/*', async (c, next) => {
    await next();
    // Vite fingerprints asset names, so they never change under the same URL.
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    // index.html names the current assets, so a browser must check it on every visit.
    if (c.res.headers.get('Content-Type')?.startsWith('text/html')) c.header('Cache-Control', 'no-cache');
  });
  app.use('*', serveStatic({ root }));
  app.get('*', serveStatic({ root, path: 'index.html' }));
}

export type App = ReturnType<typeof createApp>;
