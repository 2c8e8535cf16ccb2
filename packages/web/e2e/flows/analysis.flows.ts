/**
 * The network analysis page: measures, the WebGL map, the table view, the coordinator's lists,
 * downloads, who sees names, and asking for an analysis. The set-up gives the showcase network
 * imported advice ties and runs its analysis with the server's runner (the test server runs none).
 */
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { queryRows } from '../../../server/src/db/database.js';
import { expectAccessible } from '../support/axe.ts';
import { analyseNetwork, importAdviceTies, runAnalysis } from '../support/analysis-ties.ts';
import { arriveAt, expectStatus, signIn, tabTo, type BrowserSuite } from '../support/suite.ts';

const FIRST_FRAME_MARK = 'trellis:map-first-frame';

const analysisPath = (slug: string, query = '') => `/networks/${slug}/analysis${query}`;
const mapImage = (page: Page) => page.getByRole('img', { name: /^Network map/ });
const tableRegion = (page: Page) => page.getByRole('region', { name: 'Table', exact: true });

/** Waits until sigma has drawn its first frame. */
const mapDrawn = (page: Page) =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME_MARK);

/**
 * How many pixels of the map differ from its white background: the screenshot is decoded by the
 * browser itself (an <img> drawn on a 2D canvas), so no image library is needed.
 */
async function inkedPixels(page: Page, element: Locator): Promise<number> {
  const png = (await element.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 720) inked += 1;
    return inked;
  }, png);
}

/** The numbers in one column of the node table, top to bottom, once the page asked for has arrived. */
async function columnValues(page: Page, column: number): Promise<number[]> {
  await tableRegion(page).locator('table[aria-busy="false"]').waitFor();
  const cells = await tableRegion(page).locator(`tbody tr td:nth-of-type(${column})`).allTextContents();
  return cells.map((text) => Number(text.replace(/[^\d.-]/g, '')));
}

