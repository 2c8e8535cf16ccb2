/** A network's page: members by role, adding a member, editing the network, and who may do what. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, heading, signIn, type BrowserSuite } from '../support/suite.ts';

const members = (page: Page) => page.getByRole('region', { name: 'Members', exact: true });
/** The role groups' headings, in page order, without their counts. */
const roleGroups = async (page: Page) =>
  (await members(page).getByRole('heading', { level: 3 }).allTextContents()).map((text) =>
    text.replace(/\s*\(.*\)$/, ''),
  );

/** Registers the network page tests on the shared browser suite. */
export function networkFlows(suite: BrowserSuite) {
  describe('network page', () => {
    it('opens from the directory, moves focus to its heading, and groups members by role', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator);
      await page.getByLabel('Search by name').fill(region.search.text);
      await page.getByRole('link', { name: region.network.name }).click();
      await arriveAt(page, region.network.name, 'network page');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.title()).toBe(`${region.network.name} – Trellis`);

      await page.getByRole('heading', { name: 'Shared goal' }).waitFor();
      await page
        .getByText(/^Level \d: /)
        .first()
        .waitFor();
      const groups = await roleGroups(page);
      expect(groups[0]).toBe('Coordinators');
      expect(groups).toContain('Members');
      const coordinators = members(page).getByRole('region', { name: /^Coordinators/ });
      await coordinators.getByRole('link', { name: region.coordinator.name }).waitFor();
    });

    it('lets a coordinator add a member with the keyboard and see them listed', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page (coordinator)');
      const form = page.getByRole('region', { name: 'Add a member' });
      const combobox = form.getByRole('combobox', { name: 'Organisation or person' });
      await combobox.fill(region.candidate.search);
      const option = form.getByRole('option', { name: new RegExp(region.candidate.name) }).first();
      await option.waitFor();
      await expectAccessible(page, 'add-member suggestions open');
      // Walk down the suggestions with the arrow key until the candidate is the active option.
      for (let step = 0; step < 16 && (await option.getAttribute('aria-selected')) !== 'true'; step += 1) {
        await combobox.press('ArrowDown');
      }
      expect(await combobox.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
      await combobox.press('Enter');
      expect(await combobox.inputValue()).toBe(region.candidate.name);
      await form.getByLabel('Role').selectOption('evaluator');
      await form.getByRole('button', { name: 'Add member' }).click();
      await expectStatus(page, `${region.candidate.name} was added as Evaluator.`);
      const evaluators = members(page).getByRole('region', { name: /^Evaluators/ });
      await evaluators.getByRole('link', { name: region.candidate.name }).waitFor();
      expect(await combobox.inputValue()).toBe('');
      await expectAccessible(page, 'network page after adding a member');
    });

    it('shows a plain member no edit controls', async () => {
      const { page, region } = suite;
      await signIn(page, region.member, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page (member)');
      await members(page)
        .getByRole('region', { name: /^Coordinators/ })
        .getByRole('link')
        .first()
        .waitFor();
      expect(await page.getByRole('link', { name: 'Edit network' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Add a member' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Change role/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^End membership/ }).count()).toBe(0);
    });

    it('lets a coordinator edit the shared goal, and shows the API’s field errors', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
      await page.getByRole('link', { name: 'Edit network' }).click();
      await arriveAt(page, `Edit ${region.network.name}`, 'edit network');

      await page.getByLabel('Name', { exact: true }).fill('X');
      await page.getByRole('button', { name: 'Save changes' }).click();
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: /^Name: / }).waitFor();
      expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'edit network with errors');

      const goal = 'Every pupil in years 1–3 reads fluently by June 2028.';
      await page.getByLabel('Name', { exact: true }).fill(region.network.name);
      await page.getByLabel('Shared goal').fill(goal);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expectStatus(page, 'The network was saved.');
      await heading(page, region.network.name).waitFor();
      await page.getByRole('region', { name: 'Shared goal' }).getByText(goal).waitFor();
      await page.reload();
      await page.getByRole('region', { name: 'Shared goal' }).getByText(goal).waitFor();
    });

    it('lets a coordinator change a member’s role and end a membership', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page (coordinator)');
      const { name } = region.evaluator;
      await page.getByLabel(`Role of ${name}`).selectOption('facilitator');
      await page.getByRole('button', { name: `Change role: ${name}` }).click();
      await expectStatus(page, `${name} is now: Facilitator.`);
      await members(page)
        .getByRole('region', { name: /^Facilitators/ })
        .getByRole('link', { name })
        .waitFor();

      await page.getByRole('button', { name: `End membership: ${name}` }).click();
      await page.getByRole('button', { name: 'End it' }).click();
      await expectStatus(page, `The membership of ${name} has ended.`);
      await members(page).getByRole('link', { name }).waitFor({ state: 'detached' });
    });
  });
}
