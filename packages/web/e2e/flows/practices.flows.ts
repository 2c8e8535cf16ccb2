/**
 * The knowledge bank's practices in a browser: the demo evaluator finds a practice of the showcase
 * network in the list (from the main navigation), opens it and reads the balance of evidence and
 * where it has travelled (graph and table), records an adoption; a refused adoption is said in the
 * error summary; the list and the page pass axe in English and Spanish.
 *
 * The demo region writes its practices with evidence and adoptions; the flows pick the showcase
 * network's most adopted one through the API, so they follow the demo rather than fix its titles.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Account } from '../support/region.ts';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, signIn, type BrowserSuite } from '../support/suite.ts';

interface Practice {
  id: string;
  title: string;
  evidenceCount: number;
  adoptionCount: number;
}

/** The showcase network's practices, as `account` sees them through the API. */
async function practicesAs(context: BrowserContext, account: Account, network: string) {
  const session = await context.request.post('/api/v1/session', {
    data: { email: account.email, password: account.password },
  });
  if (session.status() !== 201) throw new Error(`sign-in failed: ${session.status()}`);
  const response = await context.request.get(`/api/v1/practices?network=${network}&limit=100`);
  if (response.status() !== 200) throw new Error(`GET /practices: ${response.status()}`);
  return ((await response.json()) as { items: Practice[] }).items;
}

