/**
 * A network's page: its members by role (the members page is members.flows.ts), editing the
 * network and its parents, and who may do what.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, heading, signIn, type BrowserSuite } from '../support/suite.ts';

/** The network page's list of the networks it is part of. */
const parentsPanel = (page: Page) => page.getByRole('region', { name: 'Part of' });
/** The edit form's checkboxes of parent networks. */
const partOfFieldset = (page: Page) => page.getByRole('group', { name: 'Part of' });

const members = (page: Page) => page.getByRole('region', { name: 'Members', exact: true });

/** Registers the network page tests on the shared browser suite. */
export function networkFlows(suite: BrowserSuite) {
  describe('network page', () => {
    it('opens from the directory, moves focus to its heading, and counts members by role', async () => {
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
      // The members are on their own page; this one shows how many there are in each role.
      const roles = await members(page).getByRole('rowheader').allTextContents();
      expect(roles[0]).toBe('Coordinators');
      expect(roles).toContain('Members');
      await members(page).getByRole('link', { name: 'See and manage all members' }).waitFor();
    });

    it('shows a plain member no edit controls', async () => {
      const { page, region } = suite;
      await signIn(page, region.member, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page (member)');
      await members(page).getByRole('link', { name: 'See all members' }).waitFor();
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
      await page.getByLabel('Shared goal in English').fill(goal);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expectStatus(page, 'The network was saved.');
      await heading(page, region.network.name).waitFor();
      await page.getByRole('region', { name: 'Shared goal' }).getByText(goal).waitFor();
      await page.reload();
      await page.getByRole('region', { name: 'Shared goal' }).getByText(goal).waitFor();
    });

    it('lets an admin add a parent network, which the network page then lists; a coordinator needs its coordinators', async () => {
      const { page, region } = suite;
      /** Ticks a network that is not yet a parent on the edit page; answers its name. */
      const tickNewParent = async (savedParents: string[], name?: string) => {
        await page.getByRole('link', { name: 'Edit network' }).click();
        await arriveAt(page, `Edit ${region.network.name}`, 'edit network');
        const partOf = partOfFieldset(page);
        await partOf.getByRole('checkbox').first().waitFor();
        for (const parent of savedParents) {
          expect(await partOf.getByRole('checkbox', { name: parent, exact: true }).isChecked()).toBe(true);
        }
        expect(await partOf.getByRole('checkbox', { name: region.network.name, exact: true }).count()).toBe(
          0,
        );
        // Any network not yet a parent will do: this one has no networks within it, so no loop.
        const unchecked = partOf.getByRole('checkbox', { checked: false }).first();
        const added =
          name ?? (await unchecked.evaluate((box) => box.closest('label')?.textContent ?? '')).trim();
        // By name from here on: "the first unchecked one" would be another box once this is ticked.
        const choice = partOf.getByRole('checkbox', { name: added, exact: true });
        await choice.focus();
        await page.keyboard.press('Space');
        expect(await choice.isChecked()).toBe(true);
        await page.getByRole('button', { name: 'Save changes' }).click();
        return added;
      };

      // Putting a network under another lets its people into that one: it is that network's call.
      await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page (coordinator)');
      const savedParents = await parentsPanel(page).getByRole('link').allTextContents();
      const added = await tickNewParent(savedParents);
      await page
        .locator('#network-parentIds-error')
        .getByText(`Only the coordinators of “${added}” may put a network under it.`)
        .waitFor();
      await expectAccessible(page, 'edit network, parent refused');

      await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click();
      await signIn(page, region.admin, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page (admin)');
      await tickNewParent(savedParents, added);
      await expectStatus(page, 'The network was saved.');
      await heading(page, region.network.name).waitFor();
      await parentsPanel(page).getByRole('link', { name: added, exact: true }).waitFor();
      for (const parent of savedParents) {
        await parentsPanel(page).getByRole('link', { name: parent, exact: true }).waitFor();
      }
    });

    it('refuses a parent that would make a loop, and says so at the field', async () => {
      const { page, region } = suite;
      await signIn(page, region.admin, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page (admin)');
      // Every parent of the network is above it, so the network cannot also be that parent's parent.
      const parent = parentsPanel(page).getByRole('link').first();
      const parentName = (await parent.textContent()) ?? '';
      await parent.click();
      await arriveAt(page, parentName, 'parent network page');
      await page.getByRole('link', { name: 'Edit network' }).click();
      await arriveAt(page, `Edit ${parentName}`, 'edit parent network');

      const partOf = partOfFieldset(page);
      await partOf.getByRole('checkbox', { name: region.network.name, exact: true }).check();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page
        .getByRole('alert')
        .getByRole('link', { name: /^Part of: / })
        .waitFor();
      expect(await partOf.getAttribute('aria-describedby')).toContain('network-parentIds-error');
      await page.locator('#network-parentIds-error').waitFor();
      await expectAccessible(page, 'edit network with a loop of parents');

      await page.getByRole('button', { name: 'Cancel' }).click();
      await arriveAt(page, parentName, 'parent network page after cancelling');
      expect(await parentsPanel(page).getByRole('link', { name: region.network.name }).count()).toBe(0);
    });
  });
}
