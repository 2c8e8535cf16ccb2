/** Creating a network: platform admins only, with the keyboard, and the API's errors at their fields. */
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, heading, signIn, tabTo, type BrowserSuite } from '../support/suite.ts';

/** A network no other flow creates or searches for ("lectura" is the directory flows' search). */
const NEW_NETWORK = {
  name: 'Red de Huertos Escolares del Río',
  slug: 'red-de-huertos-escolares-del-rio',
  goal: 'Every school in the network tends a garden its pupils plan by June 2027.',
};

/** Registers the tests of creating networks on the shared browser suite. */
export function createFlows(suite: BrowserSuite) {
  describe('creating a network', () => {
    it('lets a platform admin create one with the keyboard, then shows its page and lists it', async () => {
      const { page, region } = suite;
      await signIn(page, region.admin);
      await arriveAt(page, 'Networks', 'directory (admin)');
      await page.getByRole('link', { name: 'New network' }).click();
      await arriveAt(page, 'New network', 'new network');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.title()).toBe('New network – Trellis');

      await tabTo(page, page.getByLabel('Name', { exact: true }));
      await page.keyboard.type(NEW_NETWORK.name);
      // The slug follows the name, accents folded.
      expect(await page.getByLabel('Web address').inputValue()).toBe(NEW_NETWORK.slug);
      await tabTo(page, page.getByLabel('Shared goal in English'));
      await page.keyboard.type(NEW_NETWORK.goal);
      await tabTo(page, page.getByRole('button', { name: 'Create network' }));
      await page.keyboard.press('Enter');

      await expectStatus(page, `The network ${NEW_NETWORK.name} was created.`);
      await arriveAt(page, NEW_NETWORK.name, 'the new network’s page');
      expect(new URL(page.url()).pathname).toBe(`/networks/${NEW_NETWORK.slug}`);
      await page.getByRole('region', { name: 'Shared goal' }).getByText(NEW_NETWORK.goal).waitFor();
      await page.getByText('Level 1: Sharing practice').waitFor();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Networks' }).click();
      await arriveAt(page, 'Networks', 'directory');
      await page.getByLabel('Search by name').fill('Huertos Escolares');
      await page.getByRole('link', { name: NEW_NETWORK.name }).waitFor();
    });

    it('shows the API’s errors at their fields, and a taken web address at its own', async () => {
      const { page, region } = suite;
      await signIn(page, region.admin, '/networks/new');
      await arriveAt(page, 'New network', 'new network');
      const name = page.getByLabel('Name', { exact: true });
      const slug = page.getByLabel('Web address');

      await page.getByRole('button', { name: 'Create network' }).click();
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: /^Name: / }).waitFor();
      await summary
        .getByRole('link', { name: /^Web address: / })
        .first()
        .waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await slug.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'new network with errors');
      // Correcting a field keeps focus there: the summary takes it only when the errors change.
      await name.focus();
      await page.keyboard.type('Red');
      expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
      expect(await name.inputValue()).toBe('Red');

      await slug.fill(region.network.slug);
      // Once the admin has written a slug, the name no longer changes it.
      await name.fill('Red de Pruebas');
      expect(await slug.inputValue()).toBe(region.network.slug);
      await page.getByRole('button', { name: 'Create network' }).click();
      const taken = 'Another network already has this web address. Choose another one.';
      await summary.getByRole('link', { name: `Web address: ${taken}` }).waitFor();
      expect(await summary.getByRole('link', { name: /^Name: / }).count()).toBe(0);
      expect(await slug.getAttribute('aria-describedby')).toContain('network-slug-error');
      expect(await page.locator('#network-slug-error').textContent()).toBe(taken);
      await expectAccessible(page, 'new network with a taken web address');
      await heading(page, 'New network').waitFor();
    });

    it('offers a plain member no way to create one, and says why at its address', async () => {
      const { page, region } = suite;
      await signIn(page, region.member);
      await arriveAt(page, 'Networks', 'directory (member)');
      await page
        .getByRole('region', { name: /^Results/ })
        .getByRole('article')
        .first()
        .waitFor();
      expect(await page.getByRole('link', { name: 'New network' }).count()).toBe(0);

      await page.goto('/networks/new');
      await arriveAt(page, 'You cannot create networks', 'new network (not allowed)');
      await page.getByText('Only platform administrators can create networks.', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Create network' }).count()).toBe(0);
    });
  });
}
