/**
 * Who sits where: each person's home group and expert table, both levels kept as `Level`s so
 * the search can price a move. A person's topic is their table's topic, so a move that keeps
 * every table's size and every home group's topics keeps the layout (see improve.ts).
 */
import { Level } from './cost.js';
import type { Layout } from './layout.js';
import type { Population } from './population.js';

/** The expert tables of a layout numbered one after another, topic 1's first. */
export interface Tables {
  topic: Int32Array;
  capacity: Int32Array;
  /** The table numbers of each topic. */
  ofTopic: number[][];
}

/** Numbers the expert tables of `layout`. */
export function numberTables(layout: Layout): Tables {
  const topic: number[] = [];
  const capacity: number[] = [];
  const ofTopic = layout.tableSizes.map((sizes, t) =>
    sizes.map((size) => {
      topic.push(t);
      capacity.push(size);
      return topic.length - 1;
    }),
  );
  return { topic: Int32Array.from(topic), capacity: Int32Array.from(capacity), ofTopic };
}

/** Both levels of one jigsaw being formed. */
export class Arrangement {
  readonly home: Level;
  readonly tables: Level;
  readonly tableNumbers: Tables;

  constructor(
    readonly population: Population,
    readonly layout: Layout,
  ) {
    this.tableNumbers = numberTables(layout);
    this.home = new Level(population, layout.homeTopics.length);
    this.tables = new Level(population, this.tableNumbers.topic.length);
  }

  /** The topic (0-based) of person `p`. */
  topicOf(p: number): number {
    return this.tableNumbers.topic[this.tables.of[p]!]!;
  }

  /** What person `p` adds to the total: their pairs in their home group and at their table. */
  burden(p: number): number {
    return this.home.burden[p]! + this.tables.burden[p]!;
  }
}
