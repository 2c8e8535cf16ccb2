import { describe, expect, it } from 'vitest';
import { foldTag, normaliseTags, resolveTag, searchTopics, tagLabel } from './tags.js';
import { TOPICS } from './topics.js';
import { EXPERTISE_TAGS } from '../demo/people.js';

describe('the topic vocabulary', () => {
  it('names each topic one way only: no label, alias or key resolves to two topics', () => {
    const owner = new Map<string, string>();
    for (const topic of TOPICS) {
      for (const name of [topic.key, topic.en, topic.es, ...topic.aliases.en, ...topic.aliases.es]) {
        const folded = foldTag(name);
        expect(owner.get(folded) ?? topic.key, `${name} names ${owner.get(folded)} and ${topic.key}`).toBe(
          topic.key,
        );
        owner.set(folded, topic.key);
      }
    }
    expect(TOPICS.length).toBeGreaterThanOrEqual(60);
    // Keys are stored and compared by the database as they are: lower-case ASCII.
    for (const topic of TOPICS) expect(topic.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('covers every tag of the demo region, which its people store as topic keys', () => {
    for (const tag of EXPERTISE_TAGS)
      expect(
        TOPICS.map((topic) => topic.key),
        tag,
      ).toContain(resolveTag(tag));
  });
});

describe('tags as typed', () => {
  it('resolve to a topic key in either language, by label or alias, ignoring case and accents', () => {
    for (const typed of [
      'reading',
      'Lectura',
      'LECTURA',
      'comprension lectora',
      'Competencia  lectora',
      'literacy',
    ])
      expect(resolveTag(typed)).toBe('reading');
    expect(resolveTag('evaluación formativa')).toBe('formative-assessment');
    expect(resolveTag('Primary-Secondary transition')).toBe('transitions');
    expect(resolveTag('formative-assessment')).toBe('formative-assessment');
  });

  it('stay free tags, tidied, when they name no topic', () => {
    expect(resolveTag('  Peer   observation ')).toBe('Peer observation');
    expect(resolveTag('lecturas dramatizadas')).toBe('lecturas dramatizadas');
  });

  it('drop repeats of the same topic or the same folded free tag, keeping the first', () => {
    expect(
      normaliseTags(['Lectura', 'reading', 'Huerto escolar', 'huerto ESCOLAR', ' ', 'convivencia']),
    ).toEqual(['reading', 'Huerto escolar', 'coexistence']);
  });

  it('are labelled in the reader’s language, free tags as typed', () => {
    expect(tagLabel('reading', 'es')).toBe('lectura');
    expect(tagLabel('reading', 'en')).toBe('reading');
    expect(tagLabel('Huerto escolar', 'en')).toBe('Huerto escolar');
  });
});

describe('searching topics', () => {
  it('finds "lect" in Spanish as lectura first, and the English reader sees reading by its alias', () => {
    const es = searchTopics('lect', 'es');
    expect(es[0]).toMatchObject({ topic: { key: 'reading' }, matched: null, rank: 0 });
    const en = searchTopics('lect', 'en');
    expect(en[0]).toMatchObject({ topic: { key: 'reading' }, matched: 'lectura', rank: 1 });
  });

  it('puts names that begin with the text before words that do, before names that contain it', () => {
    const ranks = searchTopics('media', 'en').map((match) => match.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(searchTopics('mediacion', 'en')[0]).toMatchObject({ topic: { key: 'school-mediation' }, rank: 1 });
    expect(searchTopics('zzz', 'en')).toEqual([]);
    expect(searchTopics('', 'es')).toHaveLength(TOPICS.length);
  });
});
