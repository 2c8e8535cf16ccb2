import { describe, expect, it } from 'vitest';
import { JigsawError } from './errors.js';
import { balancedSizes, planLayout } from './layout.js';

describe('planLayout', () => {
  it('gives ⌊n / k⌋ home groups with one seat per topic when k divides n', () => {
    expect(planLayout(12, 4, 6)).toEqual({
      homeTopics: [
        [0, 1, 2, 3],
        [0, 1, 2, 3],
        [0, 1, 2, 3],
      ],
      tableSizes: [[3], [3], [3], [3]],
    });
  });

  it('doubles topics 1…r, one extra seat per home group in turn', () => {
    // 14 = 3 × 4 + 2: topics 1 and 2 get a fourth expert, groups 1 and 2 a fifth member.
    expect(planLayout(14, 4, 6)).toEqual({
      homeTopics: [
        [0, 1, 2, 3, 0],
        [0, 1, 2, 3, 1],
        [0, 1, 2, 3],
      ],
      tableSizes: [[4], [4], [3], [3]],
    });
  });

  it('deals more extras than groups round the groups, never tripling a topic', () => {
    // 11 = 2 × 4 + 3: extras on topics 1, 2, 3 to groups 1, 2, 1.
    expect(planLayout(11, 4, 6).homeTopics).toEqual([
      [0, 1, 2, 3, 0, 2],
      [0, 1, 2, 3, 1],
    ]);
    // 7 = 1 × 4 + 3: one home group of seven, topics 1–3 doubled; experts of 2, 2, 2 and 1.
    expect(planLayout(7, 4, 6)).toEqual({
      homeTopics: [[0, 1, 2, 3, 0, 1, 2]],
      tableSizes: [[2], [2], [2], [1]],
    });
  });

  it('forms one home group of k, with experts alone, when n = k', () => {
    expect(planLayout(3, 3, 6)).toEqual({ homeTopics: [[0, 1, 2]], tableSizes: [[1], [1], [1]] });
    expect(planLayout(2, 2, 6)).toEqual({ homeTopics: [[0, 1]], tableSizes: [[1], [1]] });
  });

  it('splits large expert groups into balanced tables', () => {
    // 600 people on 8 topics: 75 per topic, 13 tables of 6 or 5.
    expect(planLayout(600, 8, 6).tableSizes[0]).toEqual([6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 5]);
    expect(planLayout(28, 4, 6).tableSizes).toEqual([
      [4, 3],
      [4, 3],
      [4, 3],
      [4, 3],
    ]);
  });

  it.each([
    [3, 4, 6, '3 participants for 4 topics: every home group needs one person per topic'],
    [1, 2, 6, '1 participant for 2 topics'],
    [0, 2, 6, '0 participants for 2 topics'],
    [10, 1, 6, '1 topics: a jigsaw needs at least 2'],
    [10, 2.5, 6, '2.5 topics'],
    [10, 2, 1, 'a table of at most 1: tables need room for at least 2'],
  ])('refuses %i people on %i topics, tables of %i', (people, topics, table, message) => {
    expect(() => planLayout(people, topics, table)).toThrow(JigsawError);
    expect(() => planLayout(people, topics, table)).toThrow(message);
  });
});

describe('balancedSizes', () => {
  it('splits into as few parts as the maximum allows, sizes one apart, larger first', () => {
    expect(balancedSizes(6, 6)).toEqual([6]);
    expect(balancedSizes(7, 6)).toEqual([4, 3]);
    expect(balancedSizes(13, 6)).toEqual([5, 4, 4]);
    expect(balancedSizes(1, 6)).toEqual([1]);
  });
});
