import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db/database.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson } from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { answerClientErrorsAsJson } from './client-errors.js';
import { findInvalidText } from './edge-guards.js';

const SECRET = 'Secreto-Nominado-7f3a';

describe('findInvalidText', () => {
  it('names the first field holding NUL or an unpaired surrogate, keys included', () => {
    expect(findInvalidText({ a: 'fine', b: [{ c: 'x\u0000y' }] })).toBe('b.0.c');
    expect(findInvalidText({ name: 'half \uD83D pair' })).toBe('name');
    expect(findInvalidText({ name: 'trailing \uDE00' })).toBe('name');
    expect(findInvalidText({ 'bad\u0000key': 1 })).toBe('bad\u0000key');
    expect(
      findInvalidText({ emoji: 'ok 😀', accents: 'José Muñoz', nested: [1, null, true] }),
    ).toBeUndefined();
  });
});

describeOnEachEngine('the API’s edge', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<'network' | 'person', string>;

  beforeAll(async () => {
    const network = await buildNetwork(t.db, { slug: 'red-borde' });
    const person = await buildPerson(t.db, { email: 'coord@example.org', account: true });
    await addMember(t.db, network.id, { personId: person.id }, 'coordinator');
    Object.assign(ids, { network: network.id, person: person.id });
  });

  it('answers NUL and unpaired surrogates with a 400 in the caller’s language, never a 500 (hole 5)', async () => {
    const coordinator = await t.client().signIn('coord@example.org');
    const cases: [string, string, unknown][] = [
      ['GET', '/api/v1/networks?q=a%00b', undefined],
      ['GET', '/api/v1/people?q=%00', undefined],
      ['GET', '/api/v1/networks/red%00borde', undefined],
      ['GET', `/api/v1/networks/${ids.network}/memberships?cursor=%00`, undefined],
      ['PATCH', `/api/v1/networks/${ids.network}`, { goal: `Leer ${SECRET}\u0000` }],
      ['PATCH', `/api/v1/networks/${ids.network}`, { goal: 'half \uD800 a pair' }],
      ['PATCH', `/api/v1/people/${ids.person}`, { expertise: ['ok', 'x\u0000'] }],
    ];
    for (const [method, path, body] of cases) {
      const response = await coordinator.request(method, path, body, { 'accept-language': 'es' });
      expect(response.status, `${method} ${path}`).toBe(400);
      expect(response.body.error.code).toBe('BAD_REQUEST');
      expect(response.body.error.message).toContain('no es texto válido');
      expect(JSON.stringify(response.body)).not.toContain(SECRET);
    }
    const english = await coordinator.request('PATCH', `/api/v1/networks/${ids.network}`, {
      goal: 'a\u0000',
    });
    expect(english.body.error).toMatchObject({
      message: 'The field "goal" contains a NUL character or an unpaired surrogate, which is not valid text.',
      details: { issues: [{ path: 'goal', message: 'invalid text' }] },
    });
    expect((await coordinator.get(`/api/v1/networks/${ids.network}`)).body.goal).not.toContain(SECRET);
  });

  it('answers an anonymous write with 401 before any schema speaks (hole 9)', async () => {
    const anonymous = t.client();
    for (const [method, path, body] of [
      ['POST', '/api/v1/networks', { slug: 'Bad Slug!' }],
      ['PATCH', `/api/v1/networks/${ids.network}`, { level: 99 }],
      ['PUT', '/api/v1/session/locale', { locale: 'klingon' }],
      ['POST', `/api/v1/networks/${ids.network}/surveys`, 'not json'],
    ] as const) {
      const response = await anonymous.request(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.body.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to do this.' });
    }
    // Signing in stays open to those who are not signed in, and still validates.
    expect((await anonymous.post('/api/v1/session', { email: 'nope' })).status).toBe(400);
  });

  it('marks every API answer no-store, and sends HSTS only over HTTPS (hole 9)', async () => {
    const coordinator = await t.client().signIn('coord@example.org');
    for (const path of [
      '/api/v1/session',
      `/api/v1/networks/${ids.network}`,
      '/api/v1/networks',
      '/api/v1/no-such-route',
    ]) {
      expect((await coordinator.get(path)).headers.get('cache-control'), path).toBe('no-store');
    }
    const plain = await coordinator.get('/api/v1/networks');
    expect(plain.headers.get('x-frame-options')).toBeNull();
    expect(plain.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const overHttps = createApp({ db: t.db, publicUrl: 'https://trellis.example.org' });
    const secure = await overHttps.request('/api/v1/networks');
    expect(secure.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });
});

describeOnEachEngine('what reaches the logs', (open) => {
  const t = useTestApp(open);
  afterEach(() => vi.restoreAllMocks());

  it('never writes request data, even when a query fails with the caller’s text in its parameters (hole 5)', async () => {
    await buildPerson(t.db, { email: 'viewer@example.org', account: true });
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
    vi.spyOn(console, 'error').mockImplementation(capture);
    vi.spyOn(console, 'log').mockImplementation(capture);
    vi.spyOn(console, 'warn').mockImplementation(capture);
    const app = createApp({ db: t.db, logRequests: true });

    const signIn = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'viewer@example.org', password: 'correct horse battery' }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    // Break the people table so that the search fails inside the database, its parameters in the error.
    await t.db.execute(sql`alter table people rename to people_gone`);
    try {
      const failed = await app.request(`/api/v1/people?q=${SECRET}`, { headers: { cookie } });
      expect(failed.status).toBe(500);
      expect(await failed.text()).not.toContain(SECRET);
    } finally {
      await t.db.execute(sql`alter table people_gone rename to people`);
    }
    expect(lines.join('\n')).toContain('PostgreSQL error 42P01');
    expect(lines.some((line) => line.startsWith('POST /api/v1/session 201 '))).toBe(true);
    expect(lines.some((line) => /^GET \/api\/v1\/\S+ 500 \d+ms$/.test(line))).toBe(true);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines.join('\n')).not.toContain('viewer@example.org');
  });
});

describe('answers made below the app', () => {
  it('answers oversized headers with a JSON 431 (hole 9)', async () => {
    const app = createApp({ db: {} as Database });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    answerClientErrorsAsJson(server);
    await new Promise((done) => server.once('listening', done));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        const sent = request(
          { port, host: '127.0.0.1', path: '/api/hello', headers: { 'x-big': 'x'.repeat(64 * 1024) } },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }),
            );
          },
        );
        sent.on('error', reject);
        sent.end();
      });
      expect(answer.status).toBe(431);
      expect(answer.type).toContain('application/json');
      expect(JSON.parse(answer.body)).toEqual({
        error: { code: 'HEADERS_TOO_LARGE', message: 'The request headers are too large.' },
      });
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('serves source maps only when asked to (hole 9)', async () => {
    const webRoot = await mkdtemp(join(tmpdir(), 'trellis-maps-'));
    try {
      await mkdir(join(webRoot, 'assets'));
      await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Trellis</title>');
      await writeFile(join(webRoot, 'assets', 'main-1a2b3c.js.map'), '{"version":3}');
      const production = createApp({ db: {} as Database, webRoot });
      expect((await production.request('/assets/main-1a2b3c.js.map')).status).toBe(404);
      const debugging = createApp({ db: {} as Database, webRoot, serveSourceMaps: true });
      expect(await (await debugging.request('/assets/main-1a2b3c.js.map')).text()).toBe('{"version":3}');
    } finally {
      await rm(webRoot, { recursive: true, force: true });
    }
  });
});
