/**
 * The web app in a real browser, against the real server on the demo region.
 * Survey waves (issue 11): a survey and its first wave saved together or not at all, choosing
 * who a wave asks with the number shown before opening, the next wave with the same questions
 * once the previous one is closed, the wave page telling a member where to answer, and the
 * answer page asking before unsaved answers are lost, flagging empty frequencies and refusing
 * the same outsider twice, in English and Spanish.
 *
 * The flows share this file's demo region and the survey the first one creates, so they run in
 * order (see surveys.test.ts for how browser files run).
 */
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/src/db/database.js';
import { expectAccessible } from './support/axe.ts';
import { arriveAt, canRunBrowser, expectStatus, heading, signIn, useBrowserSuite } from './support/suite.ts';

const TITLE_ES = `Consejo entre centros ${Date.now().toString(36)}`;
const PROMPT = 'Whom do you go to for advice about assessment?';

const surveysSection = (page: Page) => page.getByRole('region', { name: 'Relationship surveys' });

/** Picks the first suggestion starting with `name` in a type-ahead. */
async function pick(page: Page, combobox: ReturnType<Page['getByRole']>, name: string) {
  await combobox.fill(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const option = page.getByRole('option', { name: new RegExp(`^${escaped}`) }).first();
  await option.waitFor();
  await option.click();
}

describe.skipIf(!canRunBrowser)('Trellis in a browser: survey waves', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  let wavePath = '';
  let school = '';

  beforeAll(async () => {
    // A member organisation of the showcase network that the demo member does not work at.
    const [row] = await queryRows<{ name: string }>(
      suite.db,
      sql`select o.name from network_memberships m
        join organisations o on o.id = m.organisation_id
        join networks n on n.id = m.network_id
        where n.slug = ${suite.region.network.slug} and m.end_date is null
          and not exists (select 1 from affiliations a join people p on p.id = a.person_id
            where a.organisation_id = o.id and p.email = ${suite.region.member.email})
          and (select count(*) from organisations same where same.name = o.name) = 1
        order by o.name limit 1`,
    );
    if (!row) throw new Error('The showcase network has no member organisation for this test.');
    school = row.name;
  });

  it('saves a survey with its first wave or not at all, and asks the staff of a chosen school', async () => {
    const { page, region } = suite;
    await signIn(page, region.coordinator, `/networks/${region.network.slug}/surveys/new`);
    await arriveAt(page, 'New relationship survey', 'new survey');
    await page.getByLabel('Title in Spanish').fill(TITLE_ES);
    const question = page.getByRole('group', { name: 'Question 1' });
    await question.getByLabel('Question in English').fill(PROMPT);
    await question
      .getByLabel('Question in Spanish')
      .fill('¿A quién acudes para pedir consejo sobre la evaluación?');
    await question.getByLabel('Ask how often (a frequency scale)').check();
    await page.getByLabel('Opens on').fill('2026-01-20');
    await page.getByLabel('Closes on').fill('2026-01-10');

    const who = page.getByRole('group', { name: 'Who is asked' });
    await who.getByText(/^[\d,]+ people will be asked\.$/).waitFor();
    await who.getByLabel('The staff of chosen organisations').check();
    await pick(page, who.getByRole('combobox', { name: 'Find an organisation' }), school);
    await expectStatus(page, `${school} added.`);
    await who
      .getByRole('list', { name: 'Organisations chosen' })
      .getByText(school, { exact: true })
      .waitFor();
    await who.getByText(/^[\d,]+ (people|person) will be asked\.$/).waitFor();
    await expectAccessible(page, 'new survey choosing who is asked');

    await page.getByRole('button', { name: 'Create survey and open the wave' }).click();
    const summary = page.getByRole('alert');
    await summary
      .getByRole('link', { name: /^Closes on: The wave cannot close before it opens\.$/ })
      .waitFor();
    expect(await page.getByLabel('Closes on').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'new survey with a wave closing before it opens');
    // Nothing was saved: the network lists no such survey.
    const surveys = await suite.page.request.get(`/api/v1/networks/${region.network.slug}/surveys`);
    expect(JSON.stringify(await surveys.json())).not.toContain(TITLE_ES);

    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('Opens on').fill(today);
    await page
      .getByLabel('Closes on')
      .fill(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Create survey and open the wave' }).click();
    await expectStatus(page, `The survey ${TITLE_ES} was created and its first wave is open.`);
    await heading(page, region.network.name).waitFor();
    const item = surveysSection(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: TITLE_ES }) });
    await item.getByRole('link', { name: new RegExp(`^Response rates and closing: ${TITLE_ES}`) }).click();
    await arriveAt(page, `${TITLE_ES}: wave 1`, 'wave page');
    wavePath = new URL(page.url()).pathname;
    const asked = page.getByRole('region', { name: 'Who is asked' });
    await asked.getByText(`The staff of ${school}`).waitFor();
    await asked.getByText(/^[\d,]+ (people|person) asked\.$/).waitFor();
    await expectAccessible(page, 'wave page with who is asked');
  });

  it('tells a member the wave does not ask them, in English and Spanish', async () => {
    const { page, region } = suite;
    await signIn(page, region.member, wavePath);
    await arriveAt(page, `${TITLE_ES}: wave 1`, 'wave page for a member');
    await page.getByText('You are not asked in this wave.').waitFor();
    await expectAccessible(page, 'wave page, not asked');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await heading(page, `${TITLE_ES}: oleada 1`).waitFor();
    await page.getByText('Esta oleada no te pregunta a ti.').waitFor();
    await expectAccessible(page, 'wave page, not asked, in Spanish');
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, `${TITLE_ES}: wave 1`).waitFor();
  });

  it('opens the next wave only once the previous one is closed, asking a list of people', async () => {
    const { page, region } = suite;
    await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
    await arriveAt(page, region.network.name, 'network page');
    const item = surveysSection(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: TITLE_ES }) });
    await item.getByRole('link', { name: `Open the next wave: ${TITLE_ES}` }).click();
    await arriveAt(page, `${TITLE_ES}: open wave 2`, 'open the next wave while one is open');
    await page.getByText(/^Wave 1 is still open\. Close it before opening the next one/).waitFor();
    await expectAccessible(page, 'next wave refused while one is open');
    await page.getByRole('link', { name: 'Follow and close wave 1' }).click();
    await arriveAt(page, `${TITLE_ES}: wave 1`, 'wave page');
    const close = page.getByRole('region', { name: 'Close the wave' });
    await close.getByRole('button', { name: 'Close the wave' }).click();
    await close.getByRole('button', { name: 'Yes, close it' }).click();
    await expectStatus(page, /^The wave is closed: \d+ ties were recorded\.$/);

    await page.goto(`/networks/${region.network.slug}`);
    await surveysSection(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: TITLE_ES }) })
      .getByRole('link', { name: `Open the next wave: ${TITLE_ES}` })
      .click();
    await arriveAt(page, `${TITLE_ES}: open wave 2`, 'open the next wave');
    await page.getByRole('region', { name: 'The questions' }).getByText(PROMPT).waitFor();
    const who = page.getByRole('group', { name: 'Who is asked' });
    await who.getByLabel('A list of people').check();
    await page.getByRole('button', { name: 'Open wave 2' }).click();
    await page.getByRole('alert').getByText('Who is asked: Choose at least one person.').waitFor();
    await pick(page, who.getByRole('combobox', { name: 'Find a person' }), region.member.name);
    await who.getByText('1 person will be asked.').waitFor();
    await expectAccessible(page, 'open the next wave with a list of people');
    await page.getByRole('button', { name: 'Open wave 2' }).click();
    await expectStatus(page, 'Wave 2 is open.');
    await arriveAt(page, `${TITLE_ES}: wave 2`, 'wave 2');
    wavePath = new URL(page.url()).pathname;
    await page.getByRole('region', { name: 'Who is asked' }).getByText('1 person asked.').waitFor();
  });

  it('sends an asked member to answer, asks before unsaved answers are lost, and checks them', async () => {
    const { page, region } = suite;
    await signIn(page, region.member, wavePath);
    await arriveAt(page, `${TITLE_ES}: wave 2`, 'wave page, asked');
    await page.getByText('This wave asks you: answer it here.').waitFor();
    await page.getByRole('link', { name: `Answer ${TITLE_ES}` }).click();
    await arriveAt(page, `Answer: ${TITLE_ES}`, 'answer page');

    const question = page.getByRole('region', { name: PROMPT });
    const outside = question.getByRole('form', { name: 'Someone outside the network' });
    await outside.getByLabel('Their name').fill('Lucía Benítez');
    await outside.getByLabel('Their organisation').fill('Biblioteca de Valdemar');
    await outside.getByRole('button', { name: 'Add this person' }).click();
    await outside.getByLabel('Their name').fill('lucia  BENITEZ');
    await outside.getByLabel('Their organisation').fill('biblioteca de valdemar');
    await outside.getByRole('button', { name: 'Add this person' }).click();
    await outside.getByText('lucia BENITEZ is already named for this question.').waitFor();
    expect(await question.getByRole('listitem').count()).toBe(1);

    // An empty frequency is flagged before anything is sent.
    await page.getByRole('button', { name: 'Submit answers' }).click();
    const summary = page.getByRole('alert');
    await summary
      .getByRole('link', { name: 'Choose how often you are in touch with Lucía Benítez.' })
      .waitFor();
    expect(await question.getByLabel('How often with Lucía Benítez').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(page, 'answer page with an empty frequency');

    // Leaving by a link asks first; staying keeps the answers.
    await page.getByRole('main').getByRole('link', { name: region.network.name }).click();
    const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await leave.waitFor();
    await expectAccessible(page, 'answer page asking before leaving');
    await leave.getByRole('button', { name: 'Stay and save' }).click();
    await heading(page, `Answer: ${TITLE_ES}`).waitFor();
    await question.getByLabel('How often with Lucía Benítez').selectOption({ label: 'Weekly' });
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expectStatus(page, 'Your answers were submitted. Thank you.');
    // Saved: leaving asks nothing.
    await page.getByRole('main').getByRole('link', { name: region.network.name }).click();
    await arriveAt(page, region.network.name, 'network page after answering');
  });

  it('asks before leaving in Spanish too, and leaves when told to', async () => {
    const { page, region } = suite;
    await signIn(page, region.member, `${wavePath}/answer`);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await heading(page, `Responder: ${TITLE_ES}`).waitFor();
    const outside = page.getByRole('form', { name: 'Alguien de fuera de la red' });
    await outside.getByLabel('Su nombre').fill('Tomás Vidal');
    await outside.getByRole('button', { name: 'Añadir a esta persona' }).click();
    await page.getByRole('main').getByRole('link', { name: region.network.name }).click();
    const leave = page.getByRole('alertdialog', { name: '¿Salir sin guardar?' });
    await leave.getByText('Tienes respuestas sin guardar. ¿Salir de esta página y perderlas?').waitFor();
    await expectAccessible(page, 'asking before leaving, in Spanish');
    await leave.getByRole('button', { name: 'Salir sin guardar' }).click();
    await heading(page, region.network.name).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
  });
});
