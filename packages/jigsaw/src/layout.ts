/**
 * The shape of a jigsaw before anyone is placed in it: how many home groups, which topics each
 * home group's seats carry, and how each topic's expert group is split into tables. The rules
 * (packages/jigsaw/README.md, "Remainder"): ⌊n / k⌋ home groups, each with one seat per topic;
 * the r = n mod k people left over take one more seat each on topics 1…r, dealt to the home
 * groups in turn. So home groups differ in size by at most one, a home group never misses a
 * topic, topics differ in size by at most one (the doubled ones are the first r), and no topic is
 * tripled in a home group (r < k).
 */
import { JigsawError } from './errors.js';

/** Seats and tables for n people on k topics (topics are 0-based here, 1-based in results). */
export interface Layout {
  /** The topic of each seat of each home group, in seat order (one per topic, then any extra). */
  homeTopics: number[][];
  /** For each topic, the sizes of its expert tables (one table when the group is small). */
  tableSizes: number[][];
}

/** Plans the seats of `people` participants on `topics` topics, tables of at most `maxTableSize`. */
export function planLayout(people: number, topics: number, maxTableSize: number): Layout {
  if (!Number.isInteger(topics) || topics < 2)
    throw new JigsawError(`${topics} topics: a jigsaw needs at least 2`);
  if (!Number.isInteger(maxTableSize) || maxTableSize < 2)
    throw new JigsawError(`a table of at most ${maxTableSize}: tables need room for at least 2`);
  if (people < topics)
    throw new JigsawError(
      `${people} participant${people === 1 ? '' : 's'} for ${topics} topics: every home group needs one person per topic`,
    );
  const groups = Math.floor(people / topics);
  const extra = people % topics;
  const homeTopics = Array.from({ length: groups }, () => Array.from({ length: topics }, (_, t) => t));
  for (let j = 0; j < extra; j++) homeTopics[j % groups]!.push(j);
  const tableSizes = Array.from({ length: topics }, (_, t) =>
    balancedSizes(groups + (t < extra ? 1 : 0), maxTableSize),
  );
  return { homeTopics, tableSizes };
}

/** `total` split into ⌈total / max⌉ parts whose sizes differ by at most one, larger parts first. */
export function balancedSizes(total: number, max: number): number[] {
  const parts = Math.ceil(total / max);
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}
