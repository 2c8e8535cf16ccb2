/**
 * Tags from the bilingual topic vocabulary: typing part of a topic's name in the other language
 * offers the topic in the reader's language, it is stored as the topic's key, and its chip reads
 * in whichever language the page is in.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/src/db/database.js';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, signIn, tabTo, type BrowserSuite } from '../support/suite.ts';

/** Registers the topic type-ahead tests on the shared browser suite. */
export function topicFlows(suite: BrowserSuite) {
  describe('topics', () => {
    it('offers “reading” to someone typing “lect”, stores its key, and shows “lectura” in Spanish', async () => {
      const { db, page, region } = suite;
      const [member] = await queryRows<{ id: string }>(
        db,
        sql`select id from people where email = ${region.member.email}`,
      );
      if (!member) throw new Error('The demo member is missing.');
      await db.execute(sql`update people set expertise = '{}' where id = ${member.id}`);

      await signIn(page, region.member, `/people/${member.id}`);
      await arriveAt(page, region.member.name, 'own person page');
      await tabTo(page, page.getByRole('combobox', { name: 'Expertise' }));
      await page.keyboard.type('lect');
      // The Spanish name matched, so the option says which name it was.
      const option = page.getByRole('option').filter({ hasText: /^reading/ });
      await option.waitFor();
      expect(await option.textContent()).toBe('reading · also “lectura”');
      await expectAccessible(page, 'topic type-ahead, open');
      await option.click();
      const chips = page.getByRole('list', { name: 'Expertise' });
      await chips.getByText('reading', { exact: true }).waitFor();
      await tabTo(page, page.getByRole('button', { name: 'Save expertise and needs' }));
      await page.keyboard.press('Enter');
      await expectStatus(page, 'Expertise and needs saved.');
      const [saved] = await queryRows<{ expertise: string[] }>(
        db,
        sql`select expertise from people where id = ${member.id}`,
      );
      expect(saved?.expertise).toEqual(['reading']);

      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await page.getByRole('list', { name: 'Experiencia' }).getByText('lectura', { exact: true }).waitFor();
      await page.getByRole('combobox', { name: 'Experiencia' }).fill('readi');
      const opcion = page
        .getByRole('option')
        .filter({ hasText: /^comprensión lectora|^lectura/ })
        .first();
      await opcion.waitFor();
      await expectAccessible(page, 'topic type-ahead, open, in Spanish');
      await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    });
  });
}
