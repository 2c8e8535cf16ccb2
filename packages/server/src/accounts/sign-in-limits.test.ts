/**
 * The attacks on sign-in limits (issue 9, hole 6), reproduced over real sockets behind one
 * trusted proxy, on both engines: X-Forwarded-For rotation, parallel guesses, an owner locked out
 * by an attacker elsewhere, and a school locked out by others at its shared address.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { DatabaseConnection } from '../db/database.js';
import { describeOnEachEngine, type OpenTestDatabase } from '../test-support/engines.js';
import { buildPerson, TEST_PASSWORD } from '../test-support/factories.js';
import { signInAttempts, signInDevices } from './accounts.table.js';
import { DEVICE_COOKIE } from './device-cookie.js';
import { SIGN_IN_LIMITS } from './sign-in.js';

interface Attempt {
  email: string;
  password?: string;
  /** The address our proxy saw, which it appends to X-Forwarded-For. */
  from: string;
  /** What the client itself wrote into X-Forwarded-For, to the left. */
  spoofed?: string;
  device?: string | undefined;
  language?: string;
}

interface Answer {
  status: number;
  retryAfter: number | null;
  message: string | undefined;
  /** The device cookie's value, when the answer set one. */
  device: string | undefined;
  setCookies: string[];
}

/** A server on a real socket, configured to trust one proxy, and a way to sign in through it. */
function useServer(open: OpenTestDatabase, options: { secureCookies?: boolean } = {}) {
  const state = {} as { connection: DatabaseConnection; server: ServerType; url: string };
  beforeAll(async () => {
    state.connection = await open();
    const app = createApp({
      db: state.connection.db,
      trustProxy: 1,
      secureCookies: options.secureCookies ?? false,
    });
    await new Promise<void>((listening) => {
      state.server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        state.url = `http://127.0.0.1:${info.port}`;
        listening();
      });
    });
  });
  afterAll(async () => {
    await new Promise<void>((closed) => state.server?.close(() => closed()));
    await state.connection?.close();
  });

  async function signIn(attempt: Attempt): Promise<Answer> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-forwarded-for': attempt.spoofed ? `${attempt.spoofed}, ${attempt.from}` : attempt.from,
    };
    if (attempt.device) headers.cookie = `${DEVICE_COOKIE}=${attempt.device}`;
    if (attempt.language) headers['accept-language'] = attempt.language;
    const response = await fetch(`${state.url}/api/v1/session`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: attempt.email, password: attempt.password ?? 'a wrong guess' }),
    });
    const body = (await response.json()) as { error?: { message: string } };
    const setCookies = response.headers.getSetCookie();
    const device = setCookies
      .find((cookie) => cookie.startsWith(`${DEVICE_COOKIE}=`))
      ?.split(';')[0]
      ?.split('=')[1];
    const retryAfter = response.headers.get('retry-after');
    return {
      status: response.status,
      retryAfter: retryAfter === null ? null : Number(retryAfter),
      message: body.error?.message,
      device,
      setCookies,
    };
  }

  return {
    get db() {
      return state.connection.db;
    },
    signIn,
    /** Signs in with the right password and returns the device cookie the browser got. */
    async knownDevice(email: string, from: string) {
      const answer = await signIn({ email, password: TEST_PASSWORD, from });
      expect(answer.status).toBe(201);
      return answer.device!;
    },
  };
}

const statuses = (answers: Answer[]) => {
  const counts: Record<number, number> = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
};

async function inSequence(attempts: Attempt[], signIn: (attempt: Attempt) => Promise<Answer>) {
  const answers: Answer[] = [];
  for (const attempt of attempts) answers.push(await signIn(attempt));
  return answers;
}

