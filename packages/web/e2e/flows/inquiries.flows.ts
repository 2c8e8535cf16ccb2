/**
 * Inquiries in a browser. The demo member opens a network-visible inquiry for their school
 * through the API, with a driver diagram and a planned PDSA cycle; then, in the browser, the
 * member reads its overview, driver diagram, cycles and cycle; the network's evaluator finds it in
 * the list; someone signed out is told it is not found. Every page passes axe in English and Spanish.
 */
import { mkdirSync } from 'node:fs';
import { it } from 'vitest';
import type { Page } from 'playwright-core';
import { arriveAt, heading, signIn, type BrowserSuite } from '../support/suite.ts';
import { apiAs } from './api-as.ts';

const SHOTS = '/tmp/trellis-inquiry-shots';
const TITLE = 'Reading for pleasure across the valley';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function visit(page: Page, path: string, name: string | RegExp, label: string) {
  await page.goto(path);
  await arriveAt(page, name, label);
  await shot(page, `${label.replaceAll(' ', '-')}-en`);
  await page.evaluate(() => localStorage.setItem('trellis.locale', 'es'));
  await page.reload();
  await heading(page, /.+/).waitFor();
  await arriveAt(page, /.+/, `${label} (es)`);
  await shot(page, `${label.replaceAll(' ', '-')}-es`);
  await page.evaluate(() => localStorage.setItem('trellis.locale', 'en'));
}

export function inquiryFlows(suite: BrowserSuite) {
  it('a team member reads their inquiry, its diagram and cycles; the evaluator lists it; a stranger is told it is not found', async () => {
    const { page, region } = suite;
    const member = await apiAs(suite, region.member);
    const session = await member.get<{ person: { id: string } }>('/api/v1/session');
    const person = await member.get<{
      affiliations: { organisation: { id: string }; endDate: string | null }[];
    }>(`/api/v1/people/${session.person.id}`);
    const school = person.affiliations.find(
      (a: { endDate: string | null }) => a.endDate === null,
    )!.organisation;
    const network = await member.get<{ id: string }>(`/api/v1/networks/${region.network.slug}`);
    const inquiry = await member.send('post', '/api/v1/inquiries', {
      networkId: network.id,
      schoolIds: [school.id],
      title: TITLE,
      question: 'Why do our pupils stop reading for pleasure after year 5?',
      outcome: 'literacy',
      aim: {
        what: 'Pupils who read for pleasure',
        howMuch: 'from 40% to 60%',
        byWhen: '2027-06-30',
        forWhom: 'Years 5 and 6',
      },
      model: 'improvement',
      phase: 'testing',
      visibility: 'network',
      language: 'en',
    });
    const id = inquiry.id as string;
    await member.send('put', `/api/v1/inquiries/${id}/driver-diagram`, {
      primary: [
        {
          key: 'p1',
          text: 'Time to read in school',
          secondary: [{ key: 's1', text: 'Ten quiet minutes a day' }],
        },
        { key: 'p2', text: 'Books pupils choose', secondary: [] },
      ],
      changeIdeas: [
        { key: 'c1', text: 'Daily reading slot', driverKeys: ['s1'], resourceIds: [], practiceIds: [] },
        {
          key: 'c2',
          text: 'Pupil-run library corner',
          driverKeys: ['p2', 's1'],
          resourceIds: [],
          practiceIds: [],
        },
      ],
    });
    const diagram = await member.get<{ changeIdeas: { id: string }[] }>(
      `/api/v1/inquiries/${id}/driver-diagram`,
    );
    const cycle = await member.send('post', `/api/v1/inquiries/${id}/cycles`, {
      changeIdeaId: diagram.changeIdeas[0]!.id,
      title: 'Reading slot, first fortnight',
      purpose: 'test',
      startsOn: '2026-01-12',
      endsOn: '2026-01-23',
      schoolIds: [school.id],
      questions: [{ question: 'Will classes keep the slot every day?', prediction: 'Four days in five' }],
    });

    await signIn(page, region.member, `/inquiries/${id}`);
    await visit(page, `/inquiries/${id}`, TITLE, 'inquiry overview');
    await visit(page, `/inquiries/${id}/driver-diagram`, /Driver diagram/, 'driver diagram');
    await page.getByText('Pupil-run library corner').first().waitFor();
    await visit(page, `/inquiries/${id}/cycles`, /Cycles/, 'cycles');
    await page.getByText('Reading slot, first fortnight').first().waitFor();
    await visit(page, `/cycles/${cycle.id as string}`, /Reading slot, first fortnight/, 'cycle');
    await page.getByText('Four days in five').first().waitFor();

    const evaluator = await (await suite.newContext()).newPage();
    await signIn(evaluator, region.evaluator, `/inquiries?network=${region.network.slug}`);
    await arriveAt(evaluator, 'Inquiries', 'inquiry list');
    await evaluator.getByRole('link', { name: TITLE }).first().waitFor();

    const stranger = await (await suite.newContext()).newPage();
    await stranger.goto(`/inquiries/${id}`);
    await arriveAt(stranger, 'Inquiry not found', 'inquiry not found');
  });
}
