import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson, buildResource } from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { parseHeadline } from './resources.search.js';
import { resources } from './resources.table.js';

interface Hit {
  id: string;
  title: string;
  network: { slug: string } | null;
  authors: { name: string }[];
  snippet: { text: string; matches: { start: number; length: number }[] } | null;
}
interface Page {
  items: Hit[];
  nextCursor: string | null;
  facets: Record<'type' | 'stage' | 'language' | 'licence', { value: string; count: number }[]>;
  total: number;
  correctedQuery: string | null;
}

describe('parseHeadline', () => {
  it('turns the markers into offsets into the unmarked text', () => {
    expect(parseHeadline('Una \u0002evaluación\u0003 y \u0002rúbricas\u0003')).toEqual({
      text: 'Una evaluación y rúbricas',
      matches: [
        { start: 4, length: 10 },
        { start: 17, length: 8 },
      ],
    });
  });
});

describeOnEachEngine('resource search', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<string, string>;
  const anonymous = () => t.client();
  const as = (who: string) => t.client().signIn(`${who}@example.org`);
  const search = async (query: string, who?: string) => {
    const client = who ? await as(who) : anonymous();
    const response = await client.get(`/api/v1/resources?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Page;
  };
  const titles = (page: Page) => page.items.map((item) => item.title);

  beforeAll(async () => {
    const n1 = await buildNetwork(t.db, { slug: 'red-uno', name: 'Red Uno', visibility: 'members' });
    const n2 = await buildNetwork(t.db, { slug: 'red-dos', name: 'Red Dos', visibility: 'members' });
    ids.n1 = n1.id;
    for (const [name, network] of [
      ['ana', n1.id],
      ['bea', n2.id],
    ] as const) {
      ids[name] = (
        await buildPerson(t.db, { email: `${name}@example.org`, displayName: name, account: true })
      ).id;
      await addMember(t.db, network, { personId: ids[name] });
    }
    const es = { language: 'es' as const };
    await buildResource(t.db, {
      ...es,
      title: 'Evaluación formativa en el aula',
      summary: 'Rúbricas y retroalimentación.',
      type: 'toolkit',
      stages: ['primary'],
      licence: 'CC-BY-SA-4.0',
    });
    await buildResource(t.db, {
      ...es,
      title: 'Diario de clase',
      summary: 'Notas sobre la evaluacion continua.',
    });
    await buildResource(t.db, {
      ...es,
      title: 'Mediación escolar entre iguales',
      summary: 'Un protocolo para resolver conflictos.',
      type: 'protocol',
    });
    await buildResource(t.db, {
      title: 'Restorative circle',
      summary: 'A way to repair harm in a class.',
      type: 'lesson',
      stages: ['secondary'],
    });
    // Ranking: the same rare word in the title, the summary, and the body.
    await buildResource(t.db, {
      title: 'Zephyr kites',
      summary: 'Kites for a breezy afternoon.',
      subjects: ['ranking'],
    });
    await buildResource(t.db, {
      title: 'Paper birds',
      summary: 'Folding a zephyr from paper.',
      subjects: ['ranking'],
    });
    await buildResource(t.db, {
      title: 'Wind in the yard',
      body: 'On windy days, a zephyr game.',
      subjects: ['ranking'],
    });
    // Visibility: a network-only resource in each network, and Ana's draft.
    await buildResource(t.db, {
      title: 'Orchard notes for Red Uno',
      visibility: 'network',
      networkId: n1.id,
    });
    await buildResource(t.db, {
      title: 'Orchard notes for Red Dos',
      visibility: 'network',
      networkId: n2.id,
    });
    await buildResource(t.db, {
      title: 'Orchard draft',
      visibility: 'draft',
      networkId: n1.id,
      authorIds: [ids.ana!],
    });
    await buildResource(t.db, { title: 'Orchard in public', networkId: n1.id, authorIds: [ids.ana!] });
    // Facets and filters: a known mix.
    const mix = [
      ['card', 'es', 'CC0-1.0', ['primary']],
      ['card', 'en', 'CC0-1.0', ['primary', 'secondary']],
      ['plan', 'es', 'CC-BY-4.0', ['secondary']],
      ['plan', 'en', 'CC0-1.0', ['adult']],
      ['card', 'es', 'CC-BY-4.0', ['primary']],
    ] as const;
    for (const [index, [type, language, licence, stages]] of mix.entries()) {
      await buildResource(t.db, {
        title: `Huerto ${index}`,
        type,
        language,
        licence,
        stages: [...stages],
        subjects: ['Huerto escolar'],
        tags: ['huerto', 'compost'],
      });
    }
    // Paging: 45 rows, some sharing one updatedAt so that the id breaks the tie.
    for (let index = 0; index < 45; index += 1) {
      const updatedAt = new Date(
        Date.UTC(2026, 0, 1, 0, 0, Math.floor(index / 3), index % 3 === 0 ? 0 : 123),
      );
      await buildResource(t.db, { title: `Page row ${index}`, subjects: ['paging'], updatedAt });
    }
  });

  it('finds accented text typed without accents and the other way round', async () => {
    expect(titles(await search('q=evaluacion%20formativa'))).toContain('Evaluación formativa en el aula');
    const accented = titles(await search(`q=${encodeURIComponent('evaluación')}`));
    expect(accented).toContain('Diario de clase');
    expect(accented).toContain('Evaluación formativa en el aula');
  });

  it('stems Spanish plurals and English words', async () => {
    const plural = titles(await search('q=evaluaciones'));
    expect(plural).toEqual(expect.arrayContaining(['Evaluación formativa en el aula', 'Diario de clase']));
    expect(titles(await search('q=restorative%20circles'))).toEqual(['Restorative circle']);
    expect(titles(await search('q=repairing'))).toEqual(['Restorative circle']);
  });

  it('forgives a typo in the title', async () => {
    expect(titles(await search('q=mediacion%20escolr'))[0]).toBe('Mediación escolar entre iguales');
    expect(titles(await search('q=xqzv%20wkpt'))).toEqual([]);
  });

  it('corrects a misspelt word to one the bank holds, and marks the corrected words', async () => {
    // "retroalimentasion" is in no resource; "retroalimentación" is, in a summary only, so no title
    // spelling could have found it.
    const page = await search('q=rubricas%20retroalimentasion');
    expect(titles(page)).toEqual(['Evaluación formativa en el aula']);
    // What was searched for instead, the corrected word in the form the bank writes it.
    expect(page.correctedQuery).toBe('rubricas retroalimentación');
    expect((await search('q=rubricas')).correctedQuery).toBeNull();
    const snippet = page.items[0]!.snippet!;
    const marked = snippet.matches.map((match) =>
      snippet.text.slice(match.start, match.start + match.length),
    );
    expect(marked).toEqual(['Rúbricas', 'retroalimentación']);
    // A different word is not a misspelling: nothing close enough, nothing found.
    expect(titles(await search('q=rubricas%20dialogicas'))).toEqual([]);
  });

  it('learns the words of resources written and edited later', async () => {
    const written = await buildResource(t.db, { title: 'Quokka census', summary: 'Counting them.' });
    expect(titles(await search('q=quoka'))).toEqual(['Quokka census']);
    await t.db
      .update(resources)
      .set({ summary: 'Counting wombats too.' })
      .where(eq(resources.id, written.id));
    expect(titles(await search('q=wombatts'))).toEqual(['Quokka census']);
  });

  it('keeps a corrected query corrected on every page', async () => {
    // "rowz" corrects to "row"; a later page asked as typed would come back empty.
    const first = await search('q=page%20rowz&subject=paging&limit=20');
    expect(first.total).toBe(45);
    const second = await search(`q=page%20rowz&subject=paging&limit=20&cursor=${first.nextCursor}`);
    const third = await search(`q=page%20rowz&subject=paging&limit=20&cursor=${second.nextCursor}`);
    expect(new Set([...titles(first), ...titles(second), ...titles(third)]).size).toBe(45);
  });

  it('ranks a title match above a summary match above a body match', async () => {
    expect(titles(await search('q=zephyr'))).toEqual(['Zephyr kites', 'Paper birds', 'Wind in the yard']);
  });

  it('marks where the query matched in the snippet, from the summary or else the body', async () => {
    const page = await search('q=zephyr');
    // A title-only match: the summary, unmarked (the title is shown, and marked, by the page).
    expect(page.items[0]!.snippet).toEqual({ text: 'Kites for a breezy afternoon.', matches: [] });
    for (const item of page.items.slice(1)) {
      const snippet = item.snippet!;
      expect(snippet.matches.length, item.title).toBeGreaterThan(0);
      for (const match of snippet.matches)
        expect(snippet.text.slice(match.start, match.start + match.length).toLowerCase()).toBe('zephyr');
    }
    expect(page.items[2]!.snippet!.text).toContain('windy days');
    const accents = (await search('q=evaluacion')).items.find((item) => item.title === 'Diario de clase');
    const snippet = accents!.snippet!;
    expect(
      snippet.text.slice(snippet.matches[0]!.start, snippet.matches[0]!.start + snippet.matches[0]!.length),
    ).toBe('evaluacion');
    expect((await search('subject=ranking')).items[0]!.snippet).toBeNull();
  });

  it('counts facets over the whole filtered set, before paging', async () => {
    const page = await search('subject=huerto%20escolar&limit=2');
    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(2);
    expect(page.facets.type).toEqual([
      { value: 'card', count: 3 },
      { value: 'plan', count: 2 },
    ]);
    expect(page.facets.language).toEqual([
      { value: 'es', count: 3 },
      { value: 'en', count: 2 },
    ]);
    expect(page.facets.licence).toEqual([
      { value: 'CC0-1.0', count: 3 },
      { value: 'CC-BY-4.0', count: 2 },
    ]);
    expect(page.facets.stage).toEqual([
      { value: 'primary', count: 3 },
      { value: 'secondary', count: 2 },
      { value: 'adult', count: 1 },
    ]);
  });

  it('combines filters', async () => {
    const page = await search(
      'subject=Huerto%20escolar&type=card,plan&language=es&licence=CC-BY-4.0&stage=secondary,adult',
    );
    expect(titles(page)).toEqual(['Huerto 2']);
    expect(page.total).toBe(1);
    expect((await search('subject=huerto%20escolar&type=lesson')).total).toBe(0);
    expect((await anonymous().get('/api/v1/resources?type=poster')).status).toBe(400);
  });

  it('pages newest first over 45 rows without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await search(`subject=paging&limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...titles(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    // Newest first: the rows were written with rising updatedAt, three to a second.
    const seconds = seen.map((title) => Math.floor(Number(title.split(' ').pop()) / 3));
    expect(seconds).toEqual([...seconds].sort((a, b) => b - a));
    expect((await anonymous().get('/api/v1/resources?cursor=bm9wZQ')).status).toBe(400);
  });

  it('pages ranked results with an offset cursor', async () => {
    const first = await search('q=row&subject=paging&limit=20');
    const second = await search(`q=row&subject=paging&limit=20&cursor=${first.nextCursor}`);
    const third = await search(`q=row&subject=paging&limit=20&cursor=${second.nextCursor}`);
    const all = [...titles(first), ...titles(second), ...titles(third)];
    expect(new Set(all).size).toBe(45);
    expect(third.nextCursor).toBeNull();
  });

  it('keeps a misspelt query in spelling mode on every page', async () => {
    // "paje" is no word of any title, so only the spelling fallback finds "Page row N"; a later
    // page asked in words mode would come back empty.
    const first = await search('q=paje%20row&subject=paging&limit=20');
    expect(first.total).toBe(45);
    const second = await search(`q=paje%20row&subject=paging&limit=20&cursor=${first.nextCursor}`);
    const third = await search(`q=paje%20row&subject=paging&limit=20&cursor=${second.nextCursor}`);
    expect(new Set([...titles(first), ...titles(second), ...titles(third)]).size).toBe(45);
    expect(third.nextCursor).toBeNull();
  });

  describe('visibility', () => {
    it('shows the anonymous only public resources', async () => {
      const page = await search('q=orchard');
      expect(titles(page)).toEqual(['Orchard in public']);
      // The network is members-only: the hit says nothing of it.
      expect(page.items[0]!.network).toBeNull();
      expect(page.items[0]!.authors).toEqual([{ id: ids.ana, name: 'ana' }]);
    });

    it('never shows a member another network’s resources or someone else’s draft', async () => {
      expect(titles(await search('q=orchard', 'bea')).sort()).toEqual([
        'Orchard in public',
        'Orchard notes for Red Dos',
      ]);
      expect((await search('q=orchard&network=red-uno', 'bea')).items).toEqual([]);
      const ana = await search('q=orchard', 'ana');
      expect(titles(ana).sort()).toEqual(['Orchard draft', 'Orchard in public', 'Orchard notes for Red Uno']);
      expect(ana.items.find((item) => item.title === 'Orchard in public')!.network!.slug).toBe('red-uno');
    });

    it('gives authors their own resources, drafts included, with mine=true', async () => {
      expect(titles(await search('mine=true', 'ana')).sort()).toEqual(['Orchard draft', 'Orchard in public']);
      expect(titles(await search(`mine=true&network=${ids.n1}`, 'ana')).sort()).toEqual([
        'Orchard draft',
        'Orchard in public',
      ]);
      expect((await search('mine=true', 'bea')).total).toBe(0);
      expect((await search('mine=true')).total).toBe(0);
    });
  });

  it('suggests subjects and tags in use, starting ones first, folded', async () => {
    const subjects = (await anonymous().get('/api/v1/resources/suggestions?field=subject&q=HUERTO')).body as {
      items: { value: string; count: number }[];
    };
    expect(subjects.items).toEqual([{ value: 'Huerto escolar', count: 5 }]);
    const tags = (await anonymous().get('/api/v1/resources/suggestions?field=tag&q=o')).body as {
      items: { value: string }[];
    };
    expect(tags.items.map((item) => item.value)).toEqual(['compost', 'huerto']);
  });
});
