/**
 * Curating the knowledge bank's collections in a browser: the demo coordinator makes a collection
 * (the form, two resources through the type-ahead, a keyboard reorder that keeps focus, the save
 * surviving a reload, an edit refused for a short title then saved, a delete); a plain member sees
 * no curating controls, and is told so at the editors' addresses; the bank-activity page lists
 * what the network shared since the start of the term and since a day chosen in the address. Every
 * new page passes axe in English and Spanish.
 *
 * The resources are the demo region's, picked through the API as the coordinator sees them, so the
 * flows follow the demo rather than fix its titles.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addDays, todayIso } from '../../src/i18n/dates.ts';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, heading, signIn, type BrowserSuite } from '../support/suite.ts';

interface Hit {
  id: string;
  title: string;
}

/** Two resources with different titles that the signed-in page's account can read. */
async function twoResources(page: Page): Promise<[Hit, Hit]> {
  const response = await page.request.get('/api/v1/resources?limit=30');
  if (response.status() !== 200) throw new Error(`GET /resources: ${response.status()}`);
  const { items } = (await response.json()) as { items: Hit[] };
  // Titles with no twin and not too long to type, so the type-ahead's option is unmistakable.
  const unique = items.filter(
    (hit) => hit.title.length < 80 && items.filter((other) => other.title === hit.title).length === 1,
  );
  const [first, second] = unique;
  if (!first || !second) throw new Error('The demo bank has fewer than two distinctly titled resources.');
  return [first, second];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Saves a screenshot when TRELLIS_SCREENSHOTS names a folder (for looking at the pages by eye). */
async function screenshot(page: Page, name: string) {
  const folder = process.env.TRELLIS_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** The titles of the collection's resources, in the order the page lists them. */
const listedTitles = (page: Page) => page.locator('.collection-items > li h3').allTextContents();

/** Types words of `title` into the type-ahead and picks its option. */
async function addThroughTypeAhead(page: Page, box: Locator, title: string) {
  await box.fill(title);
  await page
    .getByRole('option', { name: new RegExp(`^${escape(title)}`) })
    .first()
    .click();
  await expectStatus(page, new RegExp(`^“${escape(title)}” added at position`));
}

/** Registers the collection flows on the shared browser suite. */
export function collectionFlows(suite: BrowserSuite) {
  describe('collections', () => {
    it('a coordinator makes a collection', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}/collections`);
      await arriveAt(page, `Collections of ${region.network.name}`, 'network collections');
      const [a, b] = await twoResources(page);

      await page.getByRole('link', { name: 'New collection' }).click();
      await arriveAt(page, `New collection for ${region.network.name}`, 'new collection form');
      await screenshot(page, 'collection-new-en');
      const title = `Starter kit ${Date.now()}`;
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Title in Spanish (optional)').fill(`Kit de inicio ${title.slice(12)}`);
      await page
        .getByLabel('Description (optional)', { exact: true })
        .fill('For teachers new to the network.');
      await page.getByRole('button', { name: 'Create the collection' }).click();
      await arriveAt(page, title, 'new collection’s page');
      await expectStatus(page, `Collection “${title}” created.`);

      // Two resources through the type-ahead, in the order picked.
      const box = page.getByRole('combobox', { name: 'Add a resource' });
      await addThroughTypeAhead(page, box, a.title);
      await addThroughTypeAhead(page, box, b.title);
      expect(await listedTitles(page)).toEqual([a.title, b.title]);
      await expectAccessible(page, 'collection page with the items editor');
      await screenshot(page, 'collection-editor-en');

      // The keyboard moves the second up; focus stays on the pressed button, the move is said.
      const list = page.getByRole('region', { name: 'Resources in this collection' });
      const upB = list.getByRole('button', { name: `Move up “${b.title}”` });
      await upB.focus();
      await page.keyboard.press('Enter');
      await expectStatus(page, `“${b.title}” moved to position 1 of 2. Not saved yet.`);
      expect(await listedTitles(page)).toEqual([b.title, a.title]);
      expect(await isFocused(upB)).toBe(true);
      // At the top, nothing moves and the button says why, keeping focus.
      await page.keyboard.press('Space');
      await expectStatus(page, `“${b.title}” is already first.`);
      expect(await isFocused(upB)).toBe(true);
      // Down and up again: the moved item's element is re-inserted, and focus is given back.
      const downB = list.getByRole('button', { name: `Move down “${b.title}”` });
      await page.keyboard.press('Tab');
      expect(await isFocused(downB)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await listedTitles(page)).toEqual([a.title, b.title]);
      expect(await isFocused(downB)).toBe(true);
      await upB.focus();
      await page.keyboard.press('Enter');
      expect(await listedTitles(page)).toEqual([b.title, a.title]);
      await page.getByText('You have changes that are not saved yet.').waitFor();

      await page.getByRole('button', { name: 'Save the list' }).click();
      await expectStatus(page, 'The list of resources is saved.');
      await page.reload();
      await heading(page, title).waitFor();
      await list.getByRole('listitem').first().waitFor();
      expect(await listedTitles(page)).toEqual([b.title, a.title]);

      // Edit: a title too short is refused in the summary (focused) and at the field.
      await page.getByRole('link', { name: 'Edit', exact: true }).click();
      await arriveAt(page, `Edit “${title}”`, 'edit collection form');
      const titleBox = page.getByLabel('Title', { exact: true });
      await expect.poll(() => titleBox.inputValue()).toBe(title);
      await titleBox.fill('ab');
      await page.getByRole('button', { name: 'Save changes' }).click();
      const summary = page.getByRole('alert');
      await summary.getByText('Title: Enter at least 3 characters.').waitFor();
      expect(await isFocused(summary)).toBe(true);
      expect(await titleBox.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'edit collection form with an error');
      await screenshot(page, 'collection-edit-error-en');
      const renamed = `${title} (renamed)`;
      await titleBox.fill(renamed);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await arriveAt(page, renamed, 'renamed collection');
      await expectStatus(page, 'Collection saved.');
      expect(await listedTitles(page)).toEqual([b.title, a.title]);

      // Delete, after a confirmation; back at the network's collections, which no longer list it.
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByText(`Delete “${renamed}”? Its resources stay in the knowledge bank.`).waitFor();
      await expectAccessible(page, 'delete confirmation');
      await page.getByRole('button', { name: 'Yes, delete the collection' }).click();
      await arriveAt(page, `Collections of ${region.network.name}`, 'collections after delete');
      await expectStatus(page, `Collection “${renamed}” deleted.`);
      await page.locator('.collection-list .card-title').first().waitFor();
      expect(await page.getByRole('link', { name: renamed }).count()).toBe(0);
    });

    it('shows a member no curating controls, and says so at the editors’ addresses', async () => {
      const { page, region } = suite;
      await signIn(page, region.member, `/networks/${region.network.slug}/collections`);
      await arriveAt(page, `Collections of ${region.network.name}`, 'network collections, member');
      await page.getByRole('link', { name: 'What members shared lately' }).waitFor();
      expect(await page.getByRole('link', { name: 'New collection' }).count()).toBe(0);
      const first = page.locator('.collection-list .card-title a').first();
      const name = (await first.textContent()) ?? '';
      const href = (await first.getAttribute('href')) ?? '';
      await first.click();
      await arriveAt(page, name, 'collection page, member');
      await page
        .getByRole('region', { name: 'Resources in this collection' })
        .getByRole('listitem')
        .first()
        .waitFor();
      for (const control of ['Edit', 'Delete', 'Save the list'])
        expect(await page.getByRole('main').getByText(control, { exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Move (up|down)/ }).count()).toBe(0);
      expect(await page.getByRole('combobox').count()).toBe(0);

      await page.goto(`${href}/edit`);
      await arriveAt(page, 'You may not edit this collection', 'edit refused');
      await page.goto(`/networks/${region.network.slug}/collections/new`);
      await arriveAt(page, 'You may not create collections here', 'create refused');
      expect(await page.getByRole('textbox').count()).toBe(0);
    });

    it('offers someone not signed in the way to sign in, and back to the new collection', async () => {
      const { page, region } = suite;
      await page.goto(`/networks/${region.network.slug}/collections/new`);
      await arriveAt(page, 'You may not create collections here', 'create refused, not signed in');
      await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
      await arriveAt(page, 'Sign in to Trellis', 'sign-in page');
      await page.getByLabel('Email').fill(region.coordinator.email);
      await page.getByLabel('Password').fill(region.coordinator.password);
      await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
      await arriveAt(page, `New collection for ${region.network.name}`, 'new collection form after sign-in');
    });

    it('shows what the network shared since the start of the term, or a day chosen', async () => {
      const { page, region } = suite;
      await signIn(page, region.evaluator, `/networks/${region.network.slug}/collections`);
      await page.getByRole('link', { name: 'What members shared lately' }).click();
      await arriveAt(page, `What ${region.network.name} shared and adapted`, 'bank activity');
      const since = page.getByLabel('Since', { exact: true });
      // The server's start of term, shown in the box once it has answered.
      await expect.poll(() => since.inputValue()).toMatch(/^\d{4}-(09|01|04)-01$/);
      const entries = page.getByRole('region', { name: /^Shared since / }).getByRole('listitem');
      await entries.first().waitFor();
      expect(await entries.count()).toBeGreaterThan(0);
      await expectAccessible(page, 'bank activity');
      await screenshot(page, 'bank-activity-en');

      // A year back: the address says so, and there is at least as much.
      const termCount = await entries.count();
      const yearAgo = addDays(todayIso(), -365);
      await since.fill(yearAgo);
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL((url) => url.searchParams.get('since') === yearAgo);
      await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(termCount);

      // A day in the future is refused at the field.
      const tomorrow = addDays(todayIso(), 1);
      await since.fill(tomorrow);
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL((url) => url.searchParams.get('since') === tomorrow);
      await page.getByText('Choose a date that is not in the future.').waitFor();
      expect(await since.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'bank activity, a refused day');

      await page.getByRole('button', { name: 'Since the start of the term' }).click();
      await page.waitForURL((url) => !url.searchParams.has('since'));
      await entries.first().waitFor();
    });

    it('reads in Spanish, and the new pages pass axe there', async () => {
      const { page, region } = suite;
      // The admin, who curates every network: the language choice is remembered on the account,
      // so this test does not switch the coordinator's.
      await signIn(page, region.admin, `/networks/${region.network.slug}/collections`);
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await arriveAt(page, `Colecciones de ${region.network.name}`, 'network collections in Spanish');
      const [a] = await twoResources(page);

      await page.getByRole('link', { name: 'Nueva colección' }).click();
      await arriveAt(page, `Nueva colección para ${region.network.name}`, 'new collection form in Spanish');
      await page.getByRole('button', { name: 'Crear la colección' }).click();
      await page.getByRole('alert').getByText('Título: Escribe al menos 3 caracteres.').waitFor();
      await expectAccessible(page, 'new collection form with an error, in Spanish');
      await screenshot(page, 'collection-new-error-es');
      const title = `Para empezar ${Date.now()}`;
      await page.getByLabel('Título', { exact: true }).fill(title);
      await page.getByRole('button', { name: 'Crear la colección' }).click();
      await arriveAt(page, title, 'collection page in Spanish');

      const box = page.getByRole('combobox', { name: 'Añadir un recurso' });
      await box.fill(a.title);
      await page.getByRole('option').first().waitFor();
      await expectAccessible(page, 'the type-ahead open, in Spanish');
      await page
        .getByRole('option', { name: new RegExp(`^${escape(a.title)}`) })
        .first()
        .click();
      await expectStatus(page, new RegExp(`^«${escape(a.title)}» añadido en la posición 1 de 1`));
      await page.getByRole('button', { name: 'Guardar la lista' }).click();
      await expectStatus(page, 'Se ha guardado la lista de recursos.');
      await expectAccessible(page, 'collection editor in Spanish');
      await screenshot(page, 'collection-editor-es');

      await page.getByRole('link', { name: 'Editar', exact: true }).click();
      await arriveAt(page, `Editar «${title}»`, 'edit collection form in Spanish');

      await page.goto(`/networks/${region.network.slug}/bank-activity`);
      await arriveAt(page, `Lo compartido y adaptado en ${region.network.name}`, 'bank activity in Spanish');
      await page
        .getByRole('region', { name: /^Compartido desde el / })
        .getByRole('listitem')
        .first()
        .waitFor();
      await expectAccessible(page, 'bank activity in Spanish');
      await screenshot(page, 'bank-activity-es');
    });
  });
}
