/**
 * Measures in a browser. Set-up through the API (what the inquiry pages of another area do): the
 * demo member opens an inquiry for their school whose change idea tests a practice, and runs one
 * cycle of it. Then in the browser the member adds a measure, enters 12 weeks around 50 and 9
 * around 70 for their school, confirms the change, and sees the run and SPC charts and a shift in
 * the better direction in the summary, then the change split into its own phase; a CSV with a per-pupil column is refused with its line
 * shown and nothing saved; the network's "what works here" shows the school's series apart; the
 * practice page shows its evidence from use, and says who may add a cycle's offered evidence to it;
 * every page passes axe in English and Spanish.
 */
import { mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, signIn, type BrowserSuite } from '../support/suite.ts';
import { apiAs } from './api-as.ts';
import { enterSeries, SHIFT, week } from './shift-series.ts';

const SHOTS = '/tmp/h-webb';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function inSpanish(page: Page, path: string, heading: string | RegExp, label: string) {
  await page.evaluate(() => localStorage.setItem('trellis.locale', 'es'));
  await page.goto(path);
  await arriveAt(page, heading, `${label} (es)`);
  await shot(page, `${label.replaceAll(' ', '-')}-es`);
  await page.evaluate(() => localStorage.setItem('trellis.locale', 'en'));
}

