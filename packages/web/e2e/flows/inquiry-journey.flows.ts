/**
 * An inquiry from question to decision, only through the pages, as a teacher of the showcase
 * network does it: the demo member records their school's practice in the bank; from the main
 * navigation opens an inquiry for their school (question, aim, outcome, team school, visibility);
 * draws its driver diagram in the outline editor (a primary driver, a secondary under it, a change
 * idea acting on it and testing that practice, picked from the bank); defines a measure; plans a
 * PDSA cycle with two questions, each with a prediction; enters 21 weeks of data and reads the
 * shift in the better direction in the chart's sentence and its table of points; confirms the
 * progress score the data now allow; records the cycle's results, the comparison and the
 * decision; follows the cycle's offer to the practice, whose evidence form it has filled in; and
 * finds the change on the network's "what works here". Every page passes axe in English and in
 * Spanish (switched with the header's buttons, so nothing typed is lost).
 *
 * One fact is read through the API, to know what to click: the member's school (the demo's names
 * are not fixed here). Nothing is written through it.
 */
import { mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { SeededRegion } from '../support/region.ts';
import { arriveAt, expectStatus, heading, signIn, type BrowserSuite } from '../support/suite.ts';
import { apiAs } from './api-as.ts';
import { enterSeries, SHIFT, week } from './shift-series.ts';

const SHOTS = '/tmp/trellis-journey-shots';
const JOURNEY_TIMEOUT_MS = 300_000;

const TITLE = 'Writing with talk partners in year 3';
const PRIMARY = 'Time to talk before writing';
const SECONDARY = 'Talk partners in every writing lesson';
const PRACTICE = 'Talk partners before writing';
const IDEA = 'Five minutes of partner talk before each writing task';
const MEASURE = 'Pupils writing a full page unaided';
const CYCLE = 'Talk partners, first fortnight';
const COMPARISON =
  'Both predictions held: four lessons in five kept the talk, and two thirds wrote a full page.';

interface Scene {
  school: { id: string; name: string };
  practice: { id: string; title: string };
}

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/**
 * The page as it is, checked with axe in English, then in Spanish through the header's language
 * buttons (no reload: a form keeps what was typed), then back in English.
 */
async function inBothLanguages(
  page: Page,
  label: string,
  english: string | RegExp,
  spanish: string | RegExp,
) {
  const name = label.replaceAll(' ', '-');
  await arriveAt(page, english, label);
  await shot(page, `${name}-en`);
  await page.getByRole('button', { name: 'Español' }).click();
  await arriveAt(page, spanish, `${label} (es)`);
  await shot(page, `${name}-es`);
  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, english).waitFor();
}

/** What the member needs to know to click the right things: the school they work at. */
async function schoolOf(suite: BrowserSuite): Promise<Scene['school']> {
  const member = await apiAs(suite, suite.region.member);
  const session = await member.get<{ person: { id: string } }>('/api/v1/session');
  const person = await member.get<{
    affiliations: { organisation: { id: string; name: string }; endDate: string | null }[];
  }>(`/api/v1/people/${session.person.id}`);
  return person.affiliations.find((a) => a.endDate === null)!.organisation;
}

/** The practice the team will test, recorded in the bank as its school's: its people may add evidence to it. */
async function recordPractice(page: Page, region: SeededRegion, school: Scene['school']) {
  await page.getByRole('banner').getByRole('link', { name: 'Practices' }).click();
  await page.getByRole('link', { name: 'Record a practice' }).click();
  await arriveAt(page, 'Record a practice', 'new practice');
  await page.getByLabel('Title', { exact: true }).fill(PRACTICE);
  await page.getByLabel('Network it is shared in').selectOption({ label: region.network.name });
  // The school the member works at is already chosen.
  expect(await page.getByLabel('School it comes from').inputValue()).toBe(school.name);
  await page
    .getByLabel('What it is meant to change')
    .fill('Pupils who rehearse their sentences aloud with a partner write more, and more fluently.');
  await page.getByRole('button', { name: 'Record the practice' }).click();
  await expectStatus(page, `Practice “${PRACTICE}” recorded.`);
  await heading(page, PRACTICE).waitFor();
  return { id: page.url().split('/').at(-1)!, title: PRACTICE };
}

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Inquiry sections' });

