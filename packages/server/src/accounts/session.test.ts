import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditLog } from '../audit/audit.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { buildNetwork, buildPerson, TEST_PASSWORD } from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { sessions } from './accounts.table.js';
import { SIGN_IN_LIMITS } from './sign-in.js';

describeOnEachEngine('sessions', (open) => {
  const t = useTestApp(open);

  it('signs in with email and password, in an httpOnly SameSite cookie, without storing the token', async () => {
    const person = await buildPerson(t.db, { email: 'ana@example.org', account: true });
    const client = t.client();
    const response = await client.request('POST', '/api/v1/session', {
      email: 'ANA@example.org',
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(201);
    expect(response.body.person).toMatchObject({ id: person.id, email: 'ana@example.org', isAdmin: false });
    expect(response.body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^trellis_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const stored = await t.db.select().from(sessions).where(eq(sessions.personId, person.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(token);

    const current = await client.get('/api/v1/session');
    expect(current.status).toBe(200);
    expect(current.body.person.id).toBe(person.id);
  });

  it('answers a wrong password and an unknown email alike, with 401', async () => {
    await buildPerson(t.db, { email: 'bea@example.org', account: true });
    const wrongPassword = await t
      .client()
      .post('/api/v1/session', { email: 'bea@example.org', password: 'nope' });
    const unknownEmail = await t
      .client()
      .post('/api/v1/session', { email: 'nobody@example.org', password: 'nope' });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.status).toBe(401);
      expect(response.body.error).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: 'The email or password is not right.',
      });
    }
  });

  it('refuses people without an account', async () => {
    await buildPerson(t.db, { email: 'noaccount@example.org' });
    const response = await t
      .client()
      .post('/api/v1/session', { email: 'noaccount@example.org', password: TEST_PASSWORD });
    expect(response.status).toBe(401);
  });

  it('rate-limits failed sign-ins for one email from one address, even for the right password afterwards, from a browser it has not signed in on', async () => {
    await buildPerson(t.db, { email: 'carla@example.org', account: true });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perEmailAndAddress; attempt++) {
      expect(
        (await t.client().post('/api/v1/session', { email: 'carla@example.org', password: 'guess' })).status,
      ).toBe(401);
    }
    const blocked = await t
      .client()
      .post('/api/v1/session', { email: 'carla@example.org', password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many failed sign-in attempts. Try again in 15 minutes.',
    });
    // The wait is until the oldest of the five failures leaves the 15-minute window.
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(880);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(900);
  });

  it('rejects malformed sign-in bodies with field messages', async () => {
    const response = await t.client().post('/api/v1/session', { email: 'not-an-email' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    const paths = response.body.error.details.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('signs out here, or everywhere', async () => {
    await buildPerson(t.db, { email: 'dani@example.org', account: true });
    const laptop = await t.client().signIn('dani@example.org');
    const phone = await t.client().signIn('dani@example.org');
    const tablet = await t.client().signIn('dani@example.org');

    expect((await laptop.delete('/api/v1/session')).status).toBe(204);
    expect((await laptop.get('/api/v1/session')).status).toBe(401);
    expect((await phone.get('/api/v1/session')).status).toBe(200);

    expect((await phone.delete('/api/v1/session?everywhere=true')).status).toBe(204);
    expect((await tablet.get('/api/v1/session')).status).toBe(401);
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(sql`${auditLog.action} like 'session.%'`);
    expect(actions.map((row) => row.action)).toContain('session.delete_all');
  });

  it('refuses cookie-authenticated writes without the CSRF token, and writes from other origins', async () => {
    const coordinator = await buildPerson(t.db, { email: 'eva@example.org', account: true });
    const network = await buildNetwork(t.db);
    await t.db.execute(
      sql`insert into network_memberships (network_id, person_id, role) values (${network.id}, ${coordinator.id}, 'coordinator')`,
    );
    const client = await t.client().signIn('eva@example.org');

    const noToken = await client.request(
      'PATCH',
      `/api/v1/networks/${network.id}`,
      { goal: 'x' },
      { 'x-csrf-token': '' },
    );
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('CSRF_FAILED');

    const foreign = await client.request(
      'PATCH',
      `/api/v1/networks/${network.id}`,
      { goal: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);

    const withToken = await client.patch(`/api/v1/networks/${network.id}`, {
      goal: 'Raise reading scores by 5 points',
    });
    expect(withToken.status).toBe(200);
  });

  it('remembers the language preference', async () => {
    await buildPerson(t.db, { email: 'fer@example.org', account: true });
    const client = await t.client().signIn('fer@example.org');
    expect((await client.request('PUT', '/api/v1/session/locale', { locale: 'es' })).status).toBe(204);
    expect((await client.get('/api/v1/session')).body.person.locale).toBe('es');
    expect((await client.request('PUT', '/api/v1/session/locale', { locale: 'fr' })).status).toBe(400);
  });
});
