/**
 * The web app in a real browser, against the real server on the demo region.
 * The analysis loop: the page opens on the latest analysed wave, measures read as people
 * understand them, the node table's organisation column, and a member's own position (English
 * and Spanish), with axe checks.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/src/db/database.js';
import { queueAnalysis } from '../../server/src/analytics/analyses.queries.js';
import { surveys, surveyWaves } from '../../server/src/surveys/surveys.table.js';
import { ties } from '../../server/src/ties/ties.table.js';
import { expectAccessible } from './support/axe.ts';
import { analyseNetwork, importAdviceTies, runAnalysis } from './support/analysis-ties.ts';
import { arriveAt, canRunBrowser, signIn, useBrowserSuite } from './support/suite.ts';

describe.skipIf(!canRunBrowser)('Trellis in a browser: the analysis loop', { shuffle: false }, () => {
  const suite = useBrowserSuite();
  let waveId = '';

  beforeAll(async () => {
    const { db, region } = suite;
    await importAdviceTies(db, region.network.slug);
    await analyseNetwork(db, region.network.slug);
    // A closed wave of a survey, with a few of the imported ties, analysed.
    const [network] = await queryRows<{ id: string }>(
      db,
      sql`select id from networks where slug = ${region.network.slug}`,
    );
    const [survey] = await db
      .insert(surveys)
      .values({ networkId: network!.id, title: 'Loop survey', status: 'active' })
      .returning();
    const [wave] = await db
      .insert(surveyWaves)
      .values({
        surveyId: survey!.id,
        number: 1,
        opensOn: '2026-01-10',
        closesOn: '2026-01-20',
        status: 'closed',
        closedAt: new Date(),
      })
      .returning();
    waveId = wave!.id;
    const some = await queryRows<{ from_person_id: string; to_person_id: string }>(
      db,
      sql`select from_person_id, to_person_id from ties
        where network_id = ${network!.id} and wave_id is null and to_person_id is not null limit 60`,
    );
    await db.insert(ties).values(
      some.map((tie) => ({
        networkId: network!.id,
        waveId,
        fromPersonId: tie.from_person_id,
        toPersonId: tie.to_person_id,
        relation: 'advice' as const,
        source: 'survey' as const,
      })),
    );
    const queued = await queueAnalysis(db, {
      networkId: network!.id,
      level: 'people',
      waveId,
      relation: null,
      requestedBy: null,
    });
    await runAnalysis(db, queued.id);
  }, 180_000);

  it('opens on the latest analysed wave, with communities that do not count isolates', async () => {
    const { page, region } = suite;
    await signIn(page, region.coordinator, `/networks/${region.network.slug}/analysis`);
    await arriveAt(page, 'Network analysis', 'analysis page');
    await expect.poll(() => page.getByLabel('Ties from').inputValue()).toBe(waveId);
    const measures = page.getByRole('region', { name: 'Measures' });
    await measures.getByText(/isolates?, not counted/).waitFor();
    // Density keeps significant figures: never a bare "0".
    const density = await measures
      .locator('.measure', { hasText: 'Density' })
      .locator('.measure-value')
      .textContent();
    expect(density).toMatch(/^0\.\d*[1-9]/);
    await expectAccessible(page, 'analysis page on a wave');
    // All ties stay one choice away.
    await page.getByLabel('Ties from').selectOption('all');
    await expect.poll(() => new URL(page.url()).searchParams.get('wave')).toBe('all');
  });

  it('shows coordinators each person’s organisation in the table', async () => {
    const { page, region } = suite;
    await signIn(page, region.coordinator, `/networks/${region.network.slug}/analysis?wave=all&view=table`);
    const table = page.getByRole('region', { name: 'Table', exact: true });
    await table.getByRole('columnheader', { name: 'Organisation' }).waitFor();
    const cells = await table.locator('tbody tr td:nth-of-type(1)').allTextContents();
    expect(cells.some((cell) => cell !== '–')).toBe(true);
    await expectAccessible(page, 'analysis table with organisations');
  });

  it('shows a member where they stand, in English and Spanish, and no list of hidden isolates', async () => {
    const { page, region } = suite;
    await signIn(page, region.member, `/networks/${region.network.slug}/analysis?wave=all`);
    const position = page.getByRole('region', { name: 'Your position' });
    await position.getByText('Only you see this', { exact: false }).waitFor();
    expect(await page.getByRole('region', { name: 'Who needs attention' }).count()).toBe(0);
    await expectAccessible(page, 'your position');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    const posicion = page.getByRole('region', { name: 'Tu posición' });
    await posicion.getByText('Solo tú ves esto', { exact: false }).waitFor();
    await expectAccessible(page, 'your position in Spanish');
  });
});