async function openInquiry(page: Page, region: SeededRegion, scene: Scene) {
  await page.getByRole('banner').getByRole('link', { name: 'Inquiries' }).click();
  await inBothLanguages(page, 'inquiry list', 'Inquiries', 'Indagaciones');
  await page.getByRole('link', { name: 'Open an inquiry' }).click();
  await inBothLanguages(page, 'new inquiry', 'Open an inquiry', 'Abrir una indagación');

  await page.getByLabel('Network', { exact: true }).selectOption({ label: region.network.name });
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page
    .getByLabel('What’s going on for our learners?')
    .fill('Why do so many of our year 3 pupils stop after a few lines when they write alone?');
  await page.getByLabel('Student outcome').selectOption({ label: 'Literacy' });
  await page.getByLabel('What will improve').fill('Pupils who write a full page unaided');
  await page.getByLabel('How much', { exact: true }).fill('from 50% to 70%');
  await page.getByLabel('By when (optional)').fill('2026-07-15');
  await page.getByLabel('For whom').fill('Year 3');
  await page.getByLabel('Model for Improvement').check();
  await page.getByLabel('Current phase').selectOption({ label: 'PDSA cycles' });
  await page.getByLabel('Everyone in the network').check();
  await page.getByLabel(scene.school.name, { exact: true }).check();
  // A team is more than one person (the progress score's first step asks for two).
  await page.getByRole('combobox', { name: 'Add a person of the network' }).fill(region.coordinator.name);
  await page.getByRole('option', { name: region.coordinator.name }).click();
  expect(await page.getByLabel(`Role of ${region.coordinator.name}`).inputValue()).toBe('member');
  await shot(page, 'new-inquiry-filled');
  await page.getByRole('button', { name: 'Open the inquiry' }).click();
  await expectStatus(page, `Inquiry “${TITLE}” opened.`);
  await inBothLanguages(page, 'inquiry overview', TITLE, TITLE);
  const team = page.getByRole('region', { name: 'Team' });
  await team.getByRole('link', { name: scene.school.name }).waitFor();
  await team.getByRole('link', { name: region.coordinator.name }).waitFor();
}

/** Presses `button`, waits for focus to land on the text box it adds, and types there. */
async function addAndType(page: Page, button: Locator, box: Locator, text: string) {
  await button.click();
  await expect.poll(() => isFocused(box)).toBe(true);
  await page.keyboard.type(text);
  expect(await box.inputValue()).toBe(text);
}

async function drawDiagram(page: Page, scene: Scene) {
  await tabs(page).getByRole('link', { name: 'Driver diagram' }).click();
  await arriveAt(page, `Driver diagram · ${TITLE}`, 'empty driver diagram');
  await page.getByText('The team has not drawn its driver diagram yet.').waitFor();

  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const box = (name: string) => page.getByRole('textbox', { name, exact: true });
  await addAndType(page, button('Add a primary driver'), box('Primary driver 1'), PRIMARY);
  await addAndType(
    page,
    button('Add a secondary driver (Primary driver 1)'),
    box('Secondary driver 1 of primary 1'),
    SECONDARY,
  );
  await addAndType(page, button('Add a change idea'), box('Change idea 1'), IDEA);
  await page
    .getByRole('group', { name: 'Drivers it acts on (Change idea 1)' })
    .getByRole('checkbox', { name: SECONDARY })
    .check();
  await page
    .getByRole('combobox', { name: 'Practices (Change idea 1) (optional)' })
    .fill(scene.practice.title);
  await page.getByRole('option', { name: new RegExp(`^${escape(scene.practice.title)}`) }).click();
  await page
    .getByRole('list', { name: 'Practices (Change idea 1)' })
    .getByRole('button', { name: `Remove ${scene.practice.title}` })
    .waitFor();
  await inBothLanguages(
    page,
    'driver diagram outline',
    `Driver diagram · ${TITLE}`,
    `Diagrama de impulsores · ${TITLE}`,
  );
  await button('Save the diagram').click();
  await expectStatus(page, 'Driver diagram saved.');
  // The diagram drawn from what was saved: the three levels, and the idea linked to its driver.
  const drawn = page.getByRole('figure');
  for (const text of [PRIMARY, SECONDARY, IDEA]) await drawn.getByText(text).first().waitFor();
  await drawn.getByRole('link', { name: PRACTICE }).waitFor();
  await inBothLanguages(
    page,
    'driver diagram',
    `Driver diagram · ${TITLE}`,
    `Diagrama de impulsores · ${TITLE}`,
  );
}

