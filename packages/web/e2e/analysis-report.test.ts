/**
 * The web app in a real browser, against the real server on the demo region: the printable
 * report of an analysis (for a coordinator and a member, in English and Spanish, printed on one
 * A4 page), with axe checks.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/src/db/database.js';
import { surveys, surveyWaves } from '../../server/src/surveys/surveys.table.js';
import { expectAccessible } from './support/axe.ts';
import { analyseNetwork, importAdviceTies } from './support/analysis-ties.ts';
import { canRunBrowser, heading, signIn, useBrowserSuite } from './support/suite.ts';

/** How many pages a PDF has: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe.skipIf(!canRunBrowser)('Trellis in a browser: the printable report', { shuffle: false }, () => {
  const suite = useBrowserSuite();

  beforeAll(async () => {
    const { db, region } = suite;
    await importAdviceTies(db, region.network.slug);
    await analyseNetwork(db, region.network.slug);
    // A survey written in both languages, with a closed wave: a choice for the main survey.
    const [network] = await queryRows<{ id: string }>(
      db,
      sql`select id from networks where slug = ${region.network.slug}`,
    );
    const [survey] = await db
      .insert(surveys)
      .values({
        networkId: network!.id,
        title: 'Report survey',
        titleEs: 'Encuesta del informe',
        status: 'active',
      })
      .returning();
    await db.insert(surveyWaves).values({
      surveyId: survey!.id,
      number: 1,
      opensOn: '2026-02-10',
      closesOn: '2026-02-20',
      status: 'closed',
      closedAt: new Date(),
    });
  }, 180_000);

  it('prints a coordinator’s report on one A4 page, and a member’s without names', async () => {
    const { page, region } = suite;
    await signIn(page, region.coordinator, `/networks/${region.network.slug}/analysis?wave=all`);
    await page.getByRole('link', { name: 'Printable report' }).click();
    await heading(page, `Analysis report: ${region.network.name}`).waitFor();
    const attention = page.getByRole('region', { name: 'Who needs attention' });
    await attention.getByRole('heading', { name: 'Isolates by organisation' }).waitFor();
    await page.getByRole('img', { name: /^The network map: [\d,]+ people, [\d,]+ ties\.$/ }).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    const names = (await attention.locator('.report-group-list li').allTextContents())
      .flatMap((line) => (line.split(': ')[1] ?? '').split(', '))
      .map((name) => name.replace(/ and \d+ more$/, '').trim())
      .filter((name) => name.length > 3);
    expect(names.length).toBeGreaterThan(0);
    await expectAccessible(page, 'report for a coordinator');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await heading(page, `Informe del análisis: ${region.network.name}`).waitFor();
    await page.getByRole('heading', { name: 'Personas aisladas por organización' }).waitFor();
    await expectAccessible(page, 'report for a coordinator in Spanish');
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    // The choice is remembered for the account: back to English for the tests after this one.
    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    await heading(page, `Analysis report: ${region.network.name}`).waitFor();

    const member = await (await suite.newContext()).newPage();
    await signIn(member, region.member, `/networks/${region.network.slug}/analysis/report?wave=all`);
    await heading(member, `Analysis report: ${region.network.name}`).waitFor();
    await member.getByRole('region', { name: 'Your position' }).waitFor();
    await member.getByText('Names and organisations are hidden for you', { exact: false }).waitFor();
    await member.getByRole('img', { name: /^The network map:/ }).waitFor();
    expect(await member.getByRole('heading', { name: 'Isolates by organisation' }).count()).toBe(0);
    const text = (await member.getByRole('main').textContent()) ?? '';
    for (const name of names.filter((candidate) => candidate !== region.member.name))
      expect(text).not.toContain(name);
    await expectAccessible(member, 'report for a member');
    expect(pdfPageCount(await member.pdf({ format: 'A4' }))).toBe(1);
  });

  it('keeps the zoom buttons small on a narrow screen (640×480), over less than 10% of the map', async () => {
    const { page, region } = suite;
    await page.setViewportSize({ width: 640, height: 480 });
    await signIn(page, region.coordinator, `/networks/${region.network.slug}/analysis?wave=all`);
    const zoom = page.getByRole('group', { name: 'Zoom' });
    await zoom.getByRole('button', { name: 'Zoom in' }).waitFor();
    const stage = await page.locator('.map-stage').boundingBox();
    const buttons = await Promise.all(
      ['Zoom in', 'Zoom out', 'Show the whole map'].map((name) =>
        zoom.getByRole('button', { name }).boundingBox(),
      ),
    );
    const covered = buttons.reduce((sum, box) => sum + box!.width * box!.height, 0);
    expect(covered / (stage!.width * stage!.height)).toBeLessThan(0.1);
    // Still large enough to hit (WCAG 2.2 target size: 24 px).
    for (const box of buttons) expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(24);
    await expectAccessible(page, 'map on a narrow screen');
  });

  it('logs no console error going from the map to the table and back', async () => {
    const { page, region } = suite;
    await signIn(page, region.coordinator, `/networks/${region.network.slug}/analysis?wave=all`);
    // From here on (before signing in, the session check's 401 is logged, as it should be).
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.getByRole('button', { name: 'Zoom in' }).waitFor();
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('region', { name: 'Table', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Map' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });

  it('says when the map search finds more matches than it shows', async () => {
    const { page, region } = suite;
    await signIn(page, region.coordinator, `/networks/${region.network.slug}/analysis?wave=all`);
    await page.getByLabel('Find a person').fill('a');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByText('Several match; choose one:').waitFor();
    await page.getByText(/^and [\d,]+ more match(es)?; type more to narrow (it|them)\.$/).waitFor();
    await expectAccessible(page, 'map search with more matches');
  });

  it('lets a coordinator choose the main survey and shows members which it is; wave titles in Spanish', async () => {
    const { page, region } = suite;
    await signIn(page, region.coordinator, `/networks/${region.network.slug}/analysis?wave=all`);
    const select = page.getByLabel('Main survey (the one suggestions use)');
    await select.waitFor();
    await select.selectOption({ label: 'Report survey' });
    await page.getByRole('status').filter({ hasText: 'Main survey saved.' }).waitFor();
    await expectAccessible(page, 'main survey chosen');
    await page.reload();
    await expect
      .poll(async () => (await select.locator('option:checked').textContent()) ?? '')
      .toBe('Report survey');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    const spanish = page.getByLabel('Encuesta principal (la que usan las sugerencias)');
    await expect
      .poll(async () => (await spanish.locator('option:checked').textContent()) ?? '')
      .toBe('Encuesta del informe');
    const waves = await page.getByLabel('Vínculos de').locator('option').allTextContents();
    expect(waves.some((label) => label.includes('Encuesta del informe'))).toBe(true);
    await expectAccessible(page, 'main survey in Spanish');
    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Main survey (the one suggestions use)').waitFor();

    const member = await (await suite.newContext()).newPage();
    await signIn(member, region.member, `/networks/${region.network.slug}/analysis?wave=all`);
    await member
      .getByText('Suggestions use the latest analysed wave of the main survey: Report survey.')
      .waitFor();
    expect(await member.getByLabel('Main survey (the one suggestions use)').count()).toBe(0);
    await expectAccessible(member, 'main survey for a member');
  });
});
