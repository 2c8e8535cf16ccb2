/** "Your data": what Trellis holds, the download, and erasing one's account, in both languages. */
import { readFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { networks } from '../../../server/src/networks/networks.table.js';
import { addMember, buildPerson, TEST_PASSWORD } from '../../../server/src/test-support/factories.js';
import type { Account } from '../support/region.ts';
import { arriveAt, expectStatus, signIn, tabTo, type BrowserSuite } from '../support/suite.ts';

/** Where the page's screenshots go, to be looked at by a person (not compared by the test). */
const SCREENSHOT_DIR = process.env.TRELLIS_SCREENSHOTS ?? '/tmp';

const isFocused = (page: Page, name: string) =>
  page.getByRole('button', { name }).evaluate((element) => element === document.activeElement);

/** Registers the "Your data" tests on the shared browser suite. */
export function yourDataFlows(suite: BrowserSuite) {
  describe('your data', () => {
    /** A new member of the demo network, so that erasing them changes nothing other flows read. */
    async function newMember(name: string): Promise<Account> {
      const [network] = await suite.db
        .select()
        .from(networks)
        .where(eq(networks.slug, suite.region.network.slug));
      const person = await buildPerson(suite.db, { displayName: name, account: true });
      await addMember(suite.db, network!.id, { personId: person.id });
      return { email: person.email!, password: TEST_PASSWORD, name };
    }

    it('shows what Trellis holds and downloads it as a file, in English and Spanish', async () => {
      const { page, region } = suite;
      await signIn(page, region.member);
      await page.getByRole('banner').getByRole('link', { name: 'Your data' }).click();
      await arriveAt(page, 'Your data', 'your data page');
      const holds = page.getByRole('region', { name: 'What Trellis holds about you' });
      await holds.getByText(/network membership/).waitFor();
      await page.getByText(`${region.network.name}: the ties from and to you stay on the map`).waitFor();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/your-data-en.png`, fullPage: true });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download your data' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^trellis-data-\d{4}-\d{2}-\d{2}\.json$/);
      const archive = JSON.parse(await readFile((await download.path())!, 'utf8'));
      expect(archive).toMatchObject({
        format: 'trellis.personal-data',
        version: 1,
        profile: { email: region.member.email },
      });
      expect(archive.memberships.map((m: { network: { slug: string } }) => m.network.slug)).toContain(
        region.network.slug,
      );

      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await arriveAt(page, 'Tus datos', 'your data page in Spanish');
      await page.getByRole('region', { name: 'Lo que Trellis guarda sobre ti' }).waitFor();
      await page.getByRole('link', { name: 'Descargar tus datos' }).waitFor();
      await page.getByRole('button', { name: 'Borrar mi cuenta…' }).waitFor();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/your-data-es.png`, fullPage: true });
      // Back to English for the flows after this one, on this device and the account.
      await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
      await arriveAt(page, 'Your data', 'your data page back in English');
    });

    it('erases an account by keyboard: password, final question, signed out, told so', async () => {
      const { page } = suite;
      const account = await newMember('Borrable Persona');
      await signIn(page, account, '/your-data');
      await page.goto('/your-data');
      await arriveAt(page, 'Your data', 'your data page before erasure');

      // Without a password, the form says what is missing.
      const start = page.getByRole('button', { name: 'Erase my account…' });
      await tabTo(page, start);
      await page.keyboard.press('Enter');
      await page.getByRole('alert').getByText('Enter your password to confirm.').waitFor();

      // A wrong password is refused after the final question, and the form says so.
      await page.getByLabel('Your password').fill('not the password');
      await start.click();
      await page.getByRole('group', { name: /Erase your account for good/ }).waitFor();
      expect(await isFocused(page, 'Yes, erase my account')).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('alert').getByText('The password is not right.').waitFor();
      await arriveAt(page, 'Your data', 'your data page with a wrong password');

      // Cancelling the final question returns focus to the button that asked it.
      await page.getByLabel('Your password').fill(account.password);
      await start.click();
      await page.getByRole('button', { name: 'Cancel' }).click();
      expect(await isFocused(page, 'Erase my account…')).toBe(true);

      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: /Erase your account for good/ }).waitFor();
      await arriveAt(page, 'Your data', 'the final question');
      await page.keyboard.press('Enter');
      await arriveAt(page, 'Your account has been erased', 'erased page');
      await expectStatus(page, 'Your account has been erased.');
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/your-data-erased.png`, fullPage: true });

      const again = await page.request.post('/api/v1/session', {
        data: { email: account.email, password: account.password },
      });
      expect(again.status()).toBe(401);
    });
  });
}
