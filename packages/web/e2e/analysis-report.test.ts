/**
 * The web app in a real browser, against the real server on the demo region: the printable
 * report of an analysis (for a coordinator and a member, in English and Spanish, printed on one
 * A4 page), with axe checks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
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
});
