/**
 * Forms a jigsaw (the facilitation protocol: home groups with one member per topic, who meet by
 * topic in expert groups and return home to teach): lays out the seats, seats people greedily,
 * improves by exchanges, and reports the mixing beside a random seating of the same seats.
 */
import { construct } from './construct.js';
import { JigsawError } from './errors.js';
import { improve } from './improve.js';
import { planLayout } from './layout.js';
import { levelMixing, type LevelMixing } from './mixing.js';
import { buildPopulation, type AvoidPair, type Participant, type Population } from './population.js';
import { BASELINE_STREAM, seededRandom } from './random.js';
import { randomSeating, seatingOf, type Seating } from './seating.js';

/** The seed when none is given, and the largest expert table (README, "Expert tables"). */
export const DEFAULTS = { seed: 1, maxTableSize: 6 } as const;

/** What to form: `topics` (k ≥ 2) and, optionally, pairs to keep apart, a seed and a table size. */
export interface JigsawOptions {
  topics: number;
  avoid?: readonly AvoidPair[] | undefined;
  /** A whole number from 0 to 2³² − 1; the same seed and input give the same groups. */
  seed?: number | undefined;
  maxTableSize?: number | undefined;
}

/** Both levels' mixing figures. */
export interface Mixing {
  home: LevelMixing;
  /** Over the expert tables, the groups that actually sit together. */
  expert: LevelMixing;
}

/** A formed jigsaw; topics are numbered from 1, and keys of `expertGroups` are those numbers. */
export interface Jigsaw {
  homeGroups: string[][];
  expertGroups: Record<string, string[]>;
  expertTables: Record<string, string[][]>;
  topicOf: Record<string, number>;
  mixing: Mixing & { random: Mixing };
  seed: number;
}

/** Forms the home groups and expert groups of `participants` on `options.topics` topics. */
export function formJigsaw(participants: readonly Participant[], options: JigsawOptions): Jigsaw {
  const { topics, avoid = [], seed = DEFAULTS.seed, maxTableSize = DEFAULTS.maxTableSize } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff)
    throw new JigsawError(`seed ${seed}: a seed is a whole number from 0 to 4294967295`);
  const layout = planLayout(participants.length, topics, maxTableSize);
  const population = buildPopulation(participants, avoid);
  const random = seededRandom(seed);
  const arrangement = construct(population, layout, random);
  improve(arrangement, random);
  const seating = seatingOf(layout, arrangement.home.of, arrangement.tables.of);
  const baseline = randomSeating(participants.length, layout, seededRandom(seed ^ BASELINE_STREAM));
  return {
    ...named(population, seating),
    mixing: { ...mixingOf(population, seating), random: mixingOf(population, baseline) },
    seed,
  };
}

function mixingOf(population: Population, seating: Seating): Mixing {
  return {
    home: levelMixing(population, seating.homeGroups),
    expert: levelMixing(population, seating.tables.flat()),
  };
}

function named({ ids }: Population, { homeGroups, tables, topicOf }: Seating) {
  const names = (members: number[]) => members.map((p) => ids[p]!);
  // Object.fromEntries defines own properties, so an id such as "__proto__" stays a plain key.
  return {
    homeGroups: homeGroups.map(names),
    expertGroups: Object.fromEntries(
      tables.map((xs, t) => [String(t + 1), names(xs.flat().sort(byHome(homeGroups)))]),
    ),
    expertTables: Object.fromEntries(tables.map((xs, t) => [String(t + 1), xs.map(names)])),
    topicOf: Object.fromEntries(ids.map((id, p) => [id, topicOf[p]! + 1])),
  };
}

/** Orders people by their home group, then by their place in the roster. */
function byHome(homeGroups: number[][]) {
  const home = new Map(homeGroups.flatMap((members, h) => members.map((p) => [p, h] as const)));
  return (a: number, b: number) => home.get(a)! - home.get(b)! || a - b;
}
