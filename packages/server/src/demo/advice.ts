/**
 * Whom each person in the region actually goes to for advice, in autumn 2025 and in spring 2026:
 * the one advice network every survey of the region samples (surveys.ts), so that a person who
 * answers the regional survey and their own network's names the same colleagues in both.
 *
 * The structure is what studies of school networks find (DESIGN.md's demo region; seeds 001 §4,
 * 002 'structural holes'): advice is dense inside a school and sparse across schools; the ties
 * that cross are mostly held by the people networks put in touch — members, coordinators,
 * facilitators — while most teachers only reach other schools through them; a few people go to
 * no one and no one goes to them; some advice comes from outside Trellis. By spring, networks
 * have worked across schools for a year: more teachers have a contact in another school and the
 * brokers have more, while most ties inside schools stay.
 */
import { displayName, personName } from './names.js';
import { Random } from './random.js';
import type { DemoNetwork, DemoOrganisation, DemoPerson, DemoRegion } from './region.js';

/** Someone a person goes to for advice: a person of the region, or someone outside Trellis. */
export interface Adviser {
  person: DemoPerson | null;
  outside: { name: string; organisation: string } | null;
  /** A position on the frequency scale (0 = a few times a year … 3 = daily). */
  frequency: number;
}

/** Each person's advisers (at most MAX_ADVISERS); people who go to no one are absent. */
export type AdviceSeason = Map<DemoPerson, Adviser[]>;

export const MAX_ADVISERS = 10;
/** The share of people who are isolated in autumn: they go to no one and no one goes to them. */
const ISOLATED_SHARE = 0.03;
/** The share of autumn's isolates whom a network has reached by spring. */
const ISOLATES_REACHED = 0.3;

/** A cross-school contact: how likely a teacher in a network school has one, autumn and spring. */
const TEACHER_CROSSES = [0.07, 0.22] as const;
/** How likely someone names an adviser outside Trellis (a former colleague, a trainer). */
const OUTWARD = { broker: 0.12, other: 0.04 } as const;

const FREQUENCY_INSIDE: readonly (readonly [number, number])[] = [
  [0, 1],
  [1, 3],
  [2, 4],
  [3, 2],
];
const FREQUENCY_ACROSS: readonly (readonly [number, number])[] = [
  [0, 3],
  [1, 4],
  [2, 2],
  [3, 0.5],
];
const FREQUENCY_OUTWARD: readonly (readonly [number, number])[] = [
  [0, 4],
  [1, 3],
  [2, 1],
];

const OUTSIDE_ORGANISATIONS = [
  'Universidad de Castromonte',
  'CEIP Río Claro (Ribera del Sur)',
  'IES Puerta del Mar (Costa Alta)',
  'Centro de Profesorado de Villanueva del Sur',
  'Fundación Aprender Juntos',
  'Asociación Leer en Red',
  'Editorial Aula Nueva',
  'Colegio Oficial de Docentes',
  'Escuela de Música de Castromonte',
] as const;

/** Who is where in the networks: what the advice generator reads about the region. */
interface NetworkFacts {
  /** The networks a person takes part in by name (any role but observer): the brokers. */
  brokerOf: Map<DemoPerson, DemoNetwork[]>;
  /** The networks a school belongs to. */
  networksOf: Map<DemoOrganisation, DemoNetwork[]>;
  /** The named participants (observers aside) of these networks, without repeats. */
  participantsOf(networks: DemoNetwork[]): DemoPerson[];
}

function networkFacts(region: DemoRegion): NetworkFacts {
  const brokerOf = new Map<DemoPerson, DemoNetwork[]>();
  const networksOf = new Map<DemoOrganisation, DemoNetwork[]>();
  const participants = new Map<DemoNetwork, DemoPerson[]>();
  const append = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const network of region.networks) {
    for (const school of network.schools) append(networksOf, school, network);
    const named = [...network.people].filter(([role]) => role !== 'observer').flatMap(([, people]) => people);
    participants.set(network, named);
    for (const person of named) append(brokerOf, person, network);
  }
  // Many people share the same networks: each combination's pool is gathered once.
  const pools = new Map<string, DemoPerson[]>();
  const participantsOf = (networks: DemoNetwork[]) => {
    const key = networks.map((network) => network.row.id).join();
    let pool = pools.get(key);
    if (!pool)
      pools.set(key, (pool = [...new Set(networks.flatMap((network) => participants.get(network) ?? []))]));
    return pool;
  };
  return { brokerOf, networksOf, participantsOf };
}

