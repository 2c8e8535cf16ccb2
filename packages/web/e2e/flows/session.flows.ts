/** Signing in and out, as a coordinator of a demo network. */
import { describe, expect, it } from 'vitest';
import { arriveAt, expectStatus, signIn, type BrowserSuite } from '../support/suite.ts';

/** Registers the session tests on the shared browser suite. */
export function sessionFlows(suite: BrowserSuite) {
  describe('session', () => {
    it('signs a coordinator in, shows who is signed in, and returns to the page they came from', async () => {
      const { page, region } = suite;
      await page.goto(`/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page (signed out)');
      await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
      await expectStatus(page, `Welcome, ${region.coordinator.name}.`);
      await arriveAt(page, region.network.name, 'network page (signed in)');
      expect(page.url()).toContain(`/networks/${region.network.slug}`);
    });

    it('says so when the password is wrong', async () => {
      const { page, region } = suite;
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(region.coordinator.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
      const summary = page.getByRole('alert');
      await summary.getByText('The email or password is not right.').waitFor();
      await arriveAt(page, 'Sign in to Trellis', 'sign-in page with an error');
    });

    it('signs out, and stays signed out after a reload', async () => {
      const { page, region } = suite;
      await signIn(page, region.member);
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await expectStatus(page, 'You have signed out.');
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
      await page.reload();
      await arriveAt(page, 'Networks', 'directory (signed out)');
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await page.getByText(/Signed in as/).count()).toBe(0);
    });

    it('signs out everywhere: the other device is signed out too', async () => {
      const { page, region } = suite;
      const otherDevice = await (await suite.newContext()).newPage();
      await signIn(otherDevice, region.member);
      await signIn(page, region.member);
      await page.getByRole('button', { name: 'Sign out everywhere' }).click();
      await expectStatus(page, 'You have signed out on every device.');
      await otherDevice.reload();
      await otherDevice.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    });
  });
}