async function defineMeasure(page: Page) {
  await tabs(page).getByRole('link', { name: 'Measures' }).click();
  await inBothLanguages(page, 'inquiry measures, none yet', `Measures · ${TITLE}`, `Medidas · ${TITLE}`);
  await page.getByLabel('Name', { exact: true }).fill(MEASURE);
  await page.getByLabel('Definition').fill('Pupils of year 3 who wrote a full page unaided this week, in %.');
  await page.getByLabel('Kind').selectOption({ label: 'Outcome' });
  await page.getByLabel('Which way is better').selectOption({ label: 'higher' });
  await page.getByLabel('Unit').fill('%');
  await page.getByLabel('Target').fill('70');
  await page.getByLabel('Change idea it follows').selectOption({ label: IDEA });
  await page.getByRole('button', { name: 'Add a measure' }).click();
  await expectStatus(page, `Measure “${MEASURE}” added.`);
  await page.getByRole('link', { name: MEASURE }).click();
  await inBothLanguages(page, 'measure, no data', `${MEASURE} · ${TITLE}`, `${MEASURE} · ${TITLE}`);
  // The measure's page belongs to the inquiry's Measures tab.
  expect(await tabs(page).getByRole('link', { name: 'Measures' }).getAttribute('aria-current')).toBe('page');
}

async function planCycle(page: Page, scene: Scene) {
  await tabs(page).getByRole('link', { name: 'Cycles' }).click();
  await arriveAt(page, `Cycles · ${TITLE}`, 'cycles, none yet');
  await page.getByRole('link', { name: `Plan a cycle (${IDEA})` }).click();
  await inBothLanguages(
    page,
    'new cycle',
    `Plan a PDSA cycle · ${TITLE}`,
    `Planificar un ciclo PDSA · ${TITLE}`,
  );
  // Planned from the idea's own section, the cycle already tests it, in the inquiry's school.
  const idea = page.getByLabel('Change idea', { exact: true });
  expect(await idea.locator('option:checked').textContent()).toBe(IDEA);
  expect(await page.getByLabel(scene.school.name, { exact: true }).isChecked()).toBe(true);

  await page.getByLabel('Test', { exact: true }).check();
  await page.getByLabel('Title', { exact: true }).fill(CYCLE);
  await page
    .getByLabel('Plan: who, what, where, when (optional)')
    .fill(
      'Each year 3 class pairs pupils for five minutes of talk before every writing task, for two weeks.',
    );
  await page
    .getByLabel('The plan for data (optional)')
    .fill('Each Friday the teachers count the pupils who wrote a full page unaided.');
  await page.getByLabel('Starts on').fill(week(12));
  await page.getByLabel('Ends on').fill(week(14));
  const question = (n: number) => page.getByRole('group', { name: `Question ${n}` });
  await question(1)
    .getByLabel('Question', { exact: true })
    .fill('Will classes keep the talk time in every lesson?');
  await question(1).getByLabel('Prediction').fill('Four lessons in five.');
  await addAndType(
    page,
    page.getByRole('button', { name: 'Add a question' }),
    question(2).getByLabel('Question', { exact: true }),
    'Will more pupils write a full page?',
  );
  await question(2).getByLabel('Prediction').fill('From about half to two thirds.');
  await page.getByRole('button', { name: 'Save the cycle' }).click();
  await expectStatus(page, `Cycle “${CYCLE}” planned.`);
  await arriveAt(page, `${CYCLE} · ${TITLE}`, 'cycle planned');
  // Study: each prediction stands beside the box for its result.
  const study = page.getByRole('region', { name: 'Study' });
  await study.getByText('Four lessons in five.').waitFor();
  await study.getByText('From about half to two thirds.').waitFor();
}

