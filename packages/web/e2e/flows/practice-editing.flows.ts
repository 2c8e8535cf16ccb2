/**
 * Writing practices in a browser: the demo evaluator records a new practice (a missing claim is
 * said first, at its field and in the focused summary), edits it, adds an item of evidence,
 * changes that item's direction, deletes the item and then the practice; a member who may not
 * edit a practice sees no edit or delete controls on it, and edits the outcome of their own
 * school's adoption; the editor's pages pass axe in English and Spanish.
 *
 * These flows run before the reading flows (practices.flows.ts) and leave the region as they
 * found it for them: the practice they create is deleted, the adoption they add is on a practice
 * other than the one those flows pick, and the account that switches to Spanish switches back.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import type { Account } from '../support/region.ts';
import { expectAccessible } from '../support/axe.ts';
import { arriveAt, expectStatus, signIn, type BrowserSuite } from '../support/suite.ts';

interface PracticeRow {
  id: string;
  title: string;
  school: { id: string; name: string };
  evidenceCount: number;
  adoptionCount: number;
}

/** An API client signed in as `account`, in a context of its own, with its CSRF token for writes. */
async function apiAs(suite: BrowserSuite, account: Account) {
  const { request } = await suite.newContext();
  const session = await request.post('/api/v1/session', {
    data: { email: account.email, password: account.password },
  });
  if (session.status() !== 201) throw new Error(`sign-in failed: ${session.status()}`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const post = (path: string, data: unknown) =>
    request.post(path, { data, headers: { 'X-CSRF-Token': csrfToken } });
  return { get: (path: string) => request.get(path), post };
}

/** What the flows read through: a signed-in client above, or a page's own request context. */
type Reader = Pick<APIRequestContext, 'get'>;

async function getJson<T>(request: Reader, path: string): Promise<T> {
  const response = await request.get(path);
  if (response.status() !== 200) throw new Error(`GET ${path}: ${response.status()}`);
  return (await response.json()) as T;
}

/** The organisation `account` works at now (their first current affiliation). */
async function schoolOf(request: Reader): Promise<{ id: string; name: string }> {
  const session = await getJson<{ person: { id: string } }>(request, '/api/v1/session');
  const person = await getJson<{
    affiliations: { organisation: { id: string; name: string }; endDate: string | null }[];
  }>(request, `/api/v1/people/${session.person.id}`);
  const current = person.affiliations.find((affiliation) => affiliation.endDate === null);
  if (!current) throw new Error('The demo member works at no school.');
  return current.organisation;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Types into a type-ahead and picks the option whose name starts with `name`. */
async function pick(page: Page, box: Locator, typed: string, name: string) {
  await box.fill(typed);
  await page
    .getByRole('option', { name: new RegExp(`^${escape(name)}`) })
    .first()
    .click();
}

/** The element that has focus, as the test can compare it. */
const focused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Registers the editing flows on the shared browser suite. */
export function practiceEditingFlows(suite: BrowserSuite) {
  describe('writing practices', () => {
    it('lets the evaluator record, edit and delete a practice, and change and delete its evidence', async () => {
      const { page, region } = suite;
      const api = await apiAs(suite, region.evaluator);
      const practices = await getJson<{ items: PracticeRow[] }>(
        api,
        `/api/v1/practices?network=${region.network.slug}&limit=1`,
      );
      const school = practices.items[0]!.school;
      const resources = await getJson<{ items: { title: string }[] }>(api, '/api/v1/resources?limit=1');
      const resource = resources.items[0]!.title;
      const title = `Reading triads ${randomUUID().slice(0, 8)}`;

      await signIn(page, region.evaluator, '/practices');
      await page.getByRole('link', { name: 'Record a practice' }).click();
      await arriveAt(page, 'Record a practice', 'new practice page');

      // A missing claim is said at its field and in the summary, which takes focus.
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Network it is shared in').selectOption({ label: region.network.name });
      await pick(page, page.getByLabel('School it comes from'), school.name, school.name);
      await page.getByRole('button', { name: 'Record the practice' }).click();
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: /^What it is meant to change: / }).waitFor();
      expect(await focused(summary)).toBe(true);
      await expect
        .poll(() => page.getByLabel('What it is meant to change').getAttribute('aria-invalid'))
        .toBe('true');
      await expectAccessible(page, 'new practice page, a missing claim');

      await page.getByLabel('What it is meant to change').fill('Pupils of year 4 read aloud with fluency.');
      await page
        .getByLabel('Its components (optional)')
        .fill('Triads of mixed readers\nWeekly rotation of roles');
      await pick(page, page.getByLabel('Resources that carry it (optional)'), resource, resource);
      await page
        .getByRole('list', { name: 'Chosen resources' })
        .getByRole('button', { name: `Remove ${resource}` })
        .waitFor();
      await page.getByRole('button', { name: 'Record the practice' }).click();
      await arriveAt(page, title, 'the new practice');
      await expectStatus(page, `Practice “${title}” recorded.`);
      await page
        .getByRole('region', { name: 'Its components' })
        .getByText('Weekly rotation of roles')
        .waitFor();
      await page
        .getByRole('region', { name: 'Resources that carry it' })
        .getByRole('link', { name: resource })
        .waitFor();

      // Edit: prefilled; a new title is saved.
      await page.getByRole('link', { name: 'Edit the practice' }).click();
      await arriveAt(page, `Edit “${title}”`, 'edit practice page');
      expect(await page.getByLabel('School it comes from').inputValue()).toBe(school.name);
      const revised = `${title} (revised)`;
      await page.getByLabel('Title', { exact: true }).fill(revised);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await arriveAt(page, revised, 'the edited practice');
      await expectStatus(page, 'Changes saved.');

      // An item of evidence, added, then its direction changed: focus lands on the saved item.
      const add = page.getByRole('region', { name: 'Add evidence' });
      await add.getByLabel('Summary').fill('Fluency rose in the three classes that ran it for a term.');
      await add.getByLabel('Participants (optional)').fill('72');
      await add.getByRole('button', { name: 'Add the evidence' }).click();
      await expectStatus(page, 'Evidence added.');
      const evidence = page.getByRole('region', { name: 'Evidence', exact: true });
      const item = evidence.getByRole('listitem');
      await expect.poll(() => item.count()).toBe(1);
      await item.getByText('72 participants').waitFor();
      await item.getByRole('button', { name: 'Edit' }).click();
      const form = evidence.getByRole('form', { name: 'Edit the evidence' });
      expect(await focused(form.getByRole('heading', { name: 'Edit the evidence' }))).toBe(true);
      await expectAccessible(page, 'evidence item in edit');
      await form.getByLabel('Direction').selectOption({ label: 'Contrasting' });
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expectStatus(page, 'Evidence updated.');
      await item.getByText(/^Contrasting · level 1 · Study$/).waitFor();
      await expect.poll(() => focused(item)).toBe(true);
      const balance = page.getByRole('table', { name: 'Evidence items by level and direction' });
      await expect.poll(() => balance.locator('tfoot td').nth(1).textContent()).toBe('1');

      // Deleted after a confirmation; focus goes to the list's heading.
      await item.getByRole('button', { name: 'Delete' }).click();
      await item.getByRole('group', { name: 'Delete this evidence item? This cannot be undone.' }).waitFor();
      await item.getByRole('button', { name: 'Delete' }).click();
      await expectStatus(page, 'Evidence item deleted.');
      await evidence.getByText('No evidence has been recorded yet.').waitFor();
      expect(await focused(evidence.getByRole('heading', { name: 'Evidence' }))).toBe(true);

      // The practice, deleted after a confirmation: back to the list, and gone.
      const url = new URL(page.url());
      await page.getByRole('button', { name: 'Delete the practice' }).click();
      const confirm = page.getByRole('group', { name: new RegExp(`^Delete “${escape(revised)}”\\?`) });
      await confirm.waitFor();
      await confirm.getByRole('button', { name: 'Yes, delete it' }).click();
      await arriveAt(page, 'Practices', 'list after deleting');
      await expectStatus(page, `Practice “${revised}” deleted.`);
      expect((await api.get(`/api/v1${url.pathname}`)).status()).toBe(404);
    });

    it('shows a member no controls they may not use, and lets them note their adoption’s outcome', async () => {
      const { page, region } = suite;
      const member = await apiAs(suite, region.member);
      const school = await schoolOf(member);
      const evaluator = await apiAs(suite, region.evaluator);
      // A practice from another school, with evidence, that the member's school has not taken up;
      // the least adopted, so that the reading flows' most adopted practice stays as they expect.
      const { items } = await getJson<{ items: PracticeRow[] }>(
        evaluator,
        `/api/v1/practices?network=${region.network.slug}&limit=100`,
      );
      const candidates = items
        .filter((practice) => practice.school.id !== school.id && practice.evidenceCount > 0)
        .toSorted((a, b) => a.adoptionCount - b.adoptionCount);
      let practice: PracticeRow | undefined;
      for (const candidate of candidates) {
        const adoptions = await getJson<{ items: { school: { id: string } }[] }>(
          evaluator,
          `/api/v1/practices/${candidate.id}/adoptions`,
        );
        if (!adoptions.items.some((adoption) => adoption.school.id === school.id)) {
          practice = candidate;
          break;
        }
      }
      if (!practice) throw new Error('No practice the member’s school could take up.');
      const recorded = await evaluator.post(`/api/v1/practices/${practice.id}/adoptions`, {
        schoolId: school.id,
        startedOn: new Date().toISOString().slice(0, 10),
        mode: 'adopted',
      });
      expect(recorded.status()).toBe(201);

      await signIn(page, region.member, `/practices/${practice.id}`);
      await arriveAt(page, practice.title, 'practice page, as a member');
      const evidence = page.getByRole('region', { name: 'Evidence', exact: true });
      await evidence.getByRole('listitem').first().waitFor();
      expect(await page.getByRole('link', { name: 'Edit the practice' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Delete the practice' }).count()).toBe(0);
      expect(await evidence.getByRole('button').count()).toBe(0);

      // Their school's adoption is the one they may change.
      const mine = page.getByRole('region', { name: 'Adoptions you can change' }).getByRole('listitem');
      await expect.poll(() => mine.count()).toBe(1);
      await mine.getByText(new RegExp(`^${escape(school.name)}, taken from`)).waitFor();
      await mine.getByRole('button', { name: 'Edit' }).click();
      const form = mine.getByRole('form', { name: `Edit the adoption by ${school.name}` });
      await form.getByLabel('What happened (optional)').fill('Two classes run it; a third starts in spring.');
      await expectAccessible(page, 'adoption in edit');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expectStatus(page, 'Adoption updated.');
      await mine.getByText('Two classes run it; a third starts in spring.').waitFor();
      await expect.poll(() => focused(mine)).toBe(true);
    });

    it('writes a practice in Spanish, and the editor passes axe there', async () => {
      const { page, region } = suite;
      await signIn(page, region.evaluator, '/practices/new');
      await arriveAt(page, 'Record a practice', 'new practice page');
      const language = page.getByRole('group', { name: 'Language' });
      await language.getByRole('button', { name: 'Español' }).click();
      try {
        await arriveAt(page, 'Registrar una práctica', 'new practice page in Spanish');
        // The API's words for a missing title and claim come back in Spanish too.
        await page.getByRole('button', { name: 'Registrar la práctica' }).click();
        const summary = page.getByRole('alert');
        await summary.getByRole('link', { name: /^Lo que pretende cambiar: / }).waitFor();
        await expectAccessible(page, 'new practice page in Spanish, with errors');
        const title = `Tertulias dialógicas ${randomUUID().slice(0, 8)}`;
        await page.getByLabel('Título', { exact: true }).fill(title);
        await page.getByLabel('Lo que pretende cambiar').fill('Que el alumnado de 5.º argumente lo que lee.');
        await page.getByLabel('Red en la que se comparte').selectOption({ label: region.network.name });
        const { items } = await getJson<{ items: PracticeRow[] }>(
          page.request,
          `/api/v1/practices?network=${region.network.slug}&limit=1`,
        );
        const school = items[0]!.school.name;
        await pick(page, page.getByLabel('Centro del que procede'), school, school);
        await page.getByRole('button', { name: 'Registrar la práctica' }).click();
        await arriveAt(page, title, 'the new practice in Spanish');
        await page.getByRole('link', { name: 'Editar la práctica' }).click();
        await arriveAt(page, `Editar «${title}»`, 'edit practice page in Spanish');
        await page.getByRole('button', { name: 'Cancelar' }).click();
        await arriveAt(page, title, 'back on the practice');
        await page.getByRole('button', { name: 'Eliminar la práctica' }).click();
        await page.getByRole('button', { name: 'Sí, eliminarla' }).click();
        await arriveAt(page, 'Prácticas', 'list after deleting, in Spanish');
      } finally {
        // The language is remembered on the account: the reading flows expect it in English.
        const saved = page.waitForResponse((response) => response.url().endsWith('/api/v1/session/locale'));
        await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
        await saved;
      }
    });
  });
}
