/**
 * Network pages' words for issue 11: a new network whose name exists says so before a second one
 * is made, in the reader's language; a facilitator on the edit page is told they may not edit.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { queryRows } from '../../../server/src/db/database.js';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, signIn, type BrowserSuite } from '../support/suite.ts';
import type { Account } from '../support/region.ts';

/** Signs in through the Spanish form. */
async function signInInSpanish(page: Page, account: Account, path: string) {
  await page.goto(path);
  await page.getByRole('banner').getByRole('link', { name: 'Iniciar sesión' }).click();
  await page.getByLabel('Correo electrónico').fill(account.email);
  await page.getByLabel('Contraseña').fill(account.password);
  await page.getByRole('main').getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.getByText(`Sesión iniciada como ${account.name}`).waitFor();
}

/** Registers the tests on the shared browser suite. */
export function networkWordsFlows(suite: BrowserSuite) {
  describe('network pages’ words', () => {
    it('says a network of the same name exists, and creates a second only when confirmed', async () => {
      const { page, region } = suite;
      await signIn(page, region.admin, '/networks/new');
      await arriveAt(page, 'New network', 'new network');
      // Another case and no accents: still the same name to a reader.
      const typed = region.network.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      await page.getByLabel('Name', { exact: true }).fill(typed);
      const notice = page.locator('#network-same-name');
      await notice.getByText(`A network called “${region.network.name}” already exists.`).waitFor();
      await notice.getByRole('link', { name: `Open ${region.network.name}` }).waitFor();
      await expectAccessible(page, 'new network with a name that exists');
      await page.getByLabel('Web address').fill('segunda-red-de-lectura');
      await page.getByRole('button', { name: 'Create network' }).click();
      await page
        .getByRole('alert')
        .getByRole('link', { name: /^Name: A network called/ })
        .waitFor();
      expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');

      await notice.getByLabel('Create a second network with this name anyway').check();
      await page.getByRole('button', { name: 'Create network' }).click();
      await arriveAt(page, typed, 'the second network’s page');
    });

    it('says so in Spanish, at the name field', async () => {
      const { region } = suite;
      const page = await (await suite.newContext({ locale: 'es-ES' })).newPage();
      await signInInSpanish(page, region.admin, '/networks/new');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByLabel('Nombre', { exact: true }).fill(region.network.name.toUpperCase());
      await page
        .locator('#network-same-name')
        .getByText(`Ya existe una red llamada «${region.network.name}».`)
        .waitFor();
      await expectAccessible(page, 'nueva red con un nombre que ya existe');
    });

    it('tells a facilitator that they may not edit the network, not that it is missing', async () => {
      const { page, region } = suite;
      const email = 'facilitator@demo.trellis.test';
      const [row] = await queryRows<{ name: string }>(
        suite.db,
        sql`select display_name as name from people where email = ${email}`,
      );
      const facilitator = { email, password: region.member.password, name: row!.name };
      await signIn(page, facilitator, `/networks/${region.network.slug}/edit`);
      await arriveAt(page, 'You may not edit this network', 'edit page, not allowed');
      await page.getByText('Only the network’s coordinators', { exact: false }).waitFor();
      await page.getByRole('link', { name: `Back to ${region.network.name}` }).click();
      await arriveAt(page, region.network.name, 'back on the network page');
    });
  });
}
