import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountLinks } from '../accounts/account-links.table.js';
import { accounts } from '../accounts/accounts.table.js';
import { auditLog } from '../audit/audit.table.js';
import { memberships } from '../memberships/memberships.table.js';
import { people } from '../people/people.table.js';
import { openWaveDates } from '../test-support/dates.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson } from '../test-support/factories.js';
import type { TestClient } from '../test-support/http-client.js';
import { startTestSmtpServer } from '../test-support/smtp.js';
import { useTestApp } from '../test-support/test-app.js';
import { composeMail } from './compose.js';
import { MAX_MAIL_ATTEMPTS, sendDueMails, type MailRunnerOptions } from './mail-runner.js';
import { mails } from './mail.table.js';
import { logFolderSender, smtpSender, type MailSender } from './transport.js';

const BASE = 'https://trellis.example.org';
const unique = () => Math.random().toString(36).slice(2, 10);

describeOnEachEngine('email: the queue, SMTP, account links, survey mail, the outbox', (open) => {
  const t = useTestApp(open);
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let options: MailRunnerOptions;

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ user: 'trellis', pass: 's3cret' });
    options = { sender: smtpSender(smtp.url), from: 'Trellis <noreply@example.org>', baseUrl: BASE };
  });
  afterAll(async () => {
    options.sender.close?.();
    await smtp.close();
  });

  /** Sends what is due through the local SMTP server and returns what reached `address`. */
  async function deliver(address: string) {
    await sendDueMails(t.db, options);
    return smtp.to(address);
  }

  const linkIn = (text: string, path: string) => {
    const match = new RegExp(`${BASE}${path.replace(/[?]/g, '\\?')}([^\\s]+)`).exec(text);
    if (!match) throw new Error(`no ${path} link in:\n${text}`);
    return decodeURIComponent(match[1]!);
  };

  async function coordinatorOf(networkId: string) {
    const person = await buildPerson(t.db, { email: `coord-${unique()}@example.org`, account: true });
    await addMember(t.db, networkId, { personId: person.id }, 'coordinator');
    return { person, client: await t.client().signIn(person.email!) };
  }

  it('invites a new person by email (in the region’s language), whose link sets a password and signs in, once', async () => {
    const network = await buildNetwork(t.db, { name: 'Red Lectora' });
    const { client } = await coordinatorOf(network.id);
    const email = `nueva-${unique()}@example.org`;
    const invited = await client.post(`/api/v1/networks/${network.id}/invitations`, {
      email: email.toUpperCase(),
      displayName: 'Nueva Persona',
      role: 'member',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.invited).toEqual([{ personId: expect.any(String), email, outcome: 'invited' }]);

    // Invited, not yet set up: no password, so signing in is refused as a wrong password.
    const early = await t.client().post('/api/v1/session', { email, password: 'anything-at-all' });
    expect(early.status).toBe(401);
    expect(early.body.error.code).toBe('INVALID_CREDENTIALS');

    const [mail, ...more] = await deliver(email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Te han invitado a Red Lectora en Trellis');
    expect(mail!.from?.text).toContain('noreply@example.org');
    expect(mail!.headers.get('list-unsubscribe')).toBeUndefined();
    expect(mail!.html).toContain('<a href="https://trellis.example.org/account/set-password');
    const token = linkIn(mail!.text!, '/account/set-password?purpose=invitation&token=');

    // Only the token's hash is stored, and the sent mail no longer holds it.
    const stored = await t.db
      .select()
      .from(accountLinks)
      .where(eq(accountLinks.personId, invited.body.invited[0].personId));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(token);
    const [queued] = await t.db.select().from(mails).where(eq(mails.toAddress, email));
    expect(queued!.status).toBe('sent');
    expect(JSON.stringify(queued!.params)).not.toContain(token);
    // The outbox then says the link is gone, rather than showing a link without its token.
    const shown = await composeMail(t.db, queued!, BASE);
    expect(shown.text).toContain('El enlace se quitó de la bandeja de salida al enviarse.');
    expect(shown.text).not.toContain('/account/set-password');

    const browser = t.client();
    const set = await browser.post('/api/v1/account/password', { token, password: 'a long new password' });
    expect(set.status).toBe(201);
    expect(set.body.person).toMatchObject({ email, displayName: 'Nueva Persona' });
    expect((await browser.get('/api/v1/session')).status).toBe(200);
    await t.client().signIn(email, 'a long new password');

    const again = await t.client().post('/api/v1/account/password', { token, password: 'another password!' });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('LINK_EXPIRED');
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.personId, invited.body.invited[0].personId));
    expect(membership).toMatchObject({ networkId: network.id, role: 'member' });
  });

  it('invites from a CSV; a bad line is reported by number and nothing is written', async () => {
    const network = await buildNetwork(t.db);
    const { client } = await coordinatorOf(network.id);
    const [a, b] = [`a-${unique()}@example.org`, `b-${unique()}@example.org`];
    const bad = await client.post(`/api/v1/networks/${network.id}/invitations/csv`, {
      csv: `email,name\n${a},Ana Uno\nnot-an-email,Bea Dos\n${a},Ana Otra\n`,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues).toEqual([
      { path: 'csv.3.email', message: 'Line 3: not an email address.' },
      { path: 'csv.4.email', message: 'Line 4: this email is on an earlier line too.' },
    ]);
    expect(await t.db.select().from(people).where(eq(people.email, a))).toHaveLength(0);

    const existing = await buildPerson(t.db, { email: `c-${unique()}@example.org`, account: true });
    const good = await client.post(`/api/v1/networks/${network.id}/invitations/csv`, {
      csv: `name,email\nAna Uno,${a}\nBea Dos,${b}\n${existing.displayName},${existing.email}\n`,
      role: 'observer',
    });
    expect(good.status).toBe(201);
    expect(good.body.invited.map((row: { outcome: string }) => row.outcome)).toEqual([
      'invited',
      'invited',
      'added',
    ]);
    const sent = await deliver(existing.email!);
    expect(sent[0]!.subject).toMatch(/^Te han añadido a /);
    expect(sent[0]!.text).toContain(`${BASE}/networks/${network.slug}`);
  });

  it('lets only those who add members invite, with roles they may give', async () => {
    const network = await buildNetwork(t.db);
    const member = await buildPerson(t.db, { account: true });
    await addMember(t.db, network.id, { personId: member.id });
    const asMember = await t.client().signIn(member.email!);
    const body = { email: `x-${unique()}@example.org`, displayName: 'Someone New' };
    expect((await asMember.post(`/api/v1/networks/${network.id}/invitations`, body)).status).toBe(403);
    const facilitator = await buildPerson(t.db, { account: true });
    await addMember(t.db, network.id, { personId: facilitator.id }, 'facilitator');
    const asFacilitator = await t.client().signIn(facilitator.email!);
    const coordinatorRole = await asFacilitator.post(`/api/v1/networks/${network.id}/invitations`, {
      ...body,
      role: 'coordinator',
    });
    expect(coordinatorRole.status).toBe(403);
    expect((await asFacilitator.post(`/api/v1/networks/${network.id}/invitations`, body)).status).toBe(201);
  });

  it('sends a reset link for a known email, answers an unknown one the same, and limits how many', async () => {
    const person = await buildPerson(t.db, { email: `olvido-${unique()}@example.org`, account: true });
    await t.db.update(accounts).set({ locale: 'en' }).where(eq(accounts.personId, person.id));
    const known = await t.client().post('/api/v1/account/password-reset', { email: person.email });
    const unknown = await t
      .client()
      .post('/api/v1/account/password-reset', { email: `nadie-${unique()}@example.org` });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);

    const [mail] = await deliver(person.email!);
    expect(mail!.subject).toBe('Reset your Trellis password');
    const token = linkIn(mail!.text!, '/account/set-password?purpose=reset&token=');
    const otherSession = await t.client().signIn(person.email!);

    const set = await t
      .client()
      .post('/api/v1/account/password', { token, password: 'my brand new password' });
    expect(set.status).toBe(201);
    // A reset ends the other sessions, and the old password no longer works.
    expect((await otherSession.get('/api/v1/session')).status).toBe(401);
    expect(
      (await t.client().post('/api/v1/session', { email: person.email, password: 'correct horse battery' }))
        .status,
    ).toBe(401);

    for (let i = 0; i < 5; i++)
      await t.client().post('/api/v1/account/password-reset', { email: person.email });
    const links = await t.db.select().from(accountLinks).where(eq(accountLinks.personId, person.id));
    expect(links).toHaveLength(3); // the RESETS_PER_HOUR limit
  });

  it('refuses an expired link', async () => {
    const person = await buildPerson(t.db, { email: `tarde-${unique()}@example.org`, account: true });
    await t.client().post('/api/v1/account/password-reset', { email: person.email });
    await t.db
      .update(accountLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountLinks.personId, person.id));
    const [mail] = await deliver(person.email!);
    const token = linkIn(mail!.text!, '/account/set-password?purpose=reset&token=');
    const late = await t
      .client()
      .request(
        'POST',
        '/api/v1/account/password',
        { token, password: 'a long new password' },
        { 'accept-language': 'es' },
      );
    expect(late.status).toBe(410);
    expect(late.body.error.message).toBe('Este enlace ha caducado o ya se ha usado. Pide uno nuevo.');
  });

  it('changes an email only once the new address confirms it, and tells the old one', async () => {
    const old = `antes-${unique()}@example.org`;
    const next = `despues-${unique()}@example.org`;
    const person = await buildPerson(t.db, { email: old, account: true });
    const client = await t.client().signIn(old);
    const wrong = await client.post('/api/v1/me/email', { newEmail: next, password: 'not it' });
    expect(wrong.status).toBe(403);
    const asked = await client.post('/api/v1/me/email', {
      newEmail: next,
      password: 'correct horse battery',
    });
    expect(asked.status).toBe(202);
    const [confirm] = await deliver(next);
    expect(confirm!.subject).toBe('Confirma tu nuevo correo en Trellis');
    const [still] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(still!.email).toBe(old);

    const token = linkIn(confirm!.text!, '/account/confirm-email?token=');
    const confirmed = await t.client().post('/api/v1/account/email-confirmation', { token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ email: next });
    const [changed] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(changed!.email).toBe(next);
    const [notice] = await deliver(old);
    expect(notice!.subject).toBe('Ha cambiado el correo de tu cuenta de Trellis');
    expect(notice!.text).toContain(next);
    expect((await t.client().post('/api/v1/account/email-confirmation', { token })).status).toBe(410);
  });

  it('mails everyone asked when a wave opens and those reminded, with a one-click unsubscribe (RFC 8058)', async () => {
    const network = await buildNetwork(t.db, { name: 'Red Ola' });
    const { client } = await coordinatorOf(network.id);
    const ana = await buildPerson(t.db, { email: `ana-${unique()}@example.org`, account: true });
    const ben = await buildPerson(t.db, { email: `ben-${unique()}@example.org`, account: true });
    await t.db.update(accounts).set({ locale: 'en' }).where(eq(accounts.personId, ben.id));
    for (const person of [ana, ben]) await addMember(t.db, network.id, { personId: person.id });
    const survey = await client.post(`/api/v1/networks/${network.id}/surveys`, {
      title: 'Consejo',
      questions: [
        {
          relation: 'advice',
          promptEn: 'Whom do you ask?',
          promptEs: '¿A quién preguntas?',
          maxNominations: 3,
        },
      ],
    });
    const wave = await client.post(`/api/v1/surveys/${survey.body.id}/waves`, openWaveDates());
    expect(wave.status).toBe(201);

    const [toAna] = await deliver(ana.email!);
    const [toBen] = await deliver(ben.email!);
    expect(toAna!.subject).toBe('Encuesta: Consejo');
    expect(toBen!.subject).toBe('Survey: Consejo');
    expect(toBen!.text).toContain(`${BASE}/waves/${wave.body.id}/answer`);
    const header = toAna!.headerLines
      .find((line) => line.key === 'list-unsubscribe')!
      .line.replace(/^List-Unsubscribe:\s*/i, '')
      .replace(/\r?\n\s*/g, '');
    expect(header).toMatch(/^<https:\/\/trellis\.example\.org\/api\/v1\/mail\/unsubscribe\?token=[^>]+>$/);
    expect(toAna!.headerLines.find((line) => line.key === 'list-unsubscribe-post')!.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(toAna!.text).toContain(`${BASE}/unsubscribe?token=`);

    // The mail client's one-click POST, with no session and a form body.
    const oneClick = new URL(header.slice(1, -1));
    const response = await t.app.request(`${oneClick.pathname}${oneClick.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ category: 'surveys' });
    const forged = oneClick.search.replace(ana.id, ben.id);
    expect((await t.app.request(`${oneClick.pathname}${forged}`, { method: 'POST' })).status).toBe(400);

    const reminded = await client.post(`/api/v1/waves/${wave.body.id}/reminders`, {});
    expect(reminded.status).toBe(200);
    expect(await deliver(ana.email!)).toHaveLength(1); // unsubscribed: no reminder
    const benMail = await deliver(ben.email!);
    expect(benMail.map((mail) => mail.subject)).toEqual(['Survey: Consejo', 'Reminder: Consejo']);
  });

  it('retries a failed send with backoff, then marks it failed for the outbox', async () => {
    const person = await buildPerson(t.db, { email: `falla-${unique()}@example.org`, account: true });
    await t.client().post('/api/v1/account/password-reset', { email: person.email });
    smtp.refuse(person.email!, 1);
    await sendDueMails(t.db, options);
    const [first] = await t.db.select().from(mails).where(eq(mails.toAddress, person.email!));
    expect(first).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.stringContaining('451') });
    expect(first!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);

    const failing: MailSender = {
      kind: 'smtp',
      send: () => Promise.reject(new Error(`refused ${person.email}`)),
    };
    for (let attempt = 2; attempt <= MAX_MAIL_ATTEMPTS + 1; attempt++) {
      await t.db
        .update(mails)
        .set({ nextAttemptAt: new Date(Date.now() - 1000) })
        .where(eq(mails.id, first!.id));
      await sendDueMails(t.db, { ...options, sender: failing });
    }
    const [last] = await t.db.select().from(mails).where(eq(mails.id, first!.id));
    expect(last).toMatchObject({ status: 'failed', attempts: MAX_MAIL_ATTEMPTS, lastError: 'Error' });

    const admin = await buildPerson(t.db, { isAdmin: true });
    const asAdmin = await t.client().signIn(admin.email!);
    const shown = await asAdmin.get(`/api/v1/mail/${first!.id}`);
    expect(shown.body).toMatchObject({
      status: 'failed',
      to: person.email,
      kind: 'password_reset',
      attempts: MAX_MAIL_ATTEMPTS,
    });
  });

  it('writes each mail to the log folder as an .eml file without SMTP', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'trellis-mail-'));
    try {
      const person = await buildPerson(t.db, { email: `registro-${unique()}@example.org`, account: true });
      await t.client().post('/api/v1/account/password-reset', { email: person.email });
      await sendDueMails(t.db, { ...options, sender: logFolderSender(folder) });
      const files = await readdir(folder);
      const contents = await Promise.all(files.map((file) => readFile(join(folder, file), 'utf8')));
      const ours = contents.filter((text) => text.includes(`To: ${person.email}`));
      expect(ours).toHaveLength(1);
      expect(files.every((file) => file.endsWith('.eml'))).toBe(true);
      expect(ours[0]).toContain('Subject: =?UTF-8?Q?Restablece_tu_contrase=C3=B1a_de_Trellis?=');
      // In the log folder's outbox the link stays, so that the demo can follow it.
      const [row] = await t.db.select().from(mails).where(eq(mails.toAddress, person.email!));
      expect(row!.params.token).toEqual(expect.any(String));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('shows the outbox to platform admins only, a page at a time', async () => {
    const admin = await buildPerson(t.db, { isAdmin: true });
    const asAdmin = await t.client().signIn(admin.email!);
    const someone = await buildPerson(t.db, { account: true });
    for (let i = 0; i < 3; i++)
      await t.client().post('/api/v1/account/password-reset', { email: someone.email });
    const first = await asAdmin.get('/api/v1/mail?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toMatchObject({
      to: someone.email,
      kind: 'password_reset',
      status: 'queued',
      locale: 'es',
    });
    const second = await asAdmin.get(`/api/v1/mail?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[1].id);
    const one = await asAdmin.get(`/api/v1/mail/${first.body.items[0].id}`);
    expect(one.body.subject).toBe('Restablece tu contraseña de Trellis');
    expect(one.body.html).toContain('<a href=');

    const asSomeone = await t.client().signIn(someone.email!);
    expect((await asSomeone.get('/api/v1/mail')).status).toBe(403);
    expect((await t.client().get('/api/v1/mail')).status).toBe(401);
  });

  it('introduces two people without sharing an address until the one asked accepts', async () => {
    const asker = await buildPerson(t.db, {
      displayName: 'Irene Pide',
      email: `pide-${unique()}@example.org`,
      account: true,
    });
    const asked = await buildPerson(t.db, {
      displayName: 'Óscar Recibe',
      email: `recibe-${unique()}@example.org`,
      account: true,
    });
    const asAsker = await t.client().signIn(asker.email!);
    const asAsked = await t.client().signIn(asked.email!);
    expect((await asAsker.post('/api/v1/introductions', { personId: asker.id })).status).toBe(400);
    const created = await asAsker.post('/api/v1/introductions', { personId: asked.id });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'pending',
      youAre: 'requester',
      target: { displayName: 'Óscar Recibe' },
    });
    expect((await asAsker.post('/api/v1/introductions', { personId: asked.id })).status).toBe(409);

    const [toAsked] = await deliver(asked.email!);
    const [toAsker] = await deliver(asker.email!);
    expect(toAsked!.subject).toBe('Irene Pide quiere que os presenten');
    expect(toAsked!.text).not.toContain(asker.email);
    expect(toAsker!.text).not.toContain(asked.email);
    expect(toAsked!.text).toContain(`${BASE}/introductions/${created.body.id}`);

    // Only the person asked answers, once; then each is sent the other's address.
    expect(
      (await asAsker.post(`/api/v1/introductions/${created.body.id}/answer`, { accept: true })).status,
    ).toBe(403);
    const accepted = await asAsked.post(`/api/v1/introductions/${created.body.id}/answer`, { accept: true });
    expect(accepted.body.status).toBe('accepted');
    expect(
      (await asAsked.post(`/api/v1/introductions/${created.body.id}/answer`, { accept: false })).status,
    ).toBe(409);
    const [, toAskedAfter] = await deliver(asked.email!);
    const [, toAskerAfter] = await deliver(asker.email!);
    expect(toAskedAfter!.text).toContain(asker.email);
    expect(toAskerAfter!.text).toContain(asked.email);
    const outsider = await buildPerson(t.db, { account: true });
    expect(
      (await (await t.client().signIn(outsider.email!)).get(`/api/v1/introductions/${created.body.id}`))
        .status,
    ).toBe(404);
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.entityId, created.body.id));
    expect(audited.map((entry) => entry.action).sort()).toEqual([
      'introduction.accept',
      'introduction.request',
    ]);
  });

  it('forgets, on erasure, the mail that names the erased person to someone else', async () => {
    const asker = await buildPerson(t.db, { displayName: `Borrada ${unique()}`, account: true });
    const asked = await buildPerson(t.db, { account: true });
    const asAsker = await t.client().signIn(asker.email!);
    const created = await asAsker.post('/api/v1/introductions', { personId: asked.id });
    await (
      await t.client().signIn(asked.email!)
    ).post(`/api/v1/introductions/${created.body.id}/answer`, {
      accept: true,
    });
    const before = await t.db.select().from(mails).where(eq(mails.personId, asked.id));
    expect(before.map((mail) => mail.kind).sort()).toEqual(['introduction_accepted', 'introduction_request']);
    expect((await asAsker.post('/api/v1/me/erasure', { password: 'correct horse battery' })).status).toBe(
      200,
    );
    const after = await t.db.select().from(mails).where(eq(mails.personId, asked.id));
    expect(after).toHaveLength(0);
    expect(await t.db.select().from(mails).where(eq(mails.personId, asker.id))).toHaveLength(0);
  });

  it('limits introductions to five a day', async () => {
    const asker = await buildPerson(t.db, { account: true });
    const client: TestClient = await t.client().signIn(asker.email!);
    const targets = await Promise.all([...Array(6)].map(() => buildPerson(t.db, { account: true })));
    const statuses = [];
    for (const target of targets)
      statuses.push((await client.post('/api/v1/introductions', { personId: target.id })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    await t.db.delete(mails).where(inArray(mails.personId, [asker.id, ...targets.map((p) => p.id)]));
  });
});