/** The region's advice networks: autumn 2025, then spring 2026 grown from it. */
export function adviceSeasons(region: DemoRegion): [AdviceSeason, AdviceSeason] {
  const random = new Random(region.seed, 'advice');
  const facts = networkFacts(region);
  const isolated = new Set(region.people.filter(() => random.chance(ISOLATED_SHARE)));
  const autumn = new Map<DemoPerson, Adviser[]>();
  for (const person of region.people) {
    if (isolated.has(person)) continue;
    const advisers = [
      ...colleagues(random, person, isolated, []),
      ...acrossSchools(random, person, facts, isolated, 0, []),
      ...outward(random, person, facts),
    ];
    autumn.set(person, advisers.slice(0, MAX_ADVISERS));
  }
  const stillIsolated = new Set([...isolated].filter(() => !random.chance(ISOLATES_REACHED)));
  const spring = new Map<DemoPerson, Adviser[]>();
  for (const person of region.people) {
    if (stillIsolated.has(person)) continue;
    const before = autumn.get(person) ?? [];
    // Most ties last the year; some lapse, and some people find a new colleague to ask.
    const kept = before.filter((adviser) => random.chance(adviser.outside ? 0.7 : 0.85));
    // Someone left with no one (or reached by a network) finds colleagues to ask, as in autumn.
    const newColleagues =
      kept.length === 0
        ? colleagues(random, person, stillIsolated, kept)
        : random.chance(0.3)
          ? colleagues(random, person, stillIsolated, kept, 1)
          : [];
    const advisers = [
      ...kept,
      ...newColleagues,
      ...acrossSchools(random, person, facts, stillIsolated, 1, kept),
    ];
    if (!kept.some((adviser) => adviser.outside)) advisers.push(...outward(random, person, facts));
    spring.set(person, advisers.slice(0, MAX_ADVISERS));
  }
  return [autumn, spring];
}

/** How many colleagues in one's own organisation a person goes to for advice. */
const COLLEAGUES_COUNT: readonly (readonly [number, number])[] = [
  [1, 4],
  [2, 5],
  [3, 3],
  [4, 1],
  [5, 0.5],
];

/**
 * Advisers in one's own organisation (`count` of them, or a usual number): leaders and
 * counsellors are asked most.
 */
function colleagues(
  random: Random,
  person: DemoPerson,
  isolated: Set<DemoPerson>,
  taken: Adviser[],
  count?: number,
): Adviser[] {
  const staff = person.organisation.staff;
  const excluded = new Set([person, ...taken.map((adviser) => adviser.person)]);
  const pool = staff.filter((colleague) => !excluded.has(colleague) && !isolated.has(colleague));
  const wanted = Math.min(pool.length, count ?? random.weighted(COLLEAGUES_COUNT));
  const weight = (colleague: DemoPerson) =>
    (colleague.leader ? 3 : 1) * (colleague.role === 'school_counsellor' ? 2 : 1);
  return weightedSample(random, pool, weight, wanted).map((adviser) => ({
    person: adviser,
    outside: null,
    frequency: random.weighted(FREQUENCY_INSIDE),
  }));
}

/**
 * Advisers in other organisations, reached through networks. Brokers go to other networks'
 * participants in other schools (coordinators and facilitators most); other teachers in network
 * schools sometimes go to one of their school's networks' participants elsewhere. `season` 1
 * (spring) adds to what is already there: networks have built cross-school ties over the year.
 */
function acrossSchools(
  random: Random,
  person: DemoPerson,
  facts: NetworkFacts,
  isolated: Set<DemoPerson>,
  season: 0 | 1,
  taken: Adviser[],
): Adviser[] {
  const brokerOf = facts.brokerOf.get(person) ?? [];
  const networks = brokerOf.length > 0 ? brokerOf : (facts.networksOf.get(person.organisation) ?? []);
  if (networks.length === 0) return [];
  const broker = brokerOf.length > 0;
  const wanted = broker
    ? random.int(1, season === 0 ? 3 : 2)
    : random.chance(TEACHER_CROSSES[season])
      ? 1
      : 0;
  if (wanted <= 0) return [];
  const excluded = new Set([person, ...taken.map((adviser) => adviser.person)]);
  const pool = facts
    .participantsOf(networks)
    .filter(
      (other) => other.organisation !== person.organisation && !excluded.has(other) && !isolated.has(other),
    );
  const weight = (other: DemoPerson) => (other.organisation.row.kind === 'school' && !other.leader ? 1 : 3);
  return weightedSample(random, pool, weight, wanted).map((adviser) => ({
    person: adviser,
    outside: null,
    frequency: random.weighted(FREQUENCY_ACROSS),
  }));
}

/** Now and then, an adviser outside Trellis, named with their organisation. */
function outward(random: Random, person: DemoPerson, facts: NetworkFacts): Adviser[] {
  if (!random.chance(facts.brokerOf.has(person) ? OUTWARD.broker : OUTWARD.other)) return [];
  const name = displayName(personName(random, 0.65));
  return [
    {
      person: null,
      outside: { name, organisation: random.pick(OUTSIDE_ORGANISATIONS) },
      frequency: random.weighted(FREQUENCY_OUTWARD),
    },
  ];
}

/**
 * `count` distinct items, each drawn in proportion to its weight (one draw per item, the chosen
 * ones' weights set to zero): allocation-light, since it runs a few times for each of 20,000 people.
 */
function weightedSample<T>(
  random: Random,
  items: readonly T[],
  weight: (item: T) => number,
  count: number,
): T[] {
  const weights = items.map(weight);
  let total = weights.reduce((sum, value) => sum + value, 0);
  const chosen: T[] = [];
  while (chosen.length < count && total > 0) {
    let threshold = random.float() * total;
    let index = weights.findIndex((value) => (threshold -= value) < 0);
    // Rounding can leave the threshold just past the end: take the last item still in the draw.
    if (index < 0) index = weights.findLastIndex((value) => value > 0);
    chosen.push(items[index]!);
    total -= weights[index]!;
    weights[index] = 0;
  }
  return chosen;
}