async function enterDataAndSeeSignal(page: Page, scene: Scene) {
  await tabs(page).getByRole('link', { name: 'Measures' }).click();
  await arriveAt(page, `Measures · ${TITLE}`, 'inquiry measures');
  await page.getByRole('link', { name: MEASURE }).click();
  await heading(page, `${MEASURE} · ${TITLE}`).waitFor();
  await enterSeries(page, scene.school.name);
  await shot(page, 'measure-data-entered');

  const charts = page.getByRole('region', { name: scene.school.name });
  // The run chart's sentence: one phase of 21 weeks, the last 9 above the median of 52, which the
  // series crosses 3 times where Binomial(18, 0.5) expects at least 6.
  await charts
    .getByText(
      'A shift in the better direction: 9 points in a row above the median (limit 7); too few crossings of the median: 3 (at least 6 expected).',
      { exact: true },
    )
    .waitFor();
  await expect
    .poll(() => charts.getByRole('img', { name: new RegExp(`^Run chart of “${MEASURE}” at `) }).count())
    .toBe(1);
  // The chart's accessible copy: every week with its value and the median it was judged against.
  await charts.getByText('The points of this chart').first().click();
  const table = charts.getByRole('table', { name: `Run chart, ${scene.school.name}` });
  const rows = table.getByRole('row');
  await expect.poll(() => rows.count()).toBe(SHIFT.length + 1);
  expect(await rows.nth(1).getByRole('cell').allTextContents()).toEqual(['Baseline', '49', '52']);
  expect(await rows.nth(SHIFT.length).getByRole('cell').allTextContents()).toEqual(['Baseline', '72', '52']);
  await inBothLanguages(page, 'measure with a signal', `${MEASURE} · ${TITLE}`, `${MEASURE} · ${TITLE}`);
  await page.getByRole('button', { name: 'Español' }).click();
  await charts
    .getByText(
      'Un desplazamiento en la dirección de mejora: 9 puntos seguidos por encima de la mediana (límite 7); demasiado pocos cruces de la mediana: 3 (se esperan al menos 6).',
      { exact: true },
    )
    .waitFor();
  await page.getByRole('button', { name: 'English' }).click();
}

/**
 * With a target, its data and a shift in the better direction, neither cap holds any more (the
 * overview reads the inquiry again after the data changed); a cycle under way but not decided
 * proposes 2. The team confirms it.
 */
async function confirmProgress(page: Page) {
  await tabs(page).getByRole('link', { name: 'Overview' }).click();
  await heading(page, TITLE).waitFor();
  const progress = page.getByRole('region', { name: 'Progress score' });
  await progress.getByText('The data support up to 5 · Outstanding sustainable results.').waitFor();
  await progress.getByText('Proposed from the data: 2 · Activity, but no changes').waitFor();
  await progress.getByRole('button', { name: 'Confirm the score' }).click();
  await expectStatus(page, 'Score confirmed.');
  await progress.getByText('Confirmed by the team: 2 · Activity, but no changes').waitFor();
  await shot(page, 'inquiry-progress-confirmed');
}

async function finishCycle(page: Page, scene: Scene) {
  await tabs(page).getByRole('link', { name: 'Cycles' }).click();
  await arriveAt(page, `Cycles · ${TITLE}`, 'cycles');
  await page.getByRole('link', { name: CYCLE }).click();
  await heading(page, `${CYCLE} · ${TITLE}`).waitFor();
  await page
    .getByLabel('What happened (optional)')
    .fill('All four year 3 classes kept the talk time; the counts rose from the first week.');
  await page.getByLabel('Result (Question 1) (optional)').fill('Talk time kept in 41 lessons of 50.');
  await page
    .getByLabel('Result (Question 2) (optional)')
    .fill('Around 70% wrote a full page, from about 50%.');
  await page.getByLabel('Results beside predictions (optional)').fill(COMPARISON);
  await page.getByLabel('Adopt', { exact: true }).check();
  await page.getByLabel('Why (optional)').fill('The shift held for nine weeks on the measure.');
  await page.getByRole('button', { name: 'Save the cycle' }).click();
  await expectStatus(page, 'Cycle saved.');
  // Decided, the cycle of a change idea that tests a practice offers it as evidence.
  const offer = page.getByRole('region', { name: 'This cycle tested practices of the knowledge bank' });
  await offer.waitFor();
  await inBothLanguages(page, 'cycle decided', `${CYCLE} · ${TITLE}`, `${CYCLE} · ${TITLE}`);
  await offer
    .getByRole('link', { name: `Add this cycle as platform-data evidence for “${scene.practice.title}”` })
    .click();
}

