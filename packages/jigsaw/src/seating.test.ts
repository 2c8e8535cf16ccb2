import { describe, expect, it } from 'vitest';
import { planLayout } from './layout.js';
import { seededRandom } from './random.js';
import { randomSeating } from './seating.js';

describe('randomSeating', () => {
  it('fills exactly the seats and tables of the layout, each person once', () => {
    // 29 = 7 × 4 + 1 on 4 topics: seven home groups, topic 1 doubled once; tables of at most 3.
    const layout = planLayout(29, 4, 3);
    const seating = randomSeating(29, layout, seededRandom(4));
    expect(seating.homeGroups.map((members) => members.map((p) => seating.topicOf[p]))).toEqual(
      layout.homeTopics.map((topics) => [...topics].sort((a, b) => a - b)),
    );
    expect(seating.tables.map((tables) => tables.map((members) => members.length))).toEqual(
      layout.tableSizes,
    );
    for (const [t, tables] of seating.tables.entries())
      expect(tables.flat().every((p) => seating.topicOf[p] === t)).toBe(true);
    const everyone = Array.from({ length: 29 }, (_, p) => p);
    expect(seating.homeGroups.flat().sort((a, b) => a - b)).toEqual(everyone);
    expect(seating.tables.flat(2).sort((a, b) => a - b)).toEqual(everyone);
  });

  it('seats differently for another seed, the same for the same seed', () => {
    const layout = planLayout(20, 4, 6);
    const seating = randomSeating(20, layout, seededRandom(1));
    expect(randomSeating(20, layout, seededRandom(1))).toEqual(seating);
    expect(randomSeating(20, layout, seededRandom(2)).homeGroups).not.toEqual(seating.homeGroups);
  });
});
