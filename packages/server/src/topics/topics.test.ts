import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../test-support/engines.js';
import { buildPerson } from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';

describeOnEachEngine('the topics autocomplete', (open) => {
  const t = useTestApp(open);

  it('answers in the reader’s language, prefix and alias matches first, with free tags for signed-in callers', async () => {
    await buildPerson(t.db, {
      email: 'ines@example.org',
      account: true,
      expertise: ['Lectura', 'Lecturas dramatizadas'],
    });
    await buildPerson(t.db, { needs: ['lecturas  dramatizadas', 'Club de LECTURA fácil', '100% lectura'] });
    const spanish = await t
      .client()
      .request('GET', '/api/v1/topics?q=LECT', undefined, { 'accept-language': 'es-ES' });
    expect(spanish.status).toBe(200);
    expect(spanish.body.topics[0]).toEqual({
      key: 'reading',
      label: 'lectura',
      labels: { en: 'reading', es: 'lectura' },
      matched: null,
    });
    // People's own words are not for anonymous callers.
    expect(spanish.body.freeTags).toEqual([]);

    const ines = await t.client().signIn('ines@example.org');
    const english = await ines.get('/api/v1/topics?q=lectu');
    expect(english.body.topics[0]).toMatchObject({ key: 'reading', label: 'reading', matched: 'lectura' });
    // Folded alike and counted once per spelling; those that begin with the text first. Topic
    // keys ("reading") are never free tags.
    expect(english.body.freeTags).toEqual([
      { tag: 'Lecturas dramatizadas', uses: 2 },
      { tag: '100% lectura', uses: 1 },
      { tag: 'Club de LECTURA fácil', uses: 1 },
    ]);
    // LIKE's own characters are text.
    expect((await ines.get('/api/v1/topics?q=100%25%20l')).body.freeTags).toEqual([
      { tag: '100% lectura', uses: 1 },
    ]);
    expect((await ines.get('/api/v1/topics?q=10_')).body.freeTags).toEqual([]);
  });

  it('lists every topic without a query, and refuses an overlong one', async () => {
    const all = await t.client().get('/api/v1/topics');
    expect(all.body.topics.length).toBeGreaterThanOrEqual(60);
    expect(all.body.freeTags).toEqual([]);
    expect((await t.client().get(`/api/v1/topics?q=${'x'.repeat(81)}`)).status).toBe(400);
  });
});