const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describeOnEachEngine('sign-in limits', (open) => {
  const t = useServer(open);

  it('keys on the address our proxy saw: rotating the leftmost X-Forwarded-For over 40 emails gets 20 checked', async () => {
    const answers = await inSequence(
      times(40, (i) => ({
        email: `rotation-${i}@example.org`,
        from: '198.51.100.10',
        spoofed: `192.0.2.${i}`,
      })),
      t.signIn,
    );
    expect(answers.slice(0, SIGN_IN_LIMITS.emailsPerAddress).every((answer) => answer.status === 401)).toBe(
      true,
    );
    expect(answers.slice(SIGN_IN_LIMITS.emailsPerAddress).every((answer) => answer.status === 429)).toBe(
      true,
    );
  });

  it('keys on the address our proxy saw: rotating the leftmost X-Forwarded-For on one email gets 5 checked', async () => {
    await buildPerson(t.db, { email: 'rotated@example.org', account: true });
    const answers = await inSequence(
      times(40, (i) => ({ email: 'rotated@example.org', from: '198.51.100.11', spoofed: `192.0.2.${i}` })),
      t.signIn,
    );
    expect(statuses(answers)).toEqual({
      401: SIGN_IN_LIMITS.perEmailAndAddress,
      429: 40 - SIGN_IN_LIMITS.perEmailAndAddress,
    });
  });

  it('checks at most the limit of passwords when 30 wrong attempts arrive at once', async () => {
    await buildPerson(t.db, { email: 'parallel@example.org', account: true });
    const answers = await Promise.all(
      times(30, () => t.signIn({ email: 'parallel@example.org', from: '198.51.100.12' })),
    );
    expect(statuses(answers)).toEqual({
      401: SIGN_IN_LIMITS.perEmailAndAddress,
      429: 30 - SIGN_IN_LIMITS.perEmailAndAddress,
    });
    const recorded = await t.db
      .select()
      .from(signInAttempts)
      .where(eq(signInAttempts.email, 'parallel@example.org'));
    expect(recorded).toHaveLength(SIGN_IN_LIMITS.perEmailAndAddress);
    expect(recorded.every((attempt) => attempt.succeeded === false)).toBe(true);
  });

  it('holds the per-address and per-device limits under parallel attempts too', async () => {
    const stuffing = await Promise.all(
      times(30, (i) =>
        t.signIn({ email: `stuffed-${i}@example.org`, from: '198.51.100.13', spoofed: `192.0.2.${i}` }),
      ),
    );
    expect(statuses(stuffing)).toEqual({
      401: SIGN_IN_LIMITS.emailsPerAddress,
      429: 30 - SIGN_IN_LIMITS.emailsPerAddress,
    });

    await buildPerson(t.db, { email: 'typist@example.org', account: true });
    const device = await t.knownDevice('typist@example.org', '198.51.100.14');
    const typos = await Promise.all(
      times(30, () => t.signIn({ email: 'typist@example.org', from: '198.51.100.14', device })),
    );
    expect(statuses(typos)).toEqual({ 401: SIGN_IN_LIMITS.perDevice, 429: 30 - SIGN_IN_LIMITS.perDevice });
  });

  it('lets the owner in from a known device while an attacker hammers the account from elsewhere', async () => {
    await buildPerson(t.db, { email: 'owner@example.org', account: true });
    const laptop = await t.knownDevice('owner@example.org', '203.0.113.20');

    const attack = await inSequence(
      times(40, (i) => ({ email: 'owner@example.org', from: `192.0.2.${100 + i}` })),
      t.signIn,
    );
    expect(statuses(attack)).toEqual({ 401: SIGN_IN_LIMITS.perEmail, 429: 40 - SIGN_IN_LIMITS.perEmail });

    // A browser that never signed in with this email is refused until the window has passed...
    const newPhone = await t.signIn({
      email: 'owner@example.org',
      password: TEST_PASSWORD,
      from: '203.0.113.21',
    });
    expect(newPhone.status).toBe(429);
    // ...but the laptop, from home or anywhere, gets in, and even its own typo does not stop it.
    expect(
      (await t.signIn({ email: 'owner@example.org', from: '203.0.113.22', device: laptop })).status,
    ).toBe(401);
    const owner = await t.signIn({
      email: 'owner@example.org',
      password: TEST_PASSWORD,
      from: '203.0.113.22',
      device: laptop,
    });
    expect(owner.status).toBe(201);
    // The known device's token is replaced on each sign-in: the old one no longer counts as known.
    expect(owner.device).toBeDefined();
    expect(owner.device).not.toBe(laptop);
    expect(
      (
        await t.signIn({
          email: 'owner@example.org',
          password: TEST_PASSWORD,
          from: '203.0.113.22',
          device: laptop,
        })
      ).status,
    ).toBe(429);
    expect(
      (
        await t.signIn({
          email: 'owner@example.org',
          password: TEST_PASSWORD,
          from: '203.0.113.22',
          device: owner.device,
        })
      ).status,
    ).toBe(201);
  });

  it('does not let a device cookie for one email count as known for another', async () => {
    await buildPerson(t.db, { email: 'attacker@example.org', account: true });
    await buildPerson(t.db, { email: 'victim@example.org', account: true });
    const attackersOwn = await t.knownDevice('attacker@example.org', '192.0.2.200');
    const answers = await inSequence(
      times(8, () => ({ email: 'victim@example.org', from: '192.0.2.200', device: attackersOwn })),
      t.signIn,
    );
    expect(statuses(answers)).toEqual({
      401: SIGN_IN_LIMITS.perEmailAndAddress,
      429: 8 - SIGN_IN_LIMITS.perEmailAndAddress,
    });
  });

  it('lets a second teacher in at the school’s shared address after 30 failures by others there', async () => {
    const school = '198.51.100.30';
    await buildPerson(t.db, { email: 'teacher-a@example.org', account: true });
    await buildPerson(t.db, { email: 'teacher-b@example.org', account: true });
    await buildPerson(t.db, { email: 'teacher-c@example.org', account: true });
    const staffRoomLaptop = await t.knownDevice('teacher-b@example.org', school);

    // Someone at the school tries one colleague's account 30 times: only that account, from there, is held.
    const guesses = await inSequence(
      times(30, () => ({ email: 'teacher-a@example.org', from: school })),
      t.signIn,
    );
    expect(statuses(guesses)).toEqual({
      401: SIGN_IN_LIMITS.perEmailAndAddress,
      429: 30 - SIGN_IN_LIMITS.perEmailAndAddress,
    });
    expect(
      (await t.signIn({ email: 'teacher-c@example.org', password: TEST_PASSWORD, from: school })).status,
    ).toBe(201);

    // Then 30 failures over many emails (credential stuffing from the school's address).
    const stuffing = await inSequence(
      times(30, (i) => ({ email: `pupil-guess-${i}@example.org`, from: school })),
      t.signIn,
    );
    expect(stuffing.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);
    // A teacher whose browser has signed in before is not refused...
    const teacherB = await t.signIn({
      email: 'teacher-b@example.org',
      password: TEST_PASSWORD,
      from: school,
      device: staffRoomLaptop,
    });
    expect(teacherB.status).toBe(201);
    // ...one on a browser new to them waits for the window (documented in docs/architecture.md).
    expect(
      (await t.signIn({ email: 'teacher-a@example.org', password: TEST_PASSWORD, from: school })).status,
    ).toBe(429);
  });

  it('answers 429 with Retry-After and a message in the caller’s language, and lifts when the window has passed', async () => {
    await buildPerson(t.db, { email: 'lucia@example.org', account: true });
    const from = '198.51.100.40';
    await inSequence(
      times(SIGN_IN_LIMITS.perEmailAndAddress, () => ({ email: 'lucia@example.org', from })),
      t.signIn,
    );
    const english = await t.signIn({ email: 'lucia@example.org', password: TEST_PASSWORD, from });
    const spanish = await t.signIn({
      email: 'lucia@example.org',
      password: TEST_PASSWORD,
      from,
      language: 'es-ES,es;q=0.9',
    });
    expect(english).toMatchObject({
      status: 429,
      message: 'Too many failed sign-in attempts. Try again in 15 minutes.',
    });
    expect(spanish).toMatchObject({
      status: 429,
      message: 'Demasiados intentos fallidos de iniciar sesión. Vuelve a intentarlo dentro de 15 minutos.',
    });
    expect(english.retryAfter).toBeGreaterThan(880);
    expect(english.retryAfter).toBeLessThanOrEqual(900);

    // Ten minutes later the wait is five minutes; past the window the right password gets in.
    await t.db.execute(
      sql`update sign_in_attempts set at = at - interval '10 minutes' where email = 'lucia@example.org'`,
    );
    const later = await t.signIn({ email: 'lucia@example.org', password: TEST_PASSWORD, from });
    expect(later.retryAfter).toBeGreaterThan(280);
    expect(later.retryAfter).toBeLessThanOrEqual(300);
    expect(later.message).toBe('Too many failed sign-in attempts. Try again in 5 minutes.');
    await t.db.execute(
      sql`update sign_in_attempts set at = at - interval '5 minutes' where email = 'lucia@example.org'`,
    );
    expect((await t.signIn({ email: 'lucia@example.org', password: TEST_PASSWORD, from })).status).toBe(201);
  });

  it('answers an unknown email exactly like a wrong password, limits included', async () => {
    await buildPerson(t.db, { email: 'known@example.org', account: true });
    for (const email of ['known@example.org', 'unknown@example.org']) {
      const answers = await inSequence(
        times(SIGN_IN_LIMITS.perEmailAndAddress + 1, () => ({
          email,
          from: '198.51.100.50',
          language: 'es',
        })),
        t.signIn,
      );
      expect(answers.map((answer) => [answer.status, answer.message])).toEqual([
        ...times(SIGN_IN_LIMITS.perEmailAndAddress, () => [
          401,
          'El correo o la contraseña no son correctos.',
        ]),
        [429, 'Demasiados intentos fallidos de iniciar sesión. Vuelve a intentarlo dentro de 15 minutos.'],
      ]);
      expect(answers.every((answer) => answer.setCookies.length === 0)).toBe(true);
    }
  });

  it('keeps attempts without passwords, only for the window, and devices only as hashes', async () => {
    await buildPerson(t.db, { email: 'tidy@example.org', account: true });
    await t.signIn({ email: 'tidy@example.org', password: 'my secret guess 1', from: '198.51.100.60' });
    const device = await t.knownDevice('tidy@example.org', '198.51.100.60');
    const stored = JSON.stringify([
      await t.db.select().from(signInAttempts),
      await t.db.select().from(signInDevices),
    ]);
    expect(stored).not.toContain('my secret guess 1');
    expect(stored).not.toContain(TEST_PASSWORD);
    expect(stored).not.toContain(device);

    await t.db.execute(sql`update sign_in_attempts set at = at - interval '16 minutes'`);
    await t.signIn({ email: 'tidy@example.org', from: '198.51.100.61' });
    const left = await t.db.select().from(signInAttempts);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({
      email: 'tidy@example.org',
      clientAddress: '198.51.100.61',
      succeeded: false,
    });
  });
});

