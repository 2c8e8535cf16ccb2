/**
 * The greedy start of the search: people from the largest organisations first (they are the
 * hardest to spread), each put in the free seat where they add the least cost to their home
 * group and to the best free expert table of that seat's topic, ties broken at random. It is the
 * construction phase of the exchange heuristics for the maximally diverse grouping problem
 * (M. Gallego, M. Laguna, R. Martí, A. Duarte, "Tabu search with strategic oscillation for the
 * maximally diverse grouping problem", J. Oper. Res. Soc. 64, 2013), whose local search
 * improve.ts runs next.
 */
import { Arrangement } from './arrangement.js';
import type { Layout } from './layout.js';
import type { Population } from './population.js';
import { shuffle, type Random } from './random.js';

/** Seats every participant, greedily. */
export function construct(population: Population, layout: Layout, random: Random): Arrangement {
  const arrangement = new Arrangement(population, layout);
  const topics = layout.tableSizes.length;
  const seatsLeft = new Int32Array(layout.homeTopics.length * topics);
  layout.homeTopics.forEach((seats, h) => seats.forEach((t) => seatsLeft[h * topics + t]!++));
  const tableLeft = arrangement.tableNumbers.capacity.slice();
  for (const p of placingOrder(population, random)) {
    const table = bestTables(arrangement, p, tableLeft, random);
    const pick = new TieBreak(random);
    for (let h = 0; h < layout.homeTopics.length; h++) {
      const homeCost = arrangement.home.costIn(p, h);
      for (let t = 0; t < topics; t++)
        if (seatsLeft[h * topics + t]! > 0) pick.offer(homeCost + table.cost[t]!, h * topics + t);
    }
    const seat = pick.best;
    const t = seat % topics;
    seatsLeft[seat]!--;
    tableLeft[table.number[t]!]!--;
    arrangement.home.place(p, Math.floor(seat / topics));
    arrangement.tables.place(p, table.number[t]!);
  }
  return arrangement;
}

/** People by the size of their organisation, largest first; in a shuffled order within a size. */
function placingOrder(population: Population, random: Random): number[] {
  const size = new Int32Array(population.organisations);
  for (const o of population.organisation) size[o]!++;
  const people = shuffle(
    Array.from({ length: population.ids.length }, (_, p) => p),
    random,
  );
  // Array.prototype.sort is stable, so the shuffle decides within a size.
  return people.sort((a, b) => size[population.organisation[b]!]! - size[population.organisation[a]!]!);
}

/** For each topic, the free table where `p` costs least, and that cost (Infinity if none is free). */
function bestTables(arrangement: Arrangement, p: number, tableLeft: Int32Array, random: Random) {
  const { ofTopic } = arrangement.tableNumbers;
  const number = new Int32Array(ofTopic.length).fill(-1);
  const cost = new Float64Array(ofTopic.length).fill(Infinity);
  ofTopic.forEach((tables, t) => {
    const pick = new TieBreak(random);
    for (const x of tables) if (tableLeft[x]! > 0) pick.offer(arrangement.tables.costIn(p, x), x);
    if (pick.best >= 0) [number[t], cost[t]] = [pick.best, pick.cost];
  });
  return { number, cost };
}

/** The cheapest of the offers, a uniformly random one among equals (reservoir sampling). */
class TieBreak {
  best = -1;
  cost = Infinity;
  private ties = 0;

  constructor(private readonly random: Random) {}

  offer(cost: number, choice: number): void {
    if (cost === Infinity) return;
    if (cost < this.cost) [this.best, this.cost, this.ties] = [choice, cost, 1];
    else if (cost === this.cost && this.random() * ++this.ties < 1) this.best = choice;
  }
}
