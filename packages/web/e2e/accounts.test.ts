/**
 * The web app in a real browser: accounts and email. Forgot password → the admin's outbox → the
 * reset link sets a password; an invitation in Spanish; one-click unsubscribe; an introduction
 * accepted. Without SMTP the test server sends nothing: the outbox shows the queued mail, and its
 * links are followed from there, as in the demo.
 */
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { people } from '../../server/src/people/people.table.js';
import { insertIntroduction } from '../../server/src/introductions/introductions.queries.js';
import { signingKey } from '../../server/src/mail/mail.queries.js';
import { unsubscribeToken } from '../../server/src/mail/unsubscribe-links.js';
import { arriveAt, canRunBrowser, expectStatus, signIn, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: accounts and email', { shuffle: false }, () => {
  const suite = useBrowserSuite();

  const personId = async (email: string) => {
    const [row] = await suite.db.select({ id: people.id }).from(people).where(eq(people.email, email));
    return row!.id;
  };

  /** As the admin, opens the newest outbox mail to `to` and returns its one link to a page of ours. */
  async function linkFromOutbox(admin: Page, to: string, path: string): Promise<string> {
    await admin.goto('/admin/outbox');
    await arriveAt(admin, 'Outbox', 'outbox');
    await admin.getByRole('link', { name: to }).first().click();
    await admin.getByRole('link', { name: /^Back to the outbox/ }).waitFor();
    await arriveAt(admin, /./, 'one mail in the outbox');
    const href = await admin.locator(`pre a[href*="${path}"]`).first().getAttribute('href');
    expect(href).toBeTruthy();
    return new URL(href!).pathname + new URL(href!).search;
  }

  it('sends a reset link from “Forgot your password?”, which sets a new password and signs in', async () => {
    const { page, region } = suite;
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await arriveAt(page, 'Forgot your password', 'forgot-password page');
    await page.getByLabel('Email').fill(region.evaluator.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expectStatus(page, /If this email has an account, a link to choose a new password is on its way/);
    await arriveAt(page, 'Forgot your password', 'forgot-password page, sent');

    const admin = await (await suite.newContext()).newPage();
    await signIn(admin, region.admin);
    const link = await linkFromOutbox(admin, region.evaluator.email, '/account/set-password');
    expect(link).toContain('purpose=reset');

    const owner = await (await suite.newContext()).newPage();
    await owner.goto(link);
    await arriveAt(owner, 'Choose a new password', 'set-password page');
    await owner.getByLabel('New password').fill('short');
    await owner.getByRole('button', { name: 'Save the password and sign in' }).click();
    await owner.getByRole('alert').getByText('The password needs at least 10 characters.').waitFor();
    await owner.getByLabel('New password').fill('a fresh long password');
    await owner.getByRole('button', { name: 'Save the password and sign in' }).click();
    await owner.getByText(`Signed in as ${region.evaluator.name}`).waitFor();

    // The link works once.
    const again = await (await suite.newContext()).newPage();
    await again.goto(link);
    await again.getByLabel('New password').fill('another long password');
    await again.getByRole('button', { name: 'Save the password and sign in' }).click();
    await again
      .getByRole('alert')
      .getByText(/This link has expired or has already been used/)
      .waitFor();
    await arriveAt(again, 'Choose a new password', 'set-password page, link used');
  });

  it('lets a coordinator invite someone in Spanish, whose link sets up their account', async () => {
    const { page, region } = suite;
    await signIn(page, region.coordinator);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await page.goto(`/networks/${region.network.slug}`);
    await page.getByRole('link', { name: 'Invitar por correo' }).click();
    await arriveAt(page, `Invitar a ${region.network.name}`, 'invite page in Spanish');
    await page.getByLabel('Correo electrónico').fill('invitada@example.org');
    await page.getByLabel('Nombre', { exact: true }).fill('Inés Invitada');
    await page.getByRole('button', { name: 'Enviar la invitación' }).click();
    await expectStatus(page, '1 invitación enviada.');
    await arriveAt(page, `Invitar a ${region.network.name}`, 'invite page, sent');

    const admin = await (await suite.newContext()).newPage();
    await signIn(admin, region.admin);
    const link = await linkFromOutbox(admin, 'invitada@example.org', '/account/set-password');
    const invited = await (await suite.newContext({ locale: 'es-ES' })).newPage();
    await invited.goto(link);
    await arriveAt(invited, 'Activa tu cuenta', 'set-password page for an invitation, in Spanish');
    await invited.getByLabel('Contraseña nueva').fill('mi contraseña nueva');
    await invited.getByRole('button', { name: 'Guardar la contraseña e iniciar sesión' }).click();
    await invited
      .getByText(/Inés Invitada/)
      .first()
      .waitFor();
  });

  it('changes an email only after the new address confirms it', async () => {
    const { page, region } = suite;
    await signIn(page, region.member);
    await page.getByRole('link', { name: 'Change email' }).click();
    await arriveAt(page, 'Change your email', 'change-email page');
    await page.getByLabel('New email').fill('member-new@example.org');
    await page.getByLabel('Your current password').fill('not the password');
    await page.getByRole('button', { name: 'Send the confirmation link' }).click();
    await page.getByRole('alert').getByText('The password is not right.').waitFor();
    await page.getByLabel('Your current password').fill(region.member.password);
    await page.getByRole('button', { name: 'Send the confirmation link' }).click();
    await expectStatus(page, /A confirmation link is on its way to member-new@example.org/);
    await arriveAt(page, 'Change your email', 'change-email page, sent');

    const admin = await (await suite.newContext()).newPage();
    await signIn(admin, region.admin);
    const link = await linkFromOutbox(admin, 'member-new@example.org', '/account/confirm-email');
    const inbox = await (await suite.newContext()).newPage();
    await inbox.goto(link);
    await arriveAt(inbox, 'Confirm your new email', 'confirm-email page');
    await inbox.getByRole('button', { name: 'Confirm your new email' }).click();
    await expectStatus(inbox, 'Your email is now member-new@example.org.');
    // Back to the old address, so that the flows after this one sign in as before.
    await suite.db
      .update(people)
      .set({ email: region.member.email })
      .where(eq(people.email, 'member-new@example.org'));
  });

  it('keeps the outbox to platform admins', async () => {
    const { page, region } = suite;
    await signIn(page, region.member);
    await page.goto('/admin/outbox');
    await page.getByText('Only platform administrators see the outbox.').waitFor();
    await arriveAt(page, 'Outbox', 'outbox refused to a member');
  });

  it('unsubscribes in one click from the link in a survey mail', async () => {
    const { page, region } = suite;
    const token = unsubscribeToken(
      await signingKey(suite.db),
      await personId(region.member.email),
      'surveys',
    );
    await page.goto(`/unsubscribe?token=${encodeURIComponent(token)}`);
    await arriveAt(page, 'Unsubscribe', 'unsubscribe page');
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expectStatus(page, 'You will not receive survey invitations and reminders by email any more.');
    await arriveAt(page, 'Unsubscribe', 'unsubscribed');
  });

  it('lets the person asked accept an introduction', async () => {
    const { page, region } = suite;
    const introduction = await insertIntroduction(suite.db, {
      requesterId: await personId(region.coordinator.email),
      targetId: await personId(region.member.email),
      networkId: null,
    });
    await signIn(page, region.member);
    await page.goto(`/introductions/${introduction.id}`);
    await arriveAt(page, 'Introduction', 'introduction, pending');
    await page
      .getByText(`${region.coordinator.name} would like to be introduced to you.`, { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Accept' }).click();
    await expectStatus(page, 'Accepted: you have both been sent each other’s email.');
    await arriveAt(page, 'Introduction', 'introduction, accepted');
  });
});