/** Registers the analysis page tests on the shared browser suite. */
export function analysisFlows(suite: BrowserSuite) {
  describe('network analysis', () => {
    beforeAll(async () => {
      await importAdviceTies(suite.db, suite.region.network.slug);
      await analyseNetwork(suite.db, suite.region.network.slug);
    }, 120_000);

    it('opens from the network page and shows the measures and a drawn map', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
      await page.getByRole('link', { name: 'Network analysis' }).click();
      await arriveAt(page, 'Network analysis', 'analysis page');
      expect(await page.title()).toBe(`Network analysis: ${region.network.name} – Trellis`);

      const measures = page.getByRole('region', { name: 'Measures' });
      await measures.getByText('Density', { exact: true }).waitFor();
      const ties = await measures.getByRole('definition').nth(1).locator('.measure-value').textContent();
      expect(Number(ties?.replace(/\D/g, ''))).toBeGreaterThan(100);
      await measures.getByText('Within vs across organisations (E-I)').waitFor();

      await mapImage(page).waitFor();
      await mapDrawn(page);
      expect(await mapImage(page).getAttribute('aria-label')).toMatch(
        /^Network map: [\d,]+ people and [\d,]+ ties/,
      );
      // Hundreds of coloured nodes and grey ties, not a blank white box.
      expect(await inkedPixels(page, mapImage(page))).toBeGreaterThan(5_000);
      await page
        .getByRole('region', { name: /^Legend: Organisation/ })
        .getByRole('listitem')
        .first()
        .waitFor();
      await expectAccessible(page, 'analysis page with the map');
    });

    it('finds a person on the map and focuses on their neighbourhood', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, analysisPath(region.network.slug));
      await mapDrawn(page);
      await page.getByLabel('Find a person').fill(region.coordinator.name);
      await page.getByLabel('Find a person').press('Enter');
      await expectStatus(page, new RegExp(`^Showing ${region.coordinator.name} and \\d+ direct ties\\.$`));
      const focus = page.getByRole('region', { name: 'In focus' });
      await focus.getByText(region.coordinator.name, { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Show the whole map' }).click();
      await focus.getByRole('button', { name: 'Show everyone' }).click();
      await focus.waitFor({ state: 'detached' });
    });

    it('reaches the table with the keyboard and sorts it', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, analysisPath(region.network.slug));
      const mapTab = page.getByRole('tab', { name: 'Map' });
      await tabTo(page, mapTab);
      await page.keyboard.press('ArrowRight');
      const tableTab = page.getByRole('tab', { name: 'Table' });
      await expect.poll(() => tableTab.getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => tableTab.evaluate((element) => element === document.activeElement)).toBe(true);
      await tableRegion(page).getByRole('table').waitFor();
      await expectAccessible(page, 'analysis table view');

      const tiesHeader = tableRegion(page).getByRole('columnheader', { name: /^Ties/ });
      await tabTo(page, tiesHeader.getByRole('button'));
      await page.keyboard.press('Enter');
      await expect.poll(() => tiesHeader.getAttribute('aria-sort')).toBe('descending');
      const descending = await columnValues(page, 2);
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
      await page.keyboard.press('Enter');
      await expect.poll(() => tiesHeader.getAttribute('aria-sort')).toBe('ascending');
      await tableRegion(page)
        .getByRole('caption')
        .filter({ hasText: 'sorted by Ties (lowest first)' })
        .waitFor();
      const ascending = await columnValues(page, 2);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      expect(new URL(page.url()).searchParams.get('order')).toBe('asc');
    });

    it('lists the isolates and the single points of failure', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, analysisPath(region.network.slug));
      const attention = page.getByRole('region', { name: 'Who needs attention' });
      const isolates = attention.getByRole('link', { name: /^Isolates \(\d+\)$/ });
      const count = Number((await isolates.textContent())?.replace(/\D/g, ''));
      expect(count).toBeGreaterThan(0);
      await isolates.click();
      await tableRegion(page).getByRole('table').waitFor();
      expect(await page.getByLabel('Show', { exact: true }).inputValue()).toBe('isolates');
      await tableRegion(page)
        .getByText(count === 1 ? '1 row' : `${count.toLocaleString('en')} rows`)
        .waitFor();
      const notes = await tableRegion(page).locator('tbody tr td:last-child').allTextContents();
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) expect(note).toContain('Isolate');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Table');

      await attention.getByRole('link', { name: /^Single points of failure \(\d+\)$/ }).click();
      await expect.poll(() => page.getByLabel('Show', { exact: true }).inputValue()).toBe('cutPoints');
      await expectAccessible(page, 'single points of failure');
    });

    it('downloads the network as GraphML', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, analysisPath(region.network.slug));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'GraphML (NetworkX, Gephi)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${region.network.slug}-people.graphml`);
      const file = await readFile((await download.path())!, 'utf8');
      expect(file).toContain('<graphml');
      expect(file.match(/<edge /g)?.length ?? 0).toBeGreaterThan(100);
    });

    it('shows a plain member no names, on the map or in the table', async () => {
      const { page, region } = suite;
      await signIn(page, region.member, analysisPath(region.network.slug));
      await mapDrawn(page);
      await page.getByText('Names are hidden on this map, so it cannot be searched by name.').waitFor();
      // Nothing fewer than k = 5 people share is shown either, and the map says so.
      await page.getByText(/^Names are hidden, and so is anything fewer than 5 people share/).waitFor();
      await page.getByRole('tab', { name: 'Table' }).click();
      await tableRegion(page).locator('tbody th').first().waitFor();
      await page.getByText(/Measures are shown in bands of at least 5 people/).waitFor();
      const names = await tableRegion(page).locator('tbody th').allTextContents();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toMatch(/^Anonymous \(\d+\)$/);
      // Ties in bands (one value, or a range), never an exact count that ranks one person.
      const ties = await tableRegion(page).locator('tbody tr td:nth-child(3)').allTextContents();
      for (const cell of ties) expect(cell).toMatch(/^(\d+|\d+–\d+|–)$/);
      expect(await page.locator('main').textContent()).not.toContain(region.coordinator.name);
      await page.getByRole('button', { name: /^Analyse/ }).waitFor({ state: 'detached' });
    });

    it('lets a coordinator ask for an analysis of one relation and shows it once done', async () => {
      const { page, region, db } = suite;
      await signIn(page, region.coordinator, analysisPath(region.network.slug, '?relation=advice'));
      await page.getByText('These ties have not been analysed yet.').waitFor();
      await page.getByRole('button', { name: 'Analyse these ties' }).click();
      await expectStatus(page, 'The analysis has been requested.');
      await page.getByText('The analysis is waiting its turn. This page updates by itself.').waitFor();
      const [queued] = await queryRows<{ id: string }>(
        db,
        sql`select a.id from analyses a join networks n on n.id = a.network_id
          where n.slug = ${region.network.slug} and a.relation = 'advice' and a.status = 'queued'`,
      );
      await runAnalysis(db, queued!.id);
      await page.getByRole('region', { name: 'Measures' }).waitFor({ timeout: 15_000 });
      await mapDrawn(page);
    });

    it('speaks Spanish', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, analysisPath(region.network.slug));
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await arriveAt(page, 'Análisis de la red', 'analysis page in Spanish');
      await page.getByRole('region', { name: 'Medidas' }).getByText('Densidad', { exact: true }).waitFor();
      await page.getByRole('tab', { name: 'Tabla' }).click();
      await page.getByRole('region', { name: 'Tabla', exact: true }).getByRole('table').waitFor();
      await expectAccessible(page, 'analysis table in Spanish');
      // Back to English, which the account remembers, for the flows after this one.
      await page.getByRole('button', { name: 'English' }).click();
      await arriveAt(page, 'Network analysis');
    });
  });
}
