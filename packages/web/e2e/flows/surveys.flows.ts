/**
 * A relationship survey end to end, in the order it happens: the coordinator creates a survey
 * and opens its wave; a member answers (type-ahead, an outsider, frequencies, a draft restored on
 * return, then submitted); the evaluator follows the rates and reminds; the reminder shows on a
 * non-respondent's home page, in Spanish; the evaluator closes the wave. The tests share the
 * survey they create (its title is unique to this run), so they run in this order; no other
 * flow looks at surveys.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, heading, signIn, tabTo, type BrowserSuite } from '../support/suite.ts';

const TITLE = `Advice and trust ${Date.now().toString(36)}`;
const ADVICE_PROMPT = 'Whom do you go to for advice about teaching reading?';
const TRUST_PROMPT = 'Whom do you trust with a problem in class?';
const OUTSIDER = { name: 'Lucía Benítez Vidal', organisation: 'Biblioteca Municipal de Valdemar' };

const surveysSection = (page: Page) => page.getByRole('region', { name: 'Relationship surveys' });

/** Picks `name` from a type-ahead with the keyboard: type, arrow down to it, Enter. */
async function pickWithKeyboard(page: Page, combobox: ReturnType<Page['getByRole']>, name: string) {
  await combobox.fill(name);
  const option = page.getByRole('option', { name: new RegExp(`^${name}`) }).first();
  await option.waitFor();
  for (let step = 0; step < 12 && (await option.getAttribute('aria-selected')) !== 'true'; step += 1) {
    await combobox.press('ArrowDown');
  }
  expect(await combobox.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
  await combobox.press('Enter');
}

/**
 * Makes the demo evaluator an evaluator of the network again: the network flows change their
 * role and end their membership, and these tests need someone who runs surveys without being
 * the coordinator. Through the API, as the coordinator; a 409 means they still are a member.
 */
async function ensureEvaluator(suite: BrowserSuite) {
  const { request } = await suite.newContext();
  const { region } = suite;
  const session = await request.post('/api/v1/session', {
    data: { email: region.coordinator.email, password: region.coordinator.password },
  });
  const headers = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
  const network = (await (await request.get(`/api/v1/networks/${region.network.slug}`)).json()) as {
    id: string;
  };
  const found = (await (
    await request.get(`/api/v1/people?${new URLSearchParams({ q: region.evaluator.name, limit: '25' })}`)
  ).json()) as { items: { id: string; displayName: string }[] };
  const evaluator = found.items.find((person) => person.displayName === region.evaluator.name);
  if (!evaluator) throw new Error(`${region.evaluator.name} cannot be found.`);
  const added = await request.post(`/api/v1/networks/${network.id}/memberships`, {
    headers,
    data: { personId: evaluator.id, role: 'evaluator' },
  });
  expect([201, 409]).toContain(added.status());
}

/** Registers the relationship survey tests on the shared browser suite. */
export function surveyFlows(suite: BrowserSuite) {
  describe('relationship surveys', () => {
    let wavePath = '';

    beforeAll(() => ensureEvaluator(suite));

    it('lets a coordinator create a survey with two questions and open its wave', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page with surveys');
      await surveysSection(page).getByRole('link', { name: 'New survey' }).click();
      await arriveAt(page, 'New relationship survey', 'new survey');

      // The API's validation, at the fields and in the summary.
      await page.getByRole('button', { name: 'Create survey and open the wave' }).click();
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: /^Title in English: / }).waitFor();
      await summary.getByRole('link', { name: /^Question 1, Question in English: / }).waitFor();
      expect(await page.getByLabel('Title in English').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'new survey with errors');

      await page.getByLabel('Title in English').fill(TITLE);
      const first = page.getByRole('group', { name: 'Question 1' });
      await first.getByLabel('What it maps').selectOption('advice');
      await first.getByLabel('Question in English').fill(ADVICE_PROMPT);
      await first
        .getByLabel('Question in Spanish')
        .fill('¿A quién acudes para pedir consejo sobre la enseñanza de la lectura?');
      await first.getByLabel('Most people one may name').fill('3');
      await first.getByLabel('Ask how often (a frequency scale)').check();
      expect(await first.getByLabel('Frequency labels, least often first').inputValue()).toBe(
        'Monthly\nWeekly\nDaily',
      );
      expect(await first.getByLabel('Frequency labels in Spanish, least often first').inputValue()).toBe(
        'Mensualmente\nSemanalmente\nA diario',
      );

      await page.getByRole('button', { name: 'Add a question' }).click();
      const second = page.getByRole('group', { name: 'Question 2' });
      await second.getByLabel('What it maps').selectOption('trust');
      await second.getByLabel('Question in English').fill(TRUST_PROMPT);
      await second.getByLabel('Question in Spanish').fill('¿En quién confías ante un problema en clase?');
      await second.getByLabel('Most people one may name').fill('2');
      await expectAccessible(page, 'new survey filled in');
      await tabTo(page, page.getByRole('button', { name: 'Create survey and open the wave' }));
      await page.keyboard.press('Enter');

      await expectStatus(page, `The survey ${TITLE} was created and its first wave is open.`);
      await heading(page, region.network.name).waitFor();
      const survey = surveysSection(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: TITLE }) });
      await survey.getByText(/Wave 1 · Open/).waitFor();
      const answer = survey.getByRole('link', { name: new RegExp(`^Answer: ${TITLE}`) });
      wavePath = new URL((await answer.getAttribute('href')) ?? '', suite.url).pathname.replace(
        /\/answer$/,
        '',
      );
      expect(wavePath).toMatch(/^\/waves\/[0-9a-f-]{36}$/);
    });

    it('lets a member find colleagues, name an outsider, rate, save a draft, come back and submit', async () => {
      const { page, region } = suite;
      await signIn(page, region.member);
      const waiting = page.getByRole('region', { name: 'Surveys waiting for your answer' });
      await waiting.getByRole('link', { name: `Answer ${TITLE}` }).click();
      await arriveAt(page, `Answer: ${TITLE}`, 'answer page');

      const advice = page.getByRole('region', { name: ADVICE_PROMPT });
      const search = advice.getByRole('combobox', { name: 'Find a colleague' });
      await search.fill(region.coordinator.name);
      await advice
        .getByRole('option', { name: new RegExp(region.coordinator.name) })
        .first()
        .waitFor();
      await expectAccessible(page, 'answer page with suggestions open');
      await pickWithKeyboard(page, search, region.coordinator.name);
      await expectStatus(page, `${region.coordinator.name} was added.`);
      expect(await search.inputValue()).toBe('');
      await advice.getByLabel(`How often with ${region.coordinator.name}`).selectOption({ label: 'Weekly' });

      const outside = advice.getByRole('form', { name: 'Someone outside the network' });
      await outside.getByRole('button', { name: 'Add this person' }).click();
      await outside.getByText('Write the person’s name (at least two letters).').waitFor();
      await outside.getByLabel('Their name').fill(OUTSIDER.name);
      await outside.getByLabel('Their organisation').fill(OUTSIDER.organisation);
      await outside.getByRole('button', { name: 'Add this person' }).click();
      await advice.getByText(`${OUTSIDER.organisation} · outside the network`).waitFor();
      await advice.getByLabel(`How often with ${OUTSIDER.name}`).selectOption({ label: 'Monthly' });

      const trust = page.getByRole('region', { name: TRUST_PROMPT });
      await pickWithKeyboard(
        page,
        trust.getByRole('combobox', { name: 'Find a colleague' }),
        region.evaluator.name,
      );
      await trust.getByText('1 of 2 named', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Save draft' }).click();
      await expectStatus(page, 'Your draft was saved. You can come back to it until the wave closes.');

      // Away and back: the draft is restored, frequencies included.
      await page.goto('/');
      await page.goto(`${wavePath}/answer`);
      await arriveAt(page, `Answer: ${TITLE}`, 'answer page with a draft');
      await page.getByText('You have a saved draft.').waitFor();
      expect(await advice.getByLabel(`How often with ${region.coordinator.name}`).inputValue()).toBe('1');
      expect(await advice.getByLabel(`How often with ${OUTSIDER.name}`).inputValue()).toBe('0');
      await trust.getByText(region.evaluator.name, { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Submit answers' }).click();
      await expectStatus(page, 'Your answers were submitted. Thank you.');
      await page.getByRole('button', { name: 'Update submitted answers' }).waitFor();
      expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    });

    it('lets the evaluator follow the response rates and remind non-respondents', async () => {
      const { page, region } = suite;
      await signIn(page, region.evaluator, `/networks/${region.network.slug}`);
      await arriveAt(page, region.network.name, 'network page (evaluator)');
      await surveysSection(page)
        .getByRole('link', { name: new RegExp(`^Response rates and closing: ${TITLE}`) })
        .click();
      await arriveAt(page, `${TITLE}: wave 1`, 'wave page');
      const rates = page.getByRole('region', { name: 'Response rates' });
      await rates.getByText(/^1 of [\d,]+ submitted \(\d+%\), 0 drafts, 0 reminded\.$/).waitFor();
      const table = rates.getByRole('table', { name: 'Responses by organisation' });
      await table.getByRole('row').nth(1).waitFor();
      const byName = table.getByRole('columnheader', { name: /^Sort by Organisation/ });
      await byName.getByRole('button').click();
      expect(await byName.getAttribute('aria-sort')).toBe('ascending');

      const remind = page.getByRole('region', { name: 'Remind non-respondents' });
      await remind.getByLabel('Whom to remind').selectOption({ label: 'Everyone who has not submitted' });
      await remind.getByRole('button', { name: 'Send reminder' }).click();
      await expectStatus(page, /^[\d,]+ people reminded$/);
      await rates.getByText(/^1 of [\d,]+ submitted \(\d+%\), 0 drafts, [1-9][\d,]* reminded\.$/).waitFor();
      // Again at once: everyone was reminded today, so no one is reminded twice.
      await remind.getByRole('button', { name: 'Send reminder' }).click();
      await expectStatus(page, /^0 people reminded\. [\d,]+ left out: reminded in the last 24 hours\.$/);
      await expectAccessible(page, 'wave page after reminding');
    });

    it('lets the evaluator extend the wave, and refuses a closing date before the opening one', async () => {
      const { page, region } = suite;
      await signIn(page, region.evaluator, wavePath);
      await arriveAt(page, `${TITLE}: wave 1`, 'wave page');
      const dates = page.getByRole('region', { name: 'Dates' });
      const closesOn = dates.getByLabel('Closes on');
      await closesOn.fill('2000-01-01');
      await dates.getByRole('button', { name: 'Save dates' }).click();
      await dates.getByText(/^The wave cannot close before it opens/).waitFor();
      expect(await closesOn.getAttribute('aria-invalid')).toBe('true');
      const later = new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      await closesOn.fill(later);
      await dates.getByRole('button', { name: 'Save dates' }).click();
      await expectStatus(page, 'The dates were saved.');
      expect(await closesOn.getAttribute('aria-invalid')).toBeNull();
      await expectAccessible(page, 'wave page after extending it');
    });

    it('shows the reminder on a non-respondent’s home page, in Spanish', async () => {
      const { page, region } = suite;
      await signIn(page, region.coordinator);
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      const waiting = page.getByRole('region', { name: 'Encuestas que esperan tu respuesta' });
      const item = waiting.getByRole('listitem').filter({ hasText: TITLE });
      await item.getByText(/Recordatorio enviado el \d+ de \w+ de \d{4}/).waitFor();
      await item.getByText('Sin empezar').waitFor();
      await expectAccessible(page, 'home page with a reminder, in Spanish');
      await item.getByRole('link', { name: `Responder a ${TITLE}` }).click();
      await arriveAt(page, `Responder: ${TITLE}`, 'answer page in Spanish');
      await page.getByRole('combobox', { name: 'Buscar a una persona' }).first().waitFor();
      // Back to English, which the account keeps, for any later sign-in.
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, `Answer: ${TITLE}`).waitFor();
    });

    it('lets the evaluator close the wave, which sends them to the analysis', async () => {
      const { page, region } = suite;
      await signIn(page, region.evaluator, wavePath);
      await arriveAt(page, `${TITLE}: wave 1`, 'wave page');
      const close = page.getByRole('region', { name: 'Close the wave' });
      await close.getByRole('button', { name: 'Close the wave' }).click();
      await close.getByText('Close wave 1 now?').waitFor();
      await close.getByRole('button', { name: 'Cancel' }).click();
      expect(
        await close
          .getByRole('button', { name: 'Close the wave' })
          .evaluate((b) => b === document.activeElement),
      ).toBe(true);
      await close.getByRole('button', { name: 'Close the wave' }).click();
      await close.getByRole('button', { name: 'Yes, close it' }).click();
      // Three nominations were submitted: the coordinator, the outsider, and the evaluator.
      await expectStatus(page, 'The wave is closed: 3 ties were recorded.');
      await close.getByText('The analysis is being computed.', { exact: false }).waitFor();
      const analysis = close.getByRole('link', { name: `Go to the analysis of ${region.network.name}` });
      expect(await analysis.getAttribute('href')).toMatch(
        new RegExp(`^/networks/${region.network.slug}/analysis\\?wave=[0-9a-f-]{36}$`),
      );
      await page.getByRole('region', { name: 'Remind non-respondents' }).waitFor({ state: 'detached' });
      await expectAccessible(page, 'wave page after closing');

      await page.goto(`/networks/${region.network.slug}`);
      const survey = surveysSection(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: TITLE }) });
      await survey.getByText(/Wave 1 · Closed/).waitFor();
    });
  });
}