async function addOfferedEvidence(page: Page, scene: Scene) {
  await heading(page, scene.practice.title).waitFor();
  await shot(page, 'practice-from-offer');
  const form = page.getByRole('region', { name: 'Add evidence' });
  // The person lands on the form the offer filled in, not at the top of the page.
  await expect.poll(() => isFocused(form.getByRole('heading', { name: 'Add evidence' }))).toBe(true);
  const summary = `PDSA cycle “${CYCLE}” (Adopt): ${COMPARISON}`;
  expect(await form.getByLabel('Kind').inputValue()).toBe('platform_data');
  expect(await form.getByLabel('Summary').inputValue()).toBe(summary);
  expect(await form.getByLabel('Schools in the study (optional)').inputValue()).toBe('1');
  await inBothLanguages(page, 'practice with offered evidence', scene.practice.title, scene.practice.title);
  await form.getByRole('button', { name: 'Add the evidence' }).click();
  await expectStatus(page, 'Evidence added.');
  await page.getByText(summary).first().waitFor();
  expect(await form.getByLabel('Summary').inputValue()).toBe('');
  // The cycle also counts as evidence from use, with its signal.
  await page.getByText(/Used in 1 cycle by 1 school; in 1 of them/).waitFor();
  await shot(page, 'practice-evidence-added');
}

async function seeWhatWorks(page: Page, region: SeededRegion, scene: Scene) {
  await page.getByRole('banner').getByRole('link', { name: 'Inquiries' }).click();
  await heading(page, 'Inquiries').waitFor();
  await page.getByRole('link', { name: TITLE }).click();
  await heading(page, TITLE).waitFor();
  // The decided cycle kept its change, with a better signal on an outcome measure in the team's
  // one school: "sustainable improvement" is proposed, for the team to confirm or not.
  await page.getByText('Proposed from the data: 4.5 · Sustainable improvement').waitFor();
  await page.getByRole('link', { name: region.network.name }).first().click();
  await heading(page, region.network.name).waitFor();
  await page.getByRole('link', { name: 'What works here' }).click();
  await inBothLanguages(page, 'what works here', /What works here in/, /Qué funciona aquí en/);
  const change = page.getByRole('region', { name: scene.practice.title });
  await change.getByText('1 inquiry · 1 school · 1 cycle', { exact: false }).waitFor();
  await change.getByRole('img', { name: new RegExp(`^${escape(scene.school.name)}, ${MEASURE}`) }).waitFor();
}

export function inquiryJourneyFlows(suite: BrowserSuite) {
  it(
    'a team opens an inquiry, draws its diagram, defines a measure, runs a PDSA cycle with predictions, enters data and sees a signal, all through the pages',
    { timeout: JOURNEY_TIMEOUT_MS },
    async () => {
      const { page, region } = suite;
      const school = await schoolOf(suite);
      // Inquiries are offered in the main navigation to people signed in, not before.
      await page.goto('/');
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await page.getByRole('banner').getByRole('link', { name: 'Inquiries' }).count()).toBe(0);
      await signIn(page, region.member);
      const scene = { school, practice: await recordPractice(page, region, school) };
      await openInquiry(page, region, scene);
      await drawDiagram(page, scene);
      await defineMeasure(page);
      await planCycle(page, scene);
      await enterDataAndSeeSignal(page, scene);
      await confirmProgress(page);
      await finishCycle(page, scene);
      await addOfferedEvidence(page, scene);
      await seeWhatWorks(page, region, scene);
    },
  );
}
