/**
 * Where everyone ended up, as lists: the home groups (members in topic order) and each topic's
 * expert tables (members in home group order), for the search's arrangement and for the random
 * baseline alike, so that both are reported by the same code.
 */
import { numberTables } from './arrangement.js';
import type { Layout } from './layout.js';
import { shuffle, type Random } from './random.js';

/** Home groups and, per topic, expert tables: lists of people by number. */
export interface Seating {
  homeGroups: number[][];
  tables: number[][][];
  topicOf: Int32Array;
}

/** The lists of a layout filled as `home` and `table` (each person's group and table number) say. */
export function seatingOf(layout: Layout, home: Int32Array, table: Int32Array): Seating {
  const tableNumbers = numberTables(layout);
  const topicOf = table.map((x) => tableNumbers.topic[x]!);
  const homeGroups = layout.homeTopics.map((): number[] => []);
  const byTable = Array.from(tableNumbers.topic, (): number[] => []);
  home.forEach((h, p) => homeGroups[h]!.push(p));
  table.forEach((x, p) => byTable[x]!.push(p));
  for (const members of homeGroups) members.sort((a, b) => topicOf[a]! - topicOf[b]! || a - b);
  for (const members of byTable) members.sort((a, b) => home[a]! - home[b]! || a - b);
  return { homeGroups, tables: tableNumbers.ofTopic.map((xs) => xs.map((x) => byTable[x]!)), topicOf };
}

/**
 * The baseline: the same seats filled by a random permutation of the people — home seats in
 * order, then each topic's people, in seat order, round its tables in order.
 */
export function randomSeating(people: number, layout: Layout, random: Random): Seating {
  const order = shuffle(
    Array.from({ length: people }, (_, p) => p),
    random,
  );
  const home = new Int32Array(people);
  const topic = new Int32Array(people);
  let seat = 0;
  layout.homeTopics.forEach((topics, h) =>
    topics.forEach((t) => {
      const p = order[seat++]!;
      [home[p], topic[p]] = [h, t];
    }),
  );
  const { ofTopic, capacity } = numberTables(layout);
  const table = new Int32Array(people);
  const filled = new Int32Array(capacity.length);
  const next = new Int32Array(ofTopic.length);
  for (const p of order) {
    const t = topic[p]!;
    const x = ofTopic[t]![next[t]!]!;
    table[p] = x;
    if (++filled[x]! === capacity[x]) next[t]!++;
  }
  return seatingOf(layout, home, table);
}
