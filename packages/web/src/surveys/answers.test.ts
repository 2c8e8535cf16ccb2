import { describe, expect, it } from 'vitest';
import { entriesFrom, entryForOutsider, entryForPerson, entryName, nominationsOf } from './answers.ts';
import type { SurveyQuestion } from './surveys.api.ts';

const question = (id: string): SurveyQuestion => ({
  id,
  position: 0,
  relation: 'advice',
  promptEn: 'Whom?',
  promptEs: '¿A quién?',
  maxNominations: 3,
  frequencyScale: null,
  frequencyScaleEs: null,
});

describe('answers being written', () => {
  it('orders the body question by question and remembers which row each nomination came from', () => {
    const ana = entryForPerson('q2', {
      id: 'p-ana',
      displayName: 'Ana Ruiz',
      organisations: [{ id: 'o1', name: 'CEIP Las Eras' }],
    });
    const luis = { ...entryForOutsider('q1', '  Luis Prado ', ' Biblioteca '), frequency: 2 };
    const { nominations, keys } = nominationsOf([ana, luis], [question('q1'), question('q2')]);
    expect(nominations).toEqual([
      { questionId: 'q1', frequency: 2, outside: { name: 'Luis Prado', organisation: 'Biblioteca' } },
      { questionId: 'q2', frequency: null, personId: 'p-ana' },
    ]);
    expect(keys).toEqual([luis.key, ana.key]);
    expect(ana.person?.detail).toBe('CEIP Las Eras');
    expect([entryName(ana), entryName(luis)]).toEqual(['Ana Ruiz', 'Luis Prado']);
  });

  it('carries on from a saved response, and from nothing', () => {
    const entries = entriesFrom({
      waveId: 'w',
      respondent: { id: 'r', displayName: 'Rosa' },
      status: 'draft',
      submittedAt: null,
      nominations: [
        { questionId: 'q1', person: { id: 'p', displayName: 'Ana' }, outside: null, frequency: 1 },
        { questionId: 'q1', person: null, outside: { name: 'Luis', organisation: '' }, frequency: null },
      ],
    });
    expect(entries.map(({ person, outside, frequency }) => [person?.id, outside?.name, frequency])).toEqual([
      ['p', undefined, 1],
      [undefined, 'Luis', null],
    ]);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(2);
    expect(entriesFrom(null)).toEqual([]);
  });
});
