/**
 * Local search by exchanges, the second phase of the maximally diverse grouping heuristics
 * (Gallego et al. 2013; the same exchange method as anticlustering, M. Papenberg and G. W. Klau,
 * "Using anticlustering to partition data sets into equivalent parts", Psychological Methods 26,
 * 2021), iterated (H. R. Lourenço, O. C. Martin, T. Stützle, "Iterated local search", in
 * Handbook of Metaheuristics, 2003): from each local optimum, a random exchange of someone
 * costly, a new descent, and the result kept if it costs no more, taken back if it costs more.
 * A local optimum of plain exchanges is often not the best: when every home group and every
 * topic must hold one person per organisation, the groups form a Latin square, and fixing one
 * clash by a swap breaks another.
 */
import type { Arrangement } from './arrangement.js';
import { EPSILON, Exchanges, Trade } from './exchange.js';
import type { Random } from './random.js';
import { shuffle } from './random.js';

/**
 * The iterated search stops after PATIENCE rounds in a row that find nothing cheaper, or once it
 * has priced BUDGET exchanges (a count, not a time, so a seed gives the same groups on any
 * machine). A round prices about (people in the groups it touched) × n exchanges: a workshop of
 * 30 gets its full patience, where the search matters (Latin squares); an unconference of 600
 * gets a handful of rounds, where the greedy start and the first descent leave almost nothing to
 * find (on the benchmark's unconference, seeds 1 to 4 ended at the same cost after no rounds,
 * 100,000 or 500,000 priced exchanges).
 */
export const PATIENCE = 200;
export const BUDGET = 150_000;

/** Lowers the cost of `arrangement` by exchanges until PATIENCE kicks in a row find nothing better. */
export function improve(arrangement: Arrangement, random: Random): void {
  const search = new Exchanges(arrangement);
  const people = arrangement.population.ids.length;
  for (const p of shuffle(
    Array.from({ length: people }, (_, p) => p),
    random,
  ))
    search.enqueue(p);
  descend(search, random);
  const budget = search.evaluations + BUDGET;
  for (let idle = 0; idle < PATIENCE && search.cost > EPSILON && search.evaluations < budget; idle++) {
    const [mark, before] = [search.log.length, search.cost];
    kick(search, random);
    descend(search, random);
    if (search.cost < before - EPSILON) idle = -1;
    else if (search.cost > before + EPSILON) search.undo(mark, before);
    search.log.length = 0;
  }
}

/** Makes improving exchanges until no queued person has one (first improvement). */
function descend(search: Exchanges, random: Random): void {
  const { arrangement } = search;
  const people = arrangement.population.ids.length;
  for (let a = search.next(); a >= 0; a = search.next()) {
    // Someone who costs nothing where they sit gains nothing by moving; a costly partner looks.
    if (arrangement.burden(a) <= EPSILON) continue;
    const start = Math.floor(random() * people);
    for (let i = 0; i < people; i++) {
      const b = (start + i) % people;
      if (b === a) continue;
      const [trade, delta] = search.best(a, b);
      if (trade === 0) continue;
      search.make(trade, a, b, delta);
      break; // a is queued again with their new groups
    }
  }
}

/** One random exchange of a costly person with anyone, whatever it costs. */
function kick(search: Exchanges, random: Random): void {
  const { arrangement } = search;
  const people = arrangement.population.ids.length;
  const costly: number[] = [];
  for (let p = 0; p < people; p++) if (arrangement.burden(p) > EPSILON) costly.push(p);
  const a = costly[Math.floor(random() * costly.length)]!;
  const b = (a + 1 + Math.floor(random() * (people - 1))) % people;
  const sameTopic = arrangement.topicOf(a) === arrangement.topicOf(b);
  const trade = sameTopic ? [Trade.home, Trade.table, Trade.both][Math.floor(random() * 3)]! : Trade.both;
  search.make(trade, a, b, tradeDelta(search, trade, a, b));
}

function tradeDelta({ arrangement }: Exchanges, trade: Trade, a: number, b: number): number {
  return (
    (trade & Trade.home ? arrangement.home.swapDelta(a, b) : 0) +
    (trade & Trade.table ? arrangement.tables.swapDelta(a, b) : 0)
  );
}
