/** The network directory: browse, load more, search by name, filter by kind and level. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arriveAt, expectStatus, type BrowserSuite } from '../support/suite.ts';
import { expectAccessible } from '../support/axe.ts';

/** The names of the networks listed, in order. */
const listedNames = (page: Page) =>
  page
    .getByRole('region', { name: /^Results/ })
    .getByRole('heading', { level: 3 })
    .allTextContents();

/** Registers the network directory tests on the shared browser suite. */
export function directoryFlows(suite: BrowserSuite) {
  describe('network directory', () => {
    it('lists networks with their typology and loads more on request', async () => {
      const { page } = suite;
      await page.goto('/');
      await arriveAt(page, 'Networks', 'directory');
      const results = page.getByRole('region', { name: /^Results/ });
      await results.getByRole('heading', { level: 3 }).first().waitFor();
      const firstPage = await listedNames(page);
      expect(firstPage.length).toBe(9);
      const card = results.getByRole('article').first();
      expect(await card.getByText(/^Level \d: /).count()).toBe(1);
      expect(await card.getByText(/organisations? · \d+ (person|people)/).count()).toBe(1);

      await page.getByRole('button', { name: 'Load more' }).click();
      await expectStatus(page, /more networks? loaded/);
      const more = await listedNames(page);
      expect(more.length).toBeGreaterThan(9);
      expect(more.slice(0, 9)).toEqual(firstPage);
      // Focus moved to the first network that was added.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(more[9]);
      await expectAccessible(page, 'directory after loading more');
    });

    it('searches by name as one types, and filters by kind and level', async () => {
      const { page, region } = suite;
      await page.goto('/');
      await arriveAt(page, 'Networks', 'directory');
      await page.getByLabel('Search by name').fill(region.search.text);
      await page.getByRole('link', { name: region.network.name }).waitFor();
      await expectStatus(page, /networks? shown/);
      const found = await listedNames(page);
      expect(found).toContain(region.network.name);
      expect(found.length).toBeLessThan(9);
      expect(page.url()).toContain(`q=${region.search.text}`);

      await page.getByLabel('Search by name').fill('');
      await page.getByLabel('Kind').selectOption(region.search.kind);
      await page.waitForURL(/kind=/);
      await page.getByRole('link', { name: region.network.name }).waitFor();
      await page.getByLabel('Typology level').selectOption(region.search.level);
      await page.waitForURL(/level=/);
      await page.getByRole('link', { name: region.network.name }).waitFor();
      await page.getByLabel('Region').selectOption(region.search.region);
      await page.waitForURL(/region=/);
      await page.getByRole('link', { name: region.network.name }).waitFor();

      await page.getByLabel('Search by name').fill('qqxxzzqq');
      await page.getByText('No networks match these filters.').waitFor();
      await expectAccessible(page, 'directory with no results');

      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.waitForURL((url) => url.search === '');
      await page
        .getByRole('link', { name: region.network.name })
        .or(page.getByRole('button', { name: 'Load more' }))
        .first()
        .waitFor();
    });

    it('has a page for addresses that lead nowhere', async () => {
      const { page } = suite;
      await page.goto('/no/such/page');
      await arriveAt(page, 'Page not found', 'not-found page');
      await page.goto('/networks/no-such-network');
      await arriveAt(page, 'Network not found', 'network not found');
      await page.getByRole('link', { name: 'Back to all networks' }).click();
      await arriveAt(page, 'Networks', 'directory');
    });
  });
}
