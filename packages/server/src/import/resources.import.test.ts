/** `trellis import resources`: the bank's rows, all or none, found by search afterwards. */
import { like, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { resources } from '../resources/resources.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { buildNetwork, buildPerson } from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { ImportError, importCsv } from './import.js';

const unique = () => Math.random().toString(36).slice(2, 8);

const counts = async (db: Database) =>
  (
    await queryRows<{ resources: number; versions: number; authors: number }>(
      db,
      sql`select (select count(*)::int from resources) as resources,
        (select count(*)::int from resource_versions) as versions,
        (select count(*)::int from resource_authors) as authors`,
    )
  )[0]!;

describeOnEachEngine('CSV import of resources', (open) => {
  const t = useTestApp(open);

  it('creates each row with its first version, credited and shared as the row says, and search finds them', async () => {
    const network = await buildNetwork(t.db, { slug: `mediacion-${unique()}` });
    const author = await buildPerson(t.db, { email: `autora-${unique()}@example.org`, account: true });
    const word = `Convivencia${unique()}`;
    const file = `title,summary,language,type,stage,subject,tags,licence,body,network,author_email,visibility
"${word}: mediación escolar entre iguales","Protocolo para formar alumnado mediador",es,protocol,primary;secondary,Tutoría;Convivencia,mediación escolar;lectura,CC-BY-SA-4.0,"## Pasos\n\n1. Formar",${network.slug},${author.email},network
Restorative circles ${word},A toolkit for circles in class,en,toolkit,secondary,,restorative practices,CC-BY-4.0,,,,
`;
    const before = await counts(t.db);
    expect(await importCsv(t.db, 'resources', file)).toEqual({ created: 2, updated: 0 });
    expect(await counts(t.db)).toEqual({
      resources: before.resources + 2,
      versions: before.versions + 2,
      authors: before.authors + 1,
    });
    const [shared] = await t.db
      .select()
      .from(resources)
      .where(like(resources.title, `${word}:%`));
    expect(shared).toMatchObject({
      stages: ['primary', 'secondary'],
      subjects: ['Tutoría', 'Convivencia'],
      tags: ['school-mediation', 'reading'],
      licence: 'CC-BY-SA-4.0',
      visibility: 'network',
      networkId: network.id,
      body: '## Pasos\n\n1. Formar',
      version: 1,
    });

    // The public one is found by anyone, accents or not; the network's one only by its members.
    const anonymous = await t.client().get(`/api/v1/resources?q=${encodeURIComponent(word.toLowerCase())}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.items.map((item: { title: string }) => item.title)).toEqual([
      `Restorative circles ${word}`,
    ]);
    const asAuthor = await t.client().signIn(author.email!);
    const found = await asAuthor.get(
      `/api/v1/resources?q=${encodeURIComponent('mediacion')}&network=${network.slug}`,
    );
    expect(found.body.items.map((item: { title: string }) => item.title)).toContain(
      `${word}: mediación escolar entre iguales`,
    );
  });

  it('refuses a file with any bad row, naming row and column in both languages, and writes nothing', async () => {
    const network = await buildNetwork(t.db, { slug: `red-${unique()}` });
    const file = `title,summary,language,type,stage,licence,network,author_email,visibility
Good one,,es,card,primary,CC0-1.0,${network.slug},,public
Bad licence,,es,card,primary,GPL-3.0,,,
No stage,,en,lesson,,CC-BY-4.0,,,
Unknown network,,en,lesson,adult,CC-BY-4.0,no-such-network,,
Shared with nobody,,en,lesson,adult,CC-BY-4.0,,,network
Orphan draft,,en,lesson,adult,CC-BY-4.0,,,draft
Unknown author,,fr,lesson,adult,CC-BY-4.0,,nobody-${unique()}@example.org,
`;
    const before = await counts(t.db);
    const error = await importCsv(t.db, 'resources', file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    const issues = (error as ImportError).issues;
    expect(issues.map((issue) => [issue.row, issue.column])).toEqual([
      [3, 'licence'],
      [4, 'stage'],
      [5, 'network'],
      [6, 'network'],
      [7, 'author_email'],
      // A row whose cells are wrong is not looked up as well: its author comes after its language.
      [8, 'language'],
    ]);
    for (const issue of issues) expect(issue.message.es).not.toBe(issue.message.en);
    expect(issues[2]!.message.es).toBe('Ninguna red tiene este identificador.');
    expect(await counts(t.db)).toEqual(before);
  });
});
