/** English and Spanish: the first visit follows the browser, the switch is remembered. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arriveAt, heading, signIn, type BrowserSuite } from '../support/suite.ts';

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Registers the language tests on the shared browser suite. */
export function languageFlows(suite: BrowserSuite) {
  describe('language', () => {
    it('switches to Spanish, and remembers it after a reload', async () => {
      const { page, region } = suite;
      await page.goto(`/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page');
      expect(await htmlLang(page)).toBe('en');
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await page.getByRole('heading', { name: 'Objetivo compartido' }).waitFor();
      // The demo network's goal is written in both languages: the Spanish one, unmarked.
      const goal = page.getByRole('region', { name: 'Objetivo compartido' }).getByText(/alumnado/);
      await goal.waitFor();
      expect(await goal.getAttribute('lang')).toBeNull();
      await page.getByRole('heading', { name: 'Miembros', exact: true }).waitFor();
      expect(await htmlLang(page)).toBe('es');
      expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');

      await page.reload();
      await arriveAt(page, region.network.name, 'network page in Spanish');
      await page.getByRole('heading', { name: 'Sobre esta red' }).waitFor();
      expect(await htmlLang(page)).toBe('es');
      await page.getByRole('navigation').getByRole('link', { name: 'Redes' }).click();
      await arriveAt(page, 'Redes', 'directory in Spanish');
      expect(await page.title()).toBe('Redes – Trellis');
      await page.getByLabel('Buscar por nombre').waitFor();
    });

    it('follows the browser’s language on a first visit', async () => {
      const page = await (await suite.newContext({ locale: 'es-ES' })).newPage();
      await page.goto('/');
      await arriveAt(page, 'Redes', 'directory for a Spanish browser');
      expect(await htmlLang(page)).toBe('es');
    });

    it('saves the choice to the account, so another device signs in in Spanish', async () => {
      const { page, region } = suite;
      await signIn(page, region.member);
      await page.getByRole('button', { name: 'Español' }).click();
      await heading(page, 'Redes').waitFor();
      // The account remembers it: a new device, in English by default, switches on signing in.
      const other = await (await suite.newContext()).newPage();
      await signIn(other, region.member, '/', `Sesión iniciada como ${region.member.name}`);
      expect(await htmlLang(other)).toBe('es');
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 'Networks').waitFor();
    });
  });
}