/** Saves a screenshot when TRELLIS_SCREENSHOTS names a folder (for looking at the pages by eye). */
async function screenshot(page: Page, name: string) {
  const folder = process.env.TRELLIS_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

/** Registers the practice flows on the shared browser suite. */
export function practiceFlows(suite: BrowserSuite) {
  let chosen: Promise<Practice> | undefined;
  const pick = () =>
    (chosen ??= (async () => {
      const items = await practicesAs(
        await suite.newContext(),
        suite.region.evaluator,
        suite.region.network.slug,
      );
      const travelled = items
        .filter((practice) => practice.evidenceCount > 0 && practice.adoptionCount > 1)
        .toSorted((a, b) => b.adoptionCount - a.adoptionCount);
      if (!travelled[0]) throw new Error('The demo network has no practice with evidence and adoptions.');
      return travelled[0];
    })());

  describe('practices', () => {
    it('shows the evaluator a practice’s balance of evidence and where it has travelled', async () => {
      const { page, region } = suite;
      const practice = await pick();
      await signIn(page, region.evaluator);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practices' }).click();
      await arriveAt(page, 'Practices', 'practices list');
      await page.getByRole('region', { name: 'Practices found' }).getByRole('listitem').first().waitFor();
      await expectAccessible(page, 'practices list');
      await screenshot(page, 'practices-list-en');

      // Searching by words of the title finds it.
      await page.getByRole('searchbox', { name: 'Search practices' }).fill(practice.title);
      await page.getByRole('searchbox', { name: 'Search practices' }).press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === practice.title);
      const link = page
        .getByRole('region', { name: 'Practices found' })
        .locator(`a[href="/practices/${practice.id}"]`);
      await link.click();
      await arriveAt(page, practice.title, 'practice page');

      // The balance: counts by level and direction, whose total is every evidence item.
      const balance = page.getByRole('table', { name: 'Evidence items by level and direction' });
      await balance.getByRole('columnheader', { name: 'Supporting' }).waitFor();
      await balance.getByRole('columnheader', { name: 'Contrasting' }).waitFor();
      await balance.getByRole('rowheader', { name: '3 · Causation, with a comparison group' }).waitFor();
      const totalRow = balance.locator('tfoot tr');
      expect(await totalRow.locator('td').nth(3).textContent()).toBe(String(practice.evidenceCount));
      const items = page.getByRole('region', { name: 'Evidence', exact: true }).getByRole('listitem');
      await items.first().waitFor();
      expect(await items.count()).toBe(practice.evidenceCount);

      // Where it travelled: the graph (an image with a title), one arrow per adoption, and its table.
      const travel = page.getByRole('region', { name: 'Where it has travelled' });
      const graph = travel.getByRole('img', { name: /^Graph of the schools that took up/ });
      await graph.waitFor();
      expect(await graph.locator('path.travel-edge').count()).toBe(practice.adoptionCount);
      const table = travel.getByRole('table', { name: 'Every adoption' });
      expect(await table.locator('tbody tr').count()).toBe(practice.adoptionCount);
      await table.getByRole('columnheader', { name: 'Along an existing tie' }).waitFor();
      await travel
        .getByText(new RegExp(`^\\d+ of ${practice.adoptionCount} adoptions travelled along a tie`))
        .waitFor();
      await expectAccessible(page, 'practice page');
      await screenshot(page, 'practice-en');

      // A refused adoption (no school chosen) is said in the error summary.
      const form = page.getByRole('region', { name: 'Record an adoption' });
      await form.getByRole('button', { name: 'Record the adoption' }).click();
      await form.getByRole('alert').waitFor();
      await expectAccessible(page, 'practice page, refused adoption');

      // The evaluator records one: the table grows by a row.
      const school = form.getByLabel('School that took it up');
      await school.locator('option').nth(1).waitFor({ state: 'attached' });
      await school.selectOption({ index: 1 });
      await form.getByRole('button', { name: 'Record the adoption' }).click();
      await expectStatus(page, 'Adoption recorded.');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(practice.adoptionCount + 1);
    });

    it('reads in Spanish, and passes axe there', async () => {
      const practice = await pick();
      const { page, region } = suite;
      await signIn(page, region.member, '/practices');
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await arriveAt(page, 'Prácticas', 'practices list in Spanish');
      await page
        .getByRole('region', { name: 'Prácticas encontradas' })
        .getByRole('listitem')
        .first()
        .waitFor();
      await expectAccessible(page, 'practices list in Spanish');
      await screenshot(page, 'practices-list-es');
      await page.goto(`/practices/${practice.id}`);
      await arriveAt(page, practice.title, 'practice page in Spanish');
      await page.getByRole('table', { name: 'Evidencias por nivel y sentido' }).waitFor();
      await page.getByRole('table', { name: 'Todas las adopciones' }).waitFor();
      await expectAccessible(page, 'practice page in Spanish');
      await screenshot(page, 'practice-es');
    });
    it('shows a network’s collections and a collection’s resources in order, in both languages', async () => {
      const { page, region } = suite;
      // The coordinator: each test that switches to Spanish does it for an account of its own
      // (the choice is remembered on the account, and the tests run in any order).
      await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page');
      await page.getByRole('link', { name: 'Collections of resources' }).click();
      const title = `Collections of ${region.network.name}`;
      await arriveAt(page, title, 'network collections');
      const first = page.locator('.collection-list .card-title a').first();
      await first.waitFor();
      await expectAccessible(page, 'network collections');
      const name = (await first.textContent()) ?? '';
      await first.click();
      await arriveAt(page, name, 'collection page');
      const items = page.getByRole('region', { name: 'Resources in this collection' }).getByRole('listitem');
      await items.first().waitFor();
      const firstResource = items.first().getByRole('link');
      const href = await firstResource.getAttribute('href');
      expect(href).toMatch(/^\/resources\/[0-9a-f-]{36}$/);
      await expectAccessible(page, 'collection page');
      await screenshot(page, 'collection-en');

      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await page.getByRole('heading', { name: 'Recursos de esta colección' }).waitFor();
      await expectAccessible(page, 'collection page in Spanish');
      await screenshot(page, 'collection-es');
      await page
        .getByRole('region', { name: 'Recursos de esta colección' })
        .getByRole('listitem')
        .first()
        .getByRole('link')
        .click();
      await page.waitForURL((url) => url.pathname === href);
    });
  });
}