describeOnEachEngine('the known-device cookie', (open) => {
  const t = useServer(open, { secureCookies: true });

  it('has the session cookie’s flags, is sent only to the sign-in endpoint, and holds one token per person on a shared browser', async () => {
    await buildPerson(t.db, { email: 'marta@example.org', account: true });
    await buildPerson(t.db, { email: 'jordi@example.org', account: true });
    const first = await t.signIn({
      email: 'marta@example.org',
      password: TEST_PASSWORD,
      from: '198.51.100.70',
    });
    const deviceCookie = first.setCookies.find((cookie) => cookie.startsWith(`${DEVICE_COOKIE}=`))!;
    expect(deviceCookie).toMatch(/^trellis_device=[\w-]{43}; /);
    for (const flag of ['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/api/v1/session', 'Max-Age=15552000']) {
      expect(deviceCookie).toContain(flag);
    }
    const session = first.setCookies.find((cookie) => cookie.startsWith('trellis_session='))!;
    for (const flag of ['HttpOnly', 'Secure', 'SameSite=Lax']) expect(session).toContain(flag);

    const shared = await t.signIn({
      email: 'jordi@example.org',
      password: TEST_PASSWORD,
      from: '198.51.100.70',
      device: first.device,
    });
    const tokens = shared.device!.split('.');
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).toBe(first.device);
    expect((await t.db.select().from(signInDevices)).map((row) => row.email).sort()).toEqual([
      'jordi@example.org',
      'marta@example.org',
    ]);

    // A garbled cookie is ignored, not an error.
    expect(
      (
        await t.signIn({
          email: 'marta@example.org',
          password: TEST_PASSWORD,
          from: '198.51.100.70',
          device: 'x.y..%00',
        })
      ).status,
    ).toBe(201);
  });
});
