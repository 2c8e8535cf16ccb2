/**
 * Suggested connections: a demo member lists a need on their own page and is shown who in
 * another school can help, and their school is shown a school to connect with. The e2e server
 * runs no analysis runner, so the set-up gives the network a few ties and computes its people
 * and organisations analyses itself, by id (other analyses may be queued).
 */
import { sql } from 'drizzle-orm';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/src/db/database.js';
import { analyseNetwork } from '../support/analysis-ties.ts';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, signIn, tabTo, type BrowserSuite } from '../support/suite.ts';

/** A need no one in the demo region lists as expertise but the helper chosen below. */
const NEED = 'peer observation';

interface Facts {
  memberId: string;
  school: { id: string; name: string };
  helper: { name: string; organisation: string };
}

/** A suggestion's sentence, without the "Ask for an introduction" button after it. */
const sentenceOf = (item: Locator) =>
  item.evaluate((li) =>
    [...li.childNodes]
      .filter((node) => node.nodeName !== 'BUTTON' && node.nodeName !== 'P')
      .map((node) => node.textContent)
      .join(''),
  );

/** Registers the suggested-connections tests on the shared browser suite. */
export function suggestionFlows(suite: BrowserSuite) {
  describe('suggested connections', () => {
    const facts = {} as Facts;

    beforeAll(async () => {
      const { db, region } = suite;
      const [member] = await queryRows<{ id: string; network_id: string; school_id: string; school: string }>(
        db,
        sql`select p.id, n.id as network_id, o.id as school_id, o.name as school
          from people p join affiliations a on a.person_id = p.id join organisations o on o.id = a.organisation_id, networks n
          where p.email = ${region.member.email} and n.slug = ${region.network.slug} order by o.name limit 1`,
      );
      if (!member) throw new Error('The demo member has no school.');
      // Someone on the staff of another member school of the network, first by name.
      const [helper] = await queryRows<{ id: string; name: string; organisation: string }>(
        db,
        sql`select p.id, p.display_name as name, o.name as organisation
          from network_memberships m join organisations o on o.id = m.organisation_id
          join affiliations a on a.organisation_id = o.id and a.end_date is null join people p on p.id = a.person_id
          where m.network_id = ${member.network_id} and m.end_date is null and o.kind = 'school' and o.id <> ${member.school_id}
            and not exists (select 1 from affiliations x where x.person_id = p.id and x.organisation_id = ${member.school_id})
            and (select count(*) from affiliations y where y.person_id = p.id and y.end_date is null) = 1
          order by o.name, p.display_name limit 1`,
      );
      if (!helper) throw new Error('The demo network has no other member school with staff.');
      await db.execute(
        sql`update people set expertise = array_append(expertise, ${NEED}) where id = ${helper.id}`,
      );
      // The demo gives people needs; this member starts with none, as someone new to Trellis does.
      await db.execute(sql`update people set needs = '{}' where id = ${member.id}`);
      // A few ties inside the member's own school: the network's map, small but real.
      await db.execute(sql`insert into ties (network_id, from_person_id, to_person_id, relation, source)
        select ${member.network_id}, ${member.id}, a.person_id, 'advice', 'import' from affiliations a
        where a.organisation_id = ${member.school_id} and a.person_id <> ${member.id} order by a.person_id limit 2`);
      // Each finished, or analyseNetwork throws.
      for (const level of ['people', 'organisations'] as const)
        await analyseNetwork(db, region.network.slug, level);
      Object.assign(facts, {
        memberId: member.id,
        school: { id: member.school_id, name: member.school },
        helper: { name: helper.name, organisation: helper.organisation },
      });
    });

    it('invites a member to list a need, then suggests a colleague in another school who can help', async () => {
      const { page, region } = suite;
      await signIn(page, region.member, `/people/${facts.memberId}`);
      await arriveAt(page, region.member.name, 'own person page');
      const panel = page.getByRole('region', { name: `Suggested connections in ${region.network.name}` });
      await panel.getByText('Add what you are looking for help with').waitFor();

      // Keyboard only: reach the needs field, type, Enter adds the tag, then save.
      await tabTo(page, page.getByRole('combobox', { name: 'Looking for help with' }));
      await page.keyboard.type(NEED);
      await page.keyboard.press('Enter');
      await page.getByRole('list', { name: 'Looking for help with' }).getByText(NEED).waitFor();
      await tabTo(page, page.getByRole('button', { name: 'Save expertise and needs' }));
      await page.keyboard.press('Enter');
      await expectStatus(page, 'Expertise and needs saved.');

      const suggestion = panel.getByRole('listitem').filter({ hasText: facts.helper.name });
      await suggestion.getByRole('link', { name: facts.helper.name }).waitFor();
      // The network keeps its map anonymous: the reason is the tag alone, never a position.
      expect(await sentenceOf(suggestion)).toBe(
        `${facts.helper.name} (${facts.helper.organisation}) lists ‘${NEED}’.`,
      );
      await expectAccessible(page, 'person page with suggestions');
      await suggestion
        .getByRole('button', { name: `Ask for an introduction to ${facts.helper.name}` })
        .click();
      await expectStatus(page, `We have written to ${facts.helper.name}.`);

      // The member's school is shown a school whose staff can help.
      await page
        .getByRole('region', { name: 'Affiliations' })
        .getByRole('link', { name: facts.school.name })
        .click();
      await arriveAt(page, facts.school.name, 'own school page');
      const schoolPanel = page.getByRole('region', {
        name: `Suggested connections in ${region.network.name}`,
      });
      const school = schoolPanel.getByRole('listitem').filter({ hasText: facts.helper.organisation });
      await school.getByRole('link', { name: facts.helper.organisation }).waitFor();
      // The demo's staff list needs and expertise of their own: the sentence names the first three
      // matches and counts the rest, so the new need is named or counted among them.
      const sentence = (await school.textContent()) ?? '';
      expect(sentence).toMatch(/has staff who list ‘[^’]+’(, ‘[^’]+’)*(,? and \d+ more)?/);
      if (!sentence.includes(`‘${NEED}’`)) expect(sentence).toMatch(/has staff who list [^.]* and \d+ more/);
      await expectAccessible(page, 'organisation page with suggestions');

      // The need was saved: it is on the profile after a reload; in Spanish too.
      await page.goto(`/people/${facts.memberId}`);
      await page.getByRole('list', { name: 'Looking for help with' }).getByText(NEED).waitFor();
      const language = page.getByRole('group', { name: 'Language' });
      await language.getByRole('button', { name: 'Español' }).click();
      const enEspañol = page.getByRole('region', { name: `Conexiones sugeridas en ${region.network.name}` });
      const sugerencia = enEspañol.getByRole('listitem').filter({ hasText: facts.helper.name });
      await sugerencia.waitFor();
      expect(await sentenceOf(sugerencia)).toBe(
        `${facts.helper.name} (${facts.helper.organisation}) indica «${NEED}».`,
      );
      await expectAccessible(page, 'person page with suggestions, in Spanish');
      await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();

      // A coordinator, who may see the named map, is told where the suggestion reaches.
      const coordinator = await (await suite.newContext()).newPage();
      await signIn(coordinator, region.coordinator, `/people/${facts.memberId}`);
      await arriveAt(coordinator, region.member.name, 'a member’s page, as their coordinator');
      const named = coordinator
        .getByRole('region', { name: `Suggested connections in ${region.network.name}` })
        .getByRole('listitem')
        .filter({ hasText: facts.helper.name });
      await named.waitFor();
      // Which position depends on the demo's survey ties; what matters is that one is given,
      // where the member was told the tag alone.
      const reason = (await named.textContent()) ?? '';
      const who = `${facts.helper.name} (${facts.helper.organisation}), `;
      const what = `, lists ‘${NEED}’.`;
      expect(reason.startsWith(who) && reason.endsWith(what)).toBe(true);
      const position = reason.slice(who.length, reason.length - what.length);
      expect(
        ['who has no ties in the network yet', 'in another group of the network'].includes(position) ||
          position.startsWith('a broker between the groups of '),
      ).toBe(true);

      // And the need can be removed again.
      await page.getByRole('button', { name: `Remove ‘${NEED}’` }).click();
      await page.getByRole('button', { name: 'Save expertise and needs' }).click();
      await expectStatus(page, 'Expertise and needs saved.');
      await panel.getByText('Add what you are looking for help with').waitFor();
    });
  });
}