export function measureFlows(suite: BrowserSuite) {
  it('a team member adds a measure, enters a shift, confirms the change and sees the signal; a per-pupil CSV is refused', async () => {
    const { page, region } = suite;
    const member = await apiAs(suite, region.member);
    const session = await member.get<{ person: { id: string } }>('/api/v1/session');
    const person = await member.get<{
      affiliations: { organisation: { id: string; name: string }; endDate: string | null }[];
    }>(`/api/v1/people/${session.person.id}`);
    const school = person.affiliations.find((a) => a.endDate === null)!.organisation;
    const network = await member.get<{ id: string }>(`/api/v1/networks/${region.network.slug}`);
    const practices = await member.get<{ items: { id: string; title: string }[] }>(
      `/api/v1/practices?network=${network.id}`,
    );
    const practice = practices.items[0]!;
    const inquiry = await member.send('post', '/api/v1/inquiries', {
      networkId: network.id,
      schoolIds: [school.id],
      title: 'Reading at home in year 4',
      question: 'Why do so few of our year 4 pupils read at home?',
      outcome: 'literacy',
      aim: {
        what: 'More pupils read at home',
        howMuch: 'from 50% to 70%',
        byWhen: '2026-06-30',
        forWhom: 'Year 4',
      },
      model: 'improvement',
      phase: 'testing',
      visibility: 'network',
      language: 'en',
    });
    const inquiryId = inquiry.id as string;
    await member.send('put', `/api/v1/inquiries/${inquiryId}/driver-diagram`, {
      primary: [{ key: 'p1', text: 'Families know what to read', secondary: [] }],
      changeIdeas: [
        { key: 'c1', text: practice.title, driverKeys: ['p1'], resourceIds: [], practiceIds: [practice.id] },
      ],
    });
    const diagram = await member.get<{ changeIdeas: { id: string }[] }>(
      `/api/v1/inquiries/${inquiryId}/driver-diagram`,
    );
    await member.send('post', `/api/v1/inquiries/${inquiryId}/cycles`, {
      changeIdeaId: diagram.changeIdeas[0]!.id,
      title: 'Reading bags, first week',
      purpose: 'test',
      startsOn: week(12),
      endsOn: week(13),
      schoolIds: [school.id],
      questions: [{ question: 'Will families use the bags?', prediction: 'Half of them will.' }],
    });

    await signIn(page, region.member, `/inquiries/${inquiryId}/measures`);
    await arriveAt(page, 'Measures · Reading at home in year 4', 'inquiry measures');
    await page.getByLabel('Name', { exact: true }).fill('Pupils reading at home');
    await page.getByLabel('Unit').fill('%');
    await page.getByLabel('Target').fill('70');
    await page.getByRole('button', { name: 'Add a measure' }).click();
    await expectStatus(page, 'Measure “Pupils reading at home” added.');
    await page.getByRole('link', { name: 'Pupils reading at home' }).click();
    await arriveAt(page, 'Pupils reading at home', 'measure page, empty');

    await enterSeries(page, school.name);
    // One phase of 21 weeks: 9 in a row above the median of 52 (19 useful points: limit 7).
    await page
      .getByText('A shift in the better direction: 9 points in a row above the median (limit 7)', {
        exact: false,
      })
      .first()
      .waitFor();
    await shot(page, 'measure-shift-en');
    await page.getByLabel('First period after the change').fill(week(12));
    await page.getByLabel('Label', { exact: true }).fill('Reading bags');
    await page.getByRole('button', { name: 'Confirm a change' }).click();
    await expectStatus(page, 'Change confirmed.');
    await page.getByLabel('Period', { exact: true }).fill(week(12));
    await page.getByLabel('What was tested or happened').fill('Reading bags sent home');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expectStatus(page, 'Annotation added.');

    const charts = page.getByRole('img', { name: new RegExp(`at ${school.name}`) });
    await expect.poll(() => charts.count()).toBe(2);
    // After the confirmed change each phase stands alone: 9 weeks are too few to judge runs.
    await page
      .getByText(/^Reading bags: Too few points \(\d+\) to judge runs: no signal is claimed\.$/)
      .first()
      .waitFor();
    await page.getByText('The points of this chart').first().click();
    await expect.poll(() => page.getByRole('cell', { name: 'Reading bags' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'measure page with data');
    await shot(page, 'measure-en');

    await page.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'pupils.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`school_code,period,value,pupil_name\nX,2026-06-01,50,Ana\n`),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Nothing was saved. The file’s problems:').waitFor();
    await expect.poll(() => summary.textContent()).toMatch(/pupil_name/);
    await shot(page, 'measure-import-refused');
    const points = await member.get<{ items: unknown[] }>(
      `/api/v1/measures/${page.url().split('/').at(-1)}/points`,
    );
    expect(points.items).toHaveLength(SHIFT.length);

    await inSpanish(page, page.url().replace(suite.url, ''), 'Pupils reading at home', 'measure page');
    await inSpanish(
      page,
      `/inquiries/${inquiryId}/measures`,
      'Medidas · Reading at home in year 4',
      'inquiry measures',
    );

    // What works here: the school's series on its own, with its sentence.
    await page.goto(`/networks/${region.network.slug}/what-works`);
    await arriveAt(page, /What works here in/, 'what works here');
    await page
      .getByRole('img', { name: new RegExp(`^${school.name}, Pupils reading at home`) })
      .first()
      .waitFor();
    await shot(page, 'what-works-en');
    await inSpanish(
      page,
      `/networks/${region.network.slug}/what-works`,
      /Qué funciona aquí en/,
      'what works here',
    );

    // The practice the change idea tests shows its evidence from use, with a link to the inquiry.
    await page.goto(`/practices/${practice.id}`);
    await page.getByRole('heading', { name: 'Evidence from use' }).waitFor();
    await page.getByText(/Used in 1 cycle by 1 school; in 1 of them/).waitFor();
    await page.getByRole('link', { name: 'Reading at home in year 4' }).waitFor();
    await expectAccessible(page, 'practice with evidence from use');
    await shot(page, 'practice-from-use');

    // The practice is another school's: following a cycle's offer, the member is told who may add it.
    await page.goto(`/practices/${practice.id}?evidenceKind=platform_data&evidenceSummary=Reading+bags`);
    await page
      .getByText(/^A PDSA cycle offered its results as evidence for this practice, but only/)
      .waitFor();
    expect(await page.getByRole('region', { name: 'Add evidence' }).count()).toBe(0);
  });
}
