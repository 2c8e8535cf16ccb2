import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { auditLog } from '../audit/audit.table.js';
import { people } from '../people/people.table.js';
import type { DatabaseConnection } from '../db/database.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { buildPerson, TEST_PASSWORD } from '../test-support/factories.js';
import {
  CookieJar,
  fetchWithJar,
  follow,
  loadOidcProvider,
  startTestProvider,
  type TestProvider,
} from '../test-support/oidc-test-provider.js';
import { accounts, sessions } from './accounts.table.js';
import { OIDC_CALLBACK_PATH, OIDC_START_PATH, OidcClient } from './oidc-client.js';
import { oidcIdentities } from './oidc.table.js';

const Provider = await loadOidcProvider();
const unique = () => Math.random().toString(36).slice(2, 10);

(Provider
  ? describeOnEachEngine
  : (title: string) => describe.skip(`${title} (oidc-provider missing)`, () => {}))(
  'sign-in with OpenID Connect',
  (open) => {
    const t = {} as {
      connection: DatabaseConnection;
      app: App;
      server: ServerType;
      url: string;
      idp: TestProvider;
    };

    beforeAll(async () => {
      t.connection = await open();
      t.server = serve({
        fetch: (request, env) => t.app.fetch(request, env),
        port: 0,
        hostname: '127.0.0.1',
      });
      await new Promise((done) => t.server.once('listening', done));
      t.url = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
      t.idp = await startTestProvider(Provider, [`${t.url}${OIDC_CALLBACK_PATH}`]);
      const oidc = new OidcClient(
        {
          issuer: t.idp.issuer,
          clientId: t.idp.clientId,
          clientSecret: t.idp.clientSecret,
          label: 'Escuela Alba',
        },
        t.url,
      );
      t.app = createApp({ db: t.connection.db, publicUrl: t.url, oidc });
    });
    afterAll(async () => {
      await new Promise((done) => t.server?.close(done));
      await t.idp?.close();
      await t.connection?.close();
    });

    const db = () => t.connection.db;

    /** A whole sign-in through the real redirects; returns the page Trellis sent the browser to. */
    async function signInThroughProvider(jar = new CookieJar(), start = OIDC_START_PATH) {
      const { url, visited } = await follow(jar, `${t.url}${start}`, t.url);
      return { landing: url, visited, jar };
    }

    async function sessionOf(jar: CookieJar) {
      const response = await fetch(`${t.url}/api/v1/session`, { headers: { cookie: jar.header(t.url) } });
      return { status: response.status, body: (await response.json()) as { person: { id: string } } };
    }

    it('lists the provider for the sign-in page', async () => {
      const response = await fetch(`${t.url}/api/v1/session/providers`);
      expect(await response.json()).toEqual({
        providers: [{ id: 'oidc', label: 'Escuela Alba', startUrl: OIDC_START_PATH }],
      });
    });

    it('signs in a person with an account by verified email, through PKCE, state and nonce, and remembers the subject', async () => {
      const email = `ana-${unique()}@example.org`;
      const person = await buildPerson(db(), { email, account: true });
      const sub = `sub-${unique()}`;
      t.idp.signInNext({ sub, email: email.toUpperCase(), email_verified: true });

      const { landing, visited, jar } = await signInThroughProvider(
        undefined,
        `${OIDC_START_PATH}?next=/networks`,
      );
      expect(landing).toBe(`${t.url}/networks`);
      const authorize = new URL(visited.find((url) => url.startsWith(t.idp.issuer))!);
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorize.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
      expect(authorize.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
      expect(authorize.searchParams.get('redirect_uri')).toBe(`${t.url}${OIDC_CALLBACK_PATH}`);

      const session = await sessionOf(jar);
      expect(session.status).toBe(200);
      expect(session.body.person.id).toBe(person.id);
      const [identity] = await db()
        .select()
        .from(oidcIdentities)
        .where(and(eq(oidcIdentities.issuer, t.idp.issuer), eq(oidcIdentities.subject, sub)));
      expect(identity?.personId).toBe(person.id);
      const audit = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, 'session.create')));
      expect(audit.map((entry) => entry.details)).toEqual([{ method: 'oidc', issuer: t.idp.issuer }]);

      // A later sign-in matches by subject, even after the provider's email changed.
      t.idp.signInNext({ sub, email: `renamed-${unique()}@example.org`, email_verified: false });
      const again = await signInThroughProvider();
      expect(again.landing).toBe(`${t.url}/`);
      expect((await sessionOf(again.jar)).body.person.id).toBe(person.id);
    });

    it('gives a known person without an account one without a password, which password sign-in refuses', async () => {
      const email = `bea-${unique()}@example.org`;
      const person = await buildPerson(db(), { email });
      t.idp.signInNext({ sub: `sub-${unique()}`, email, email_verified: true });
      const { landing, jar } = await signInThroughProvider();
      expect(landing).toBe(`${t.url}/`);
      expect((await sessionOf(jar)).body.person.id).toBe(person.id);
      const [account] = await db().select().from(accounts).where(eq(accounts.personId, person.id));
      expect(account).toMatchObject({ passwordHash: null, isAdmin: false });

      const password = await fetch(`${t.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: t.url },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      });
      expect(password.status).toBe(401);
      expect(((await password.json()) as { error: { code: string } }).error.code).toBe('INVALID_CREDENTIALS');
    });

    it('refuses an unverified email, and an email Trellis does not know, creating nothing', async () => {
      const email = `cai-${unique()}@example.org`;
      const person = await buildPerson(db(), { email });
      t.idp.signInNext({ sub: `sub-${unique()}`, email, email_verified: false });
      const unverified = await signInThroughProvider();
      expect(unverified.landing).toBe(`${t.url}/sign-in?oidc=unverified-email`);
      expect((await sessionOf(unverified.jar)).status).toBe(401);
      expect(await db().select().from(accounts).where(eq(accounts.personId, person.id))).toEqual([]);

      const strangerSub = `sub-${unique()}`;
      t.idp.signInNext({ sub: strangerSub, email: `stranger-${unique()}@example.org`, email_verified: true });
      const stranger = await signInThroughProvider();
      expect(stranger.landing).toBe(`${t.url}/sign-in?oidc=unknown-email`);
      expect((await sessionOf(stranger.jar)).status).toBe(401);
      expect(await db().select().from(oidcIdentities).where(eq(oidcIdentities.subject, strangerSub))).toEqual(
        [],
      );
    });

    /** Goes through the provider and stops at the callback URL, not calling it. */
    async function callbackUrl(jar: CookieJar) {
      let current = `${t.url}${OIDC_START_PATH}`;
      for (let hop = 0; hop < 20; hop += 1) {
        const response = await fetchWithJar(jar, current);
        const next = new URL(response.headers.get('location')!, current).href;
        if (next.startsWith(`${t.url}${OIDC_CALLBACK_PATH}`)) return next;
        current = next;
      }
      throw new Error('never reached the callback');
    }

    it('refuses an answer whose state is not the one sent, and a replayed answer', async () => {
      const email = `dan-${unique()}@example.org`;
      const person = await buildPerson(db(), { email, account: true });
      t.idp.signInNext({ sub: `sub-${unique()}`, email, email_verified: true });

      const jar = new CookieJar();
      const answer = await callbackUrl(jar);
      const forged = new URL(answer);
      forged.searchParams.set('state', 'not-the-state-that-was-sent');
      const badState = await fetchWithJar(jar, forged.href);
      expect(badState.headers.get('location')).toBe('/sign-in?oidc=failed');
      expect((await sessionOf(jar)).status).toBe(401);

      // A fresh sign-in whose answer is used once: the replay, with or without the cookie, is refused.
      const second = new CookieJar();
      const good = await callbackUrl(second);
      const loginCookie = second.get(t.url, 'trellis_oidc')!;
      expect((await fetchWithJar(second, good)).headers.get('location')).toBe('/');
      expect((await sessionOf(second)).body.person.id).toBe(person.id);
      const replayJar = new CookieJar();
      replayJar.set(t.url, 'trellis_oidc', loginCookie);
      expect((await fetchWithJar(replayJar, good)).headers.get('location')).toBe('/sign-in?oidc=expired');

      // The same code under a fresh sign-in's cookie: its state differs, and the code is spent.
      const third = new CookieJar();
      await callbackUrl(third);
      expect((await fetchWithJar(third, good)).headers.get('location')).toBe('/sign-in?oidc=failed');
      const opened = await db().select().from(sessions).where(eq(sessions.personId, person.id));
      expect(opened).toHaveLength(1);
    });

    it('replaces the session the browser brought (no fixation)', async () => {
      const first = await buildPerson(db(), { email: `eva-${unique()}@example.org`, account: true });
      const email = `fer-${unique()}@example.org`;
      const second = await buildPerson(db(), { email, account: true });
      const jar = new CookieJar();
      const signIn = await fetch(`${t.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: t.url },
        body: JSON.stringify({ email: first.email, password: TEST_PASSWORD }),
      });
      jar.store(t.url, signIn);
      const before = jar.get(t.url, 'trellis_session');
      t.idp.signInNext({ sub: `sub-${unique()}`, email, email_verified: true });
      await signInThroughProvider(jar);
      expect(jar.get(t.url, 'trellis_session')).not.toBe(before);
      expect((await sessionOf(jar)).body.person.id).toBe(second.id);
      expect(await db().select().from(sessions).where(eq(sessions.personId, first.id))).toEqual([]);
    });

    it('lets someone without a password erase their account after a recent sign-in at the provider, and only then', async () => {
      const email = `eva-${unique()}@example.org`;
      const person = await buildPerson(db(), { email });
      t.idp.signInNext({ sub: `sub-${unique()}`, email, email_verified: true });
      const { jar } = await signInThroughProvider();
      const cookie = jar.header(t.url);
      const read = async (path: string) =>
        (await (await fetch(`${t.url}${path}`, { headers: { cookie } })).json()) as Record<string, any>;
      const erase = async () => {
        const { csrfToken } = await read('/api/v1/session');
        const response = await fetch(`${t.url}/api/v1/me/erasure`, {
          method: 'POST',
          headers: {
            cookie,
            origin: t.url,
            'content-type': 'application/json',
            'x-csrf-token': csrfToken,
            'accept-language': 'es',
          },
          body: '{}',
        });
        return { status: response.status, body: (await response.json()) as Record<string, any> };
      };

      const summary = await read('/api/v1/me/data/summary');
      expect(summary.confirmWith).toBe('recent-sign-in');
      const until = Date.parse(summary.recentSignInUntil);
      expect(until - Date.now()).toBeGreaterThan(9 * 60_000);
      expect(until - Date.now()).toBeLessThanOrEqual(10 * 60_000);

      // Eleven minutes later the sign-in no longer counts: sign in again first.
      await db()
        .update(sessions)
        .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
        .where(eq(sessions.personId, person.id));
      const stale = await erase();
      expect(stale.status).toBe(403);
      expect(stale.body.error.details).toEqual({ reason: 'SIGN_IN_AGAIN' });
      expect(stale.body.error.message).toMatch(/^Vuelve a iniciar sesión/);
      expect(await db().select().from(people).where(eq(people.id, person.id))).toHaveLength(1);

      await db().update(sessions).set({ createdAt: new Date() }).where(eq(sessions.personId, person.id));
      const fresh = await erase();
      expect(fresh.status).toBe(200);
      expect(await db().select().from(people).where(eq(people.id, person.id))).toEqual([]);
    });

    it('still asks someone with a password for it, even just after a sign-in at the provider', async () => {
      const email = `fer-${unique()}@example.org`;
      const person = await buildPerson(db(), { email, account: true });
      t.idp.signInNext({ sub: `sub-${unique()}`, email, email_verified: true });
      const { jar } = await signInThroughProvider();
      const cookie = jar.header(t.url);
      const session = (await (await fetch(`${t.url}/api/v1/session`, { headers: { cookie } })).json()) as {
        csrfToken: string;
      };
      const summary = (await (
        await fetch(`${t.url}/api/v1/me/data/summary`, { headers: { cookie } })
      ).json()) as {
        confirmWith: string;
        recentSignInUntil: string | null;
      };
      expect(summary).toMatchObject({ confirmWith: 'password', recentSignInUntil: null });
      const response = await fetch(`${t.url}/api/v1/me/erasure`, {
        method: 'POST',
        headers: {
          cookie,
          origin: t.url,
          'content-type': 'application/json',
          'x-csrf-token': session.csrfToken,
        },
        body: '{}',
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { details: { issues: { path: string }[] } } };
      expect(body.error.details.issues.map((issue) => issue.path)).toEqual(['password']);
      expect(await db().select().from(people).where(eq(people.id, person.id))).toHaveLength(1);
    });
  },
);
