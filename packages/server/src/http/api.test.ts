import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db/database.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson } from '../test-support/factories.js';
import { API_PREFIX, type OpenApiDocument } from '../test-support/operations.js';
import { useTestApp } from '../test-support/test-app.js';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);

const OPENAPI_FILE = fileURLToPath(new URL('../../../../docs/openapi.json', import.meta.url));

describe('web app files', () => {
  it('lets browsers keep fingerprinted assets for a year, and makes them check index.html every time', async () => {
    const webRoot = await mkdtemp(join(tmpdir(), 'trellis-web-'));
    try {
      await mkdir(join(webRoot, 'assets'));
      await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Trellis</title>');
      await writeFile(join(webRoot, 'assets', 'main-1a2b3c.js'), 'export {};');
      // Static files touch no database, so a placeholder stands in for it.
      const app = createApp({ db: {} as Database, webRoot });
      for (const path of ['/', '/networks/lectura-compartida']) {
        const page = await app.request(path);
        expect(page.status, path).toBe(200);
        expect(await page.text()).toContain('<title>Trellis</title>');
        expect(page.headers.get('Cache-Control'), path).toBe('no-cache');
      }
      const asset = await app.request('/assets/main-1a2b3c.js');
      expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    } finally {
      await rm(webRoot, { recursive: true, force: true });
    }
  });
});

describe('compression', () => {
  // Neither answer touches the database, so a placeholder stands in for it.
  const app = createApp({ db: {} as Database });

  it('gzips large answers for clients that accept it, and leaves small ones alone', async () => {
    const zipped = await app.request('/api/openapi.json', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    const raw = Buffer.from(await zipped.arrayBuffer());
    const { gunzipSync } = await import('node:zlib');
    expect(JSON.parse(gunzipSync(raw).toString('utf8')).openapi).toMatch(/^3\.1/);

    const plain = await app.request('/api/openapi.json');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const small = await app.request('/api/hello', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(small.headers.get('Content-Encoding')).toBeNull();
  });

  it('never compresses the session answer, which carries the CSRF token', async () => {
    const session = await app.request('/api/v1/session', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(session.headers.get('Content-Encoding')).toBeNull();
  });
});

describe('OpenAPI document', () => {
  // Building the document touches no database, so a placeholder stands in for it.
  const app = createApp({ db: {} as Database });

  it('is served at /api/openapi.json as OpenAPI 3.1 with every route', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument;
    expect(document.openapi).toBe('3.1.0');
    // Every route the app answers under /api/v1 (its middleware aside) is a documented operation,
    // and every documented operation is a route: nothing is served undocumented, nothing documented is gone.
    const served = new Set(
      app.routes
        .filter((route) => route.method !== 'ALL' && route.path.startsWith(API_PREFIX))
        .map((route) => `${route.method} ${route.path}`),
    );
    const documented = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {})
        .filter((method) => HTTP_METHODS.has(method))
        .map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThan(0);
    expect(new Set(documented)).toEqual(served);
    expect(document.components?.schemas?.Error).toBeDefined();
  });

  it('matches the checked-in docs/openapi.json (run `npm run openapi` after changing the API)', async () => {
    const served = await (await app.request('/api/openapi.json')).json();
    const committed = JSON.parse(await readFile(OPENAPI_FILE, 'utf8'));
    expect(served).toEqual(committed);
  });
});

describeOnEachEngine('HTTP API conventions', (open) => {
  const t = useTestApp(open);

  it('answers health checks', async () => {
    const response = await t.client().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers unknown routes with the error shape', async () => {
    const response = await t.client().get('/api/v1/castles');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { code: 'NOT_FOUND', message: 'No route for GET /api/v1/castles.' },
    });
  });

  it('never answers bad input with a 500', async () => {
    const admin = await buildPerson(t.db, { email: 'root@example.org', isAdmin: true });
    const network = await buildNetwork(t.db);
    await addMember(t.db, network.id, { personId: admin.id }, 'coordinator');
    const client = await t.client().signIn('root@example.org');
    const bodies = [
      '',
      'null',
      '[]',
      '"text"',
      '{"level":',
      '{"level": "3"}',
      '{"name": 12}',
      '{"parentIds": "x"}',
      '\u0000',
      '{"goal": {"$gt": ""}}',
    ];
    const targets = [
      `/api/v1/networks/${network.id}`,
      `/api/v1/networks/${network.id}/memberships`,
      '/api/v1/networks',
    ];
    for (const path of targets) {
      for (const body of bodies) {
        for (const method of ['POST', 'PATCH']) {
          const response = await client.request(method, path, body, { 'content-type': 'application/json' });
          expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
          expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
          expect(response.body.error.code).toEqual(expect.any(String));
        }
      }
    }
    const queries = [
      '?limit=0',
      '?limit=1000',
      '?limit=abc',
      '?level=x',
      '?cursor=%ZZ',
      `?q=${'a'.repeat(500)}`,
      '?parent=nope',
    ];
    for (const query of queries) {
      const response = await client.get(`/api/v1/networks${query}`);
      expect(response.status, query).toBe(400);
    }
  });

  it('refuses request bodies over 1 MB', async () => {
    const response = await t
      .client()
      .request(
        'POST',
        '/api/v1/session',
        JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1_100_000) }),
        {
          'content-type': 'application/json',
        },
      );
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends security headers', async () => {
    const response = await t.client().get('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBeNull(); // frame-ancestors 'none' says it
  });
});
