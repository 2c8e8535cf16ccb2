/**
 * The knowledge bank's resources in a browser: a teacher (the demo member) finds a resource by
 * what they remember, opens it, downloads its file and adapts it; its author attaches and removes files; an ND licence refuses an adaptation and says why;
 * a draft stays its author's; every page passes axe in English and Spanish.
 *
 * The resources are written through the API here, each with a made-up place name (Valdrena,
 * Orzanca) that no demo resource has, so the searches find them whatever the demo bank holds.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Account } from '../support/region.ts';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, heading, signIn, type BrowserSuite } from '../support/suite.ts';

const MEDIATION = {
  title: 'Mediación escolar entre iguales en Valdrena',
  summary:
    'Mediación escolar en el patio: un protocolo de Valdrena para que el alumnado resuelva sus conflictos con ayuda de una persona adulta.',
  body: '### Pasos\n\n1. Escuchar a las dos partes.\n2. Buscar juntos un acuerdo.\n\n<script>window.pwned = true</script>',
  language: 'es',
  type: 'protocol',
  stages: ['secondary'],
  subjects: ['Convivencia'],
  tags: ['mediación'],
  licence: 'CC-BY-SA-4.0',
  visibility: 'public',
};

const CIRCLES = {
  title: 'Restorative circles for the classroom',
  summary: 'A weekly circle where pupils talk through what went wrong and how to put it right.',
  body: 'Sit in a circle; pass the talking piece.',
  language: 'en',
  type: 'lesson',
  stages: ['primary'],
  licence: 'CC-BY-ND-4.0',
  visibility: 'public',
};

/** A small PDF, as the upload sends it. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

interface Seeded {
  mediationId: string;
  circlesId: string;
}

/** A signed-in API caller in `context`: the session cookie stays in the context's jar. */
async function apiAs(context: BrowserContext, account: Account) {
  const session = await context.request.post('/api/v1/session', {
    data: { email: account.email, password: account.password },
  });
  if (session.status() !== 201) throw new Error(`sign-in failed: ${session.status()}`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  return async <T>(path: string, body: unknown): Promise<T> => {
    const response = await context.request.post(`/api/v1${path}`, {
      data: body,
      headers: { 'X-CSRF-Token': csrfToken },
    });
    if (response.status() !== 201)
      throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search resources' });
const results = (page: Page) => page.getByRole('region', { name: /^Results/ });

async function search(page: Page, text: string) {
  await searchBox(page).fill(text);
  await searchBox(page).press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === text);
}

/** Registers the resource flows on the shared browser suite. */
export function resourceFlows(suite: BrowserSuite) {
  let seeded: Promise<Seeded> | undefined;
  // Written once, by the network's coordinator, in the first test that needs them.
  const seed = () =>
    (seeded ??= (async () => {
      const post = await apiAs(await suite.newContext(), suite.region.coordinator);
      const mediation = await post<{ id: string }>('/resources', MEDIATION);
      const circles = await post<{ id: string }>('/resources', CIRCLES);
      return { mediationId: mediation.id, circlesId: circles.id };
    })());

  describe('resources', () => {
    it('lets a teacher find a resource by an accentless, misspelt query, open it and adapt it', async () => {
      const { page, region } = suite;
      const { mediationId } = await seed();
      await signIn(page, region.member);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resources' }).click();
      await arriveAt(page, 'Resources', 'resource search');
      await page.getByRole('link', { name: 'New resource' }).waitFor();

      await search(page, 'mediacion escolr valdrena');
      const found = results(page).getByRole('link', { name: MEDIATION.title });
      await found.waitFor();
      // The misspelt word was corrected, and the page says what was searched for instead.
      await results(page).getByText('Showing results for “mediacion escolar valdrena”').waitFor();
      await expectAccessible(page, 'resource search with results');
      // The facets count the results: the one Spanish protocol under CC BY-SA.
      await page
        .getByRole('group', { name: 'Type' })
        .getByLabel(/^Protocol/)
        .waitFor();

      // A word of the summary is marked in the snippet, as text in <mark>, never as HTML.
      await search(page, 'valdrena');
      // The previous search's results stay on screen until the new ones arrive, so wait for them.
      const mark = results(page).locator('mark').first();
      await mark.waitFor();
      await expect.poll(async () => (await mark.textContent())?.toLowerCase()).toBe('valdrena');

      // Back returns to the previous search, box and all.
      await page.goBack();
      await found.waitFor();
      expect(await searchBox(page).inputValue()).toBe('mediacion escolr valdrena');

      // A search that finds nothing says so.
      await search(page, 'zzqxj');
      await results(page).getByText('No resource matches this search.').waitFor();
      await expectAccessible(page, 'resource search, no results');
      await page.goBack();

      await found.click();
      await arriveAt(page, MEDIATION.title, 'resource page');
      expect(new URL(page.url()).pathname).toBe(`/resources/${mediationId}`);
      const body = page.getByRole('region', { name: 'Content' });
      await body.getByRole('heading', { name: 'Pasos' }).waitFor();
      expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
      const about = page.getByRole('region', { name: 'About this resource' });
      const licence = about.getByRole('link', { name: /Share Alike 4\.0.*opens the licence/ });
      expect(await licence.getAttribute('href')).toContain('creativecommons.org/licenses/by-sa/4.0');
      await about.getByRole('link', { name: region.coordinator.name }).waitFor();
      await page
        .getByRole('region', { name: 'Version history' })
        .getByRole('link', { name: /^Version 1,/ })
        .waitFor();
      // A public resource carries its schema.org description.
      const jsonLd = await page.evaluate(
        () => document.querySelector('script[type="application/ld+json"]')?.textContent ?? null,
      );
      expect(JSON.parse(jsonLd ?? 'null')).toMatchObject({
        '@type': 'LearningResource',
        name: MEDIATION.title,
      });

      await page.getByRole('link', { name: 'Adapt', exact: true }).click();
      await arriveAt(page, `Adapt “${MEDIATION.title}”`, 'adapting a resource');
      const title = page.getByLabel('Title');
      expect(await title.inputValue()).toBe(`Adaptation of ${MEDIATION.title}`);
      await title.fill('Mediación escolar en primaria');
      await page.getByRole('group', { name: 'Stages' }).getByLabel('Primary').check();
      await page.getByRole('button', { name: 'Save adaptation' }).click();
      await expectStatus(page, 'The resource “Mediación escolar en primaria” was saved.');
      await arriveAt(page, 'Mediación escolar en primaria', 'the adaptation’s page');
      const credit = page.getByRole('complementary', { name: 'Based on' });
      await credit.getByRole('link', { name: new RegExp(MEDIATION.title) }).waitFor();
      await credit.getByText(new RegExp(region.coordinator.name)).waitFor();

      await credit.getByRole('link').click();
      await arriveAt(page, MEDIATION.title, 'the original after adapting');
      await page
        .getByRole('region', { name: 'Adaptations' })
        .getByRole('link', { name: 'Mediación escolar en primaria' })
        .waitFor();
    });

    it('lets the author attach a file (a disguised one refused), a teacher download it, and the author remove it', async () => {
      const { page, region } = suite;
      const { mediationId } = await seed();
      await signIn(page, region.coordinator, `/resources/${mediationId}`);
      await arriveAt(page, MEDIATION.title, 'resource page, as its author');
      const files = page.getByRole('region', { name: 'Files' });
      await files.getByText('No files are attached.').waitFor();
      const chooser = files.getByLabel('Attach a file');

      // An HTML page named as a PDF is refused: the type comes from the bytes.
      await chooser.setInputFiles({
        name: 'pauta.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('<!doctype html><script>alert(1)</script>'),
      });
      await files.getByRole('button', { name: 'Attach', exact: true }).click();
      const summary = page.getByRole('alert');
      await summary.getByText(/This file is not one Trellis keeps/).waitFor();
      expect(await chooser.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'attaching a refused file');

      await chooser.setInputFiles({
        name: 'Pauta de mediación.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await files.getByRole('button', { name: 'Attach', exact: true }).click();
      await expectStatus(page, '“Pauta de mediación.pdf” attached.');
      await files.getByRole('link', { name: 'Pauta de mediación.pdf' }).waitFor();
      await files.getByText(/^PDF, .* added .* by /).waitFor();
      await expectAccessible(page, 'resource page with a file');

      // A teacher in the network downloads it, as a file with its name and bytes.
      const teacher = await (await suite.newContext()).newPage();
      await signIn(teacher, region.member, `/resources/${mediationId}`);
      await arriveAt(teacher, MEDIATION.title, 'resource page, as a teacher');
      const teacherFiles = teacher.getByRole('region', { name: 'Files' });
      expect(await teacherFiles.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
      expect(await teacherFiles.getByLabel('Attach a file').count()).toBe(0);
      const [download] = await Promise.all([
        teacher.waitForEvent('download'),
        teacherFiles.getByRole('link', { name: 'Pauta de mediación.pdf' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Pauta de mediación.pdf');
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(PDF)).toBe(true);

      // Its author removes it after confirming.
      await files.getByRole('button', { name: 'Remove Pauta de mediación.pdf' }).click();
      await files.getByText('Remove “Pauta de mediación.pdf” from this resource?').waitFor();
      await expectAccessible(page, 'confirming a file’s removal');
      await files.getByRole('group').getByRole('button', { name: 'Remove Pauta de mediación.pdf' }).click();
      await expectStatus(page, '“Pauta de mediación.pdf” removed.');
      await files.getByText('No files are attached.').waitFor();
    });

    it('refuses to adapt a no-derivatives resource, and says why in the error summary', async () => {
      const { page, region } = suite;
      const { circlesId } = await seed();
      await signIn(page, region.member, `/resources/${circlesId}`);
      await arriveAt(page, CIRCLES.title, 'ND resource page');
      const reason = 'Its licence says “no derivatives”: it may be shared as it is, but not adapted.';
      await page.getByText(`You cannot adapt this resource: ${reason}`).waitFor();
      // The server answers this signed-in reader's permissions: no editing, no deleting.
      expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);

      await page.getByRole('link', { name: 'Adapt', exact: true }).click();
      await arriveAt(page, `Adapt “${CIRCLES.title}”`, 'adapting an ND resource');
      await page.getByRole('button', { name: 'Save adaptation' }).click();
      await page.getByRole('alert').getByText(reason).waitFor();
      await expectAccessible(page, 'adaptation refused');
      expect(new URL(page.url()).pathname).toBe(`/resources/${circlesId}/adapt`);
    });

    it('keeps a draft its author’s: written, edited as a new version, unseen by another persona', async () => {
      const { page, region } = suite;
      await seed();
      await signIn(page, region.member, '/resources');
      await page.getByRole('link', { name: 'New resource' }).click();
      await arriveAt(page, 'New resource', 'new resource');
      // The API's field errors, at their fields and in the summary.
      await page.getByRole('button', { name: 'Save resource' }).click();
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: /^Title: / }).waitFor();
      await summary.getByRole('link', { name: /^Stages: / }).waitFor();
      expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'new resource with errors');

      const draft = 'Borrador de tertulias dialógicas de Orzanca';
      await page.getByLabel('Title').fill(draft);
      await page.getByLabel('Summary').fill('Tertulias literarias dialógicas para el primer ciclo.');
      await page.getByLabel('Written in').selectOption('es');
      await page.getByRole('group', { name: 'Stages' }).getByLabel('Primary').check();
      const tags = page.getByRole('combobox', { name: 'Tags' });
      await tags.fill('lectura dialógica en voz alta');
      await tags.press('Enter');
      await page.getByRole('list', { name: 'Tags' }).getByText('lectura dialógica en voz alta').waitFor();
      expect(await page.getByLabel('Who can see it').inputValue()).toBe('draft');
      await page.getByRole('button', { name: 'Save resource' }).click();
      await arriveAt(page, draft, 'the new draft');
      const id = new URL(page.url()).pathname.split('/')[2] ?? '';
      await page
        .getByRole('region', { name: 'About this resource' })
        .getByText('lectura dialógica en voz alta')
        .waitFor();

      await page.getByRole('link', { name: 'Edit', exact: true }).click();
      await arriveAt(page, `Edit “${draft}”`, 'editing a draft');
      await page.getByLabel('Summary').fill('Tertulias literarias dialógicas para todo primaria.');
      await page.getByLabel('What changed').fill('Para toda la etapa');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expectStatus(page, 'Your changes were saved.');
      const history = page.getByRole('region', { name: 'Version history' });
      await history.getByText(/Changed: summary — Para toda la etapa/).waitFor();
      await history.getByRole('link', { name: /^Version 1,/ }).click();
      await arriveAt(page, `${draft}: version 1`, 'a past version');
      await page.getByText('Tertulias literarias dialógicas para el primer ciclo.').waitFor();

      // The author finds it among their own; the evaluator of the same network does not.
      await page.goto('/resources?q=orzanca&mine=true');
      await results(page).getByRole('link', { name: draft }).waitFor();

      const other = await (await suite.newContext()).newPage();
      await signIn(other, region.evaluator, '/resources?q=orzanca');
      await arriveAt(other, 'Resources', 'search as another persona');
      await results(other).getByText('No resource matches this search.').waitFor();
      await other.goto(`/resources/${id}`);
      await arriveAt(other, 'Resource not found', 'another’s draft');

      // Its author deletes it, after confirming; a draft never carried JSON-LD.
      await page.goto(`/resources/${id}`);
      await arriveAt(page, draft, 'the draft before deleting');
      expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByText(`Delete “${draft}” and its history? Its adaptations stay.`).waitFor();
      await expectAccessible(page, 'confirming a deletion');
      await page.getByRole('button', { name: 'Yes, delete it' }).click();
      await expectStatus(page, `The resource “${draft}” was deleted.`);
      await arriveAt(page, 'Resources', 'search after deleting');
      await page.goto(`/resources/${id}`);
      await arriveAt(page, 'Resource not found', 'the deleted draft');
    });

    it('reads in Spanish: search, resource page and editor', async () => {
      const { region } = suite;
      const { mediationId } = await seed();
      const context = await suite.newContext({ locale: 'es-ES' });
      const page = await context.newPage();
      await page.goto('/resources?q=mediacion%20valdrena');
      await arriveAt(page, 'Recursos', 'búsqueda de recursos');
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Recursos' })
        .waitFor();
      await page
        .getByRole('region', { name: /^Resultados/ })
        .getByRole('link', { name: MEDIATION.title })
        .waitFor();
      await expectAccessible(page, 'búsqueda con resultados');
      await page.goto(`/resources/${mediationId}`);
      await arriveAt(page, MEDIATION.title, 'página del recurso');
      await page.getByRole('region', { name: 'Sobre este recurso' }).waitFor();
      await page.getByText('Inicia sesión para adaptar o editar recursos.').waitFor();

      await apiAs(context, region.evaluator);
      await page.goto('/resources/new');
      await arriveAt(page, 'Nuevo recurso', 'nuevo recurso');
      await page.getByRole('button', { name: 'Guardar el recurso' }).click();
      await page
        .getByRole('alert')
        .getByRole('link', { name: /^Título: / })
        .waitFor();
      await expectAccessible(page, 'nuevo recurso con errores');
      await page.goto(`/resources/${mediationId}/adapt`);
      await arriveAt(page, `Adaptar «${MEDIATION.title}»`, 'adaptar un recurso');
      await heading(page, `Adaptar «${MEDIATION.title}»`).waitFor();
    });
  });
}
