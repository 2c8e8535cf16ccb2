/** Organisation and person pages, reached from a network's members. */
import { describe, expect, it } from 'vitest';
import { arriveAt, signIn, type BrowserSuite } from '../support/suite.ts';

/** Registers the organisation and person pages tests on the shared browser suite. */
export function profileFlows(suite: BrowserSuite) {
  describe('organisation and person pages', () => {
    it('shows an organisation’s networks, and its people only when signed in', async () => {
      const { page, region } = suite;
      await page.goto(`/networks/${region.network.slug}/members`);
      await arriveAt(page, `Members of ${region.network.name}`, 'members page (signed out)');
      await page.getByText('Sign in to see the people in this network.').waitFor();
      const organisation = page
        .getByRole('region', { name: 'Members found' })
        .locator('.member-name')
        .first();
      const name = (await organisation.textContent()) ?? '';
      await organisation.click();
      await arriveAt(page, name, 'organisation page (signed out)');
      await page
        .getByRole('region', { name: 'Networks' })
        .getByRole('link', { name: region.network.name })
        .waitFor();
      await page.getByText('Sign in to see the people of this organisation.').waitFor();
    });

    it('shows a person’s affiliations and networks', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}/members`);
      await arriveAt(page, `Members of ${region.network.name}`, 'members page');
      await page
        .getByRole('region', { name: /^Coordinators/ })
        .getByRole('link', { name: region.coordinator.name })
        .click();
      await arriveAt(page, region.coordinator.name, 'person page');
      const networks = page.getByRole('region', { name: 'Networks' });
      await networks.getByRole('link', { name: region.network.name }).waitFor();
      expect(await networks.getByText(/Coordinator/).count()).toBeGreaterThan(0);
      const affiliation = page.getByRole('region', { name: 'Affiliations' }).getByRole('link').first();
      const organisation = (await affiliation.textContent()) ?? '';
      await affiliation.click();
      await arriveAt(page, organisation, 'organisation page (signed in)');
      await page
        .getByRole('region', { name: /^People/ })
        .getByRole('link', { name: region.coordinator.name })
        .waitFor();
    });
  });
}
