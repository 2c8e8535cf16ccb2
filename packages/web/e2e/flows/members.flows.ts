/**
 * A network's members at scale: the network page's summary, the members page (search, filters,
 * pages, the role overview), adding one member or many from a CSV file, changing a role and
 * ending a membership with focus kept in the list, in English and Spanish.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { queryRows } from '../../../server/src/db/database.js';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, signIn, tabTo, type BrowserSuite } from '../support/suite.ts';

const results = (page: Page) => page.getByRole('region', { name: 'Members found' });
const search = (page: Page) => page.getByRole('search', { name: 'Find members' });
const membersTitle = (name: string) => `Members of ${name}`;

/** Registers the members tests on the shared browser suite. */
export function memberFlows(suite: BrowserSuite) {
  /** People in the demo region who are in no membership of the showcase network, with their emails. */
  const outsiders = async (count: number) =>
    queryRows<{ email: string; name: string }>(
      suite.db,
      sql`select p.email, p.display_name as name from people p
        where p.email is not null and not exists (select 1 from network_memberships m
          join networks n on n.id = m.network_id
          where n.slug = ${suite.region.network.slug} and m.person_id = p.id)
        order by p.email desc limit ${count}`,
    );

  describe('members', () => {
    it('shows a summary on the network page, so its surveys and analysis are a few Tabs away', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page with the members summary');
      const summary = page.getByRole('region', { name: 'Members', exact: true });
      await summary.getByText(/\d+ organisations? · \d+ (people|person)/).waitFor();
      await summary.getByRole('link', { name: 'Show only: Coordinators' }).waitFor();
      expect(await page.getByRole('button', { name: /^End membership/ }).count()).toBe(0);
      expect(await page.getByRole('combobox').count()).toBe(0);
      // From the top of the page, the analysis link is reached in a few dozen presses, not hundreds.
      await page.getByRole('heading', { level: 1 }).focus();
      await tabTo(page, page.getByRole('link', { name: 'Network analysis' }), 40);

      await summary.getByRole('link', { name: 'See and manage all members' }).click();
      await arriveAt(page, membersTitle(region.network.name), 'members page');
      await results(page).getByRole('region', { name: 'Coordinators' }).waitFor();
    });

    it('searches, filters by role from the overview, and pages through the members', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}/members`);
      await arriveAt(page, membersTitle(region.network.name), 'members page');
      await page.getByRole('button', { name: 'Next page' }).click();
      await page.getByText('Page 2').waitFor();
      await page.getByRole('button', { name: 'Previous page' }).click();
      await page.getByText('Page 1').waitFor();

      await search(page).getByLabel('Name', { exact: true }).fill(region.evaluator.name);
      await search(page).getByLabel('Name', { exact: true }).press('Enter');
      await results(page).getByRole('link', { name: region.evaluator.name }).waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe(region.evaluator.name);
      await search(page).getByLabel('Name', { exact: true }).fill('zzzz-nobody');
      await search(page).getByRole('button', { name: 'Show members' }).click();
      await page.getByText('No current member matches these filters.').waitFor();
      await expectAccessible(page, 'members page, nothing found');
      await search(page).getByRole('button', { name: 'Clear filters' }).click();

      await page.getByRole('link', { name: 'Show only: Evaluators' }).click();
      await results(page).getByRole('region', { name: 'Evaluators' }).waitFor();
      // The cleared list also has an Evaluators region: wait for the filtered one, without coordinators.
      await results(page).getByRole('region', { name: 'Coordinators' }).waitFor({ state: 'detached' });
      expect(await search(page).getByLabel('Role', { exact: true }).inputValue()).toBe('evaluator');

      await search(page).getByLabel('Role', { exact: true }).selectOption('');
      await search(page).getByLabel('Organisations or people').selectOption('organisation');
      await search(page).getByLabel('Kind of organisation').selectOption('school');
      await search(page).getByRole('button', { name: 'Show members' }).click();
      // The evaluators' list still shows links until the new one arrives: wait for the schools themselves.
      await results(page).getByText('School', { exact: false }).first().waitFor();
      expect(new URL(page.url()).searchParams.get('kind')).toBe('school');
      await expectAccessible(page, 'members page, schools');
    });

    it('adds a member with the keyboard, and says who is already a member', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}/members`);
      await arriveAt(page, membersTitle(region.network.name), 'members page (coordinator)');
      const form = page.getByRole('region', { name: 'Add a member' });
      const combobox = form.getByRole('combobox', { name: 'Organisation or person' });

      await combobox.fill(region.evaluator.name);
      const existing = form.getByRole('option', { name: new RegExp(region.evaluator.name) }).first();
      await existing.getByText('already a member').waitFor();
      await expectAccessible(page, 'add-member suggestions with a member');
      for (let step = 0; step < 16 && (await existing.getAttribute('aria-selected')) !== 'true'; step += 1) {
        await combobox.press('ArrowDown');
      }
      await combobox.press('Enter');
      await form.getByRole('button', { name: 'Add member' }).click();
      await page
        .getByRole('alert')
        .getByText(`${region.evaluator.name} is already a member of this network.`)
        .waitFor();

      await combobox.fill(region.candidate.search);
      const option = form.getByRole('option', { name: new RegExp(region.candidate.name) }).first();
      await option.waitFor();
      expect(await option.getByText('already a member').count()).toBe(0);
      for (let step = 0; step < 16 && (await option.getAttribute('aria-selected')) !== 'true'; step += 1) {
        await combobox.press('ArrowDown');
      }
      await combobox.press('Enter');
      expect(await combobox.inputValue()).toBe(region.candidate.name);
      await form.getByLabel('Role').selectOption('evaluator');
      await form.getByRole('button', { name: 'Add member' }).click();
      await expectStatus(page, `${region.candidate.name} was added as Evaluator.`);
      await results(page)
        .getByRole('region', { name: 'Evaluators' })
        .getByRole('link', { name: region.candidate.name })
        .waitFor();
      expect(await combobox.inputValue()).toBe('');
    });

    it('changes a role, then ends the membership and keeps focus in the list', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}/members?role=evaluator`);
      await arriveAt(page, membersTitle(region.network.name), 'members page, evaluators');
      const evaluators = results(page).getByRole('region', { name: 'Evaluators' });
      const names = await evaluators.locator('.member-name').allTextContents();
      expect(names.length).toBeGreaterThan(1);
      const [first = '', second = ''] = names;
      await page.getByRole('button', { name: `End membership: ${first}` }).click();
      await page.getByRole('button', { name: 'End it' }).click();
      await expectStatus(page, `The membership of ${first} has ended.`);
      await evaluators.getByRole('link', { name: first }).waitFor({ state: 'detached' });
      await page.waitForFunction((name) => document.activeElement?.textContent === name, second);

      await page.getByLabel(`Role of ${second}`).selectOption('facilitator');
      await page.getByRole('button', { name: `Change role: ${second}` }).click();
      await expectStatus(page, `${second} is now: Facilitator.`);
    });

    it('adds many members from a CSV file, or none with a report by row', async () => {
      const { page, region } = suite;
      const [one, two] = await outsiders(2);
      await signIn(page, region.coordinator, `/networks/${region.network.slug}/members`);
      await arriveAt(page, membersTitle(region.network.name), 'members page (import)');
      const section = page.getByRole('region', { name: 'Add many members from a file' });
      const file = section.getByLabel('CSV file');
      const choose = (text: string) =>
        file.setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

      await choose(
        `person_email,role\n${one!.email},member\nnobody@nowhere.test,member\n${region.coordinator.email},member\n`,
      );
      await section.getByRole('button', { name: 'Check and add members' }).click();
      const report = section.getByRole('alert');
      await report.getByText('Nothing was added.', { exact: false }).waitFor();
      await report.getByText('Row 3, column person_email').waitFor();
      await report.getByText('Row 4, column person_email').waitFor();
      expect(await report.evaluate((element) => element === document.activeElement)).toBe(true);
      await expectAccessible(page, 'members import refused');
      const membershipsOf = async (email: string) =>
        (
          await queryRows<{ count: number }>(
            suite.db,
            sql`select count(*)::int as count from network_memberships m join people p on p.id = m.person_id
              join networks n on n.id = m.network_id where n.slug = ${region.network.slug} and p.email = ${email}`,
          )
        )[0]?.count;
      expect(await membershipsOf(one!.email)).toBe(0);

      await choose(`person_email,role\n${one!.email},member\n${two!.email},observer\n`);
      await section.getByRole('button', { name: 'Check and add members' }).click();
      await expectStatus(page, '2 members were added.');
      expect(await membershipsOf(one!.email)).toBe(1);
      expect(await membershipsOf(two!.email)).toBe(1);
    });

    it('reads in Spanish, labels and the import’s report included', async () => {
      const { region } = suite;
      const page = await (await suite.newContext({ locale: 'es-ES' })).newPage();
      await page.goto(`/networks/${region.network.slug}`);
      await page.getByRole('banner').getByRole('link', { name: 'Iniciar sesión' }).click();
      await page.getByLabel('Correo electrónico').fill(region.coordinator.email);
      await page.getByLabel('Contraseña').fill(region.coordinator.password);
      await page.getByRole('main').getByRole('button', { name: 'Iniciar sesión' }).click();
      await page.getByRole('heading', { level: 1, name: region.network.name }).waitFor();
      await page.getByRole('link', { name: 'Ver y gestionar todos los miembros' }).click();
      await arriveAt(page, `Miembros de ${region.network.name}`, 'página de miembros');
      await page
        .getByRole('region', { name: 'Miembros encontrados' })
        .getByRole('region', { name: 'Coordinación' })
        .waitFor();
      await page.getByLabel('Tipo de organización').waitFor();
      const section = page.getByRole('region', { name: 'Añadir muchos miembros desde un archivo' });
      await section.getByLabel('Archivo CSV').setInputFiles({
        name: 'm.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('person_email,end_date\na@b.test,2026-01-01\n'),
      });
      await section.getByRole('button', { name: 'Comprobar y añadir miembros' }).click();
      await section.getByRole('alert').getByText('No se ha añadido nadie.', { exact: false }).waitFor();
      await section.getByRole('alert').getByText('Fila de cabecera, columna end_date').waitFor();
      await expectAccessible(page, 'importación rechazada');
    });

    it('shows a plain member the members without any controls', async () => {
      const { page, region } = suite;
      await signIn(page, region.member, `/networks/${region.network.slug}/members`);
      await arriveAt(page, membersTitle(region.network.name), 'members page (member)');
      await results(page).getByRole('region', { name: 'Coordinators' }).getByRole('link').first().waitFor();
      expect(await page.getByRole('region', { name: 'Add a member' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Add many members from a file' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Change role/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^End membership/ }).count()).toBe(0);
    });
  });
}
