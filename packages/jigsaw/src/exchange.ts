/**
 * The moves of the local search, priced and applied, with a log so that a round of the
 * iterated search can be taken back, and a queue of the people whose groups changed ("don't
 * look bits", J. L. Bentley, "Fast algorithms for geometric traveling salesman problems", ORSA
 * J. Computing 4, 1992): an exchange of two people can only become worth making when one of
 * their groups changes, and then someone in that group is queued to look again.
 *
 * - two people on the same topic trade home groups, or expert tables, or both;
 * - two people on different topics trade everything: home seat, topic and table (in the same
 *   home group, that is trading topics).
 *
 * Each exchange keeps every home group's topics and every table's size, so the layout holds.
 */
import type { Arrangement } from './arrangement.js';

/** Costs are sums of 100, 1 and fractions of 10: below this a change is rounding, not progress. */
export const EPSILON = 1e-9;

/** Which levels an exchange trades: home groups, expert tables or both. */
export const enum Trade {
  home = 1,
  table = 2,
  both = 3,
}

/** An arrangement with its running cost, the exchanges made on it and the people to look at. */
export class Exchanges {
  cost: number;
  /** How many exchanges have been priced: the search's measure of work, the same on every machine. */
  evaluations = 0;
  readonly log: number[] = [];
  private readonly queue: number[] = [];
  private head = 0;
  private readonly queued: Uint8Array;

  constructor(readonly arrangement: Arrangement) {
    const people = arrangement.population.ids.length;
    this.queued = new Uint8Array(people);
    let twice = 0;
    for (let p = 0; p < people; p++) twice += arrangement.burden(p);
    this.cost = twice / 2;
  }

  /** The best trade of `a` and `b` and what it changes the cost by (0 and no trade if none helps). */
  best(a: number, b: number): [Trade | 0, number] {
    this.evaluations++;
    const { home, tables } = this.arrangement;
    const homeDelta = home.swapDelta(a, b);
    const tableDelta = tables.swapDelta(a, b);
    if (this.arrangement.topicOf(a) !== this.arrangement.topicOf(b))
      return homeDelta + tableDelta < -EPSILON ? [Trade.both, homeDelta + tableDelta] : [0, 0];
    // Same topic: each level may trade alone, since either way every seat keeps its topic.
    const trade = (homeDelta < -EPSILON ? Trade.home : 0) | (tableDelta < -EPSILON ? Trade.table : 0);
    return [trade, Math.min(homeDelta, 0) + Math.min(tableDelta, 0)];
  }

  /** Makes trade `trade` of `a` and `b`, logs it and queues everyone in the groups it changed. */
  make(trade: Trade, a: number, b: number, delta: number): void {
    this.apply(trade, a, b);
    this.cost += delta;
    this.log.push(trade, a, b);
    for (const p of [a, b]) this.enqueueGroupsOf(p);
  }

  /** Takes back the logged exchanges after entry `mark` of the log, latest first. */
  undo(mark: number, cost: number): void {
    for (let i = this.log.length - 3; i >= mark; i -= 3)
      this.apply(this.log[i]!, this.log[i + 1]!, this.log[i + 2]!);
    this.log.length = mark;
    this.cost = cost;
  }

  enqueue(p: number): void {
    if (this.queued[p]) return;
    this.queued[p] = 1;
    this.queue.push(p);
  }

  /** The next person to look at, or −1 when no one is queued. */
  next(): number {
    if (this.head === this.queue.length) {
      [this.queue.length, this.head] = [0, 0];
      return -1;
    }
    const p = this.queue[this.head++]!;
    this.queued[p] = 0;
    return p;
  }

  private enqueueGroupsOf(p: number): void {
    const { home, tables } = this.arrangement;
    for (const q of home.members[home.of[p]!]!) this.enqueue(q);
    for (const q of tables.members[tables.of[p]!]!) this.enqueue(q);
  }

  private apply(trade: Trade, a: number, b: number): void {
    if (trade & Trade.home) this.arrangement.home.swap(a, b);
    if (trade & Trade.table) this.arrangement.tables.swap(a, b);
  }
}
