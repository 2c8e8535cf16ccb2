/**
 * Participants and avoided pairs turned into the integer arrays the search runs on: people,
 * organisations and roles numbered from 0, and each person's avoided partners in one compact
 * list (CSR: partners of person p at avoidStart[p] … avoidStart[p + 1]).
 */
import { JigsawError } from './errors.js';

/** One person taking part: an id unique in the roster, their organisation and, if known, role. */
export interface Participant {
  id: string;
  organisation: string;
  role?: string | undefined;
}

/**
 * Two people who should not share a group: strongly tied on the network's map already, or
 * together in an earlier jigsaw. `weight` (default 1) ranks pairs against each other; a pair
 * listed twice adds its weights.
 */
export interface AvoidPair {
  a: string;
  b: string;
  weight?: number | undefined;
}

/** The search's view of the participants. */
export interface Population {
  ids: string[];
  organisation: Int32Array;
  organisations: number;
  /** −1 for a person without a role. */
  role: Int32Array;
  roles: number;
  avoidStart: Int32Array;
  avoidPartner: Int32Array;
  /** The weight of each avoided pair divided by the largest weight given: in (0, 1]. */
  avoidShare: Float64Array;
  /** The distinct pairs as given (after adding repeated ones), a < b. */
  avoidedPairs: number;
}

/** Numbers the participants and checks them: unique non-empty ids, an organisation each. */
export function buildPopulation(
  participants: readonly Participant[],
  avoid: readonly AvoidPair[],
): Population {
  const index = new Map<string, number>();
  const organisations = new Map<string, number>();
  const roles = new Map<string, number>();
  const numbered = (names: Map<string, number>, name: string) => {
    if (!names.has(name)) names.set(name, names.size);
    return names.get(name)!;
  };
  const organisation = new Int32Array(participants.length);
  const role = new Int32Array(participants.length);
  participants.forEach(({ id, organisation: org, role: title }, p) => {
    if (id === '') throw new JigsawError(`participant ${p + 1} has an empty id`);
    if (index.has(id)) throw new JigsawError(`"${id}" takes part twice`);
    if (org === '') throw new JigsawError(`"${id}" has no organisation`);
    index.set(id, p);
    organisation[p] = numbered(organisations, org);
    role[p] = title === undefined || title === '' ? -1 : numbered(roles, title);
  });
  const pairs = weighPairs(avoid, index);
  return {
    ids: participants.map(({ id }) => id),
    organisation,
    organisations: organisations.size,
    role,
    roles: roles.size,
    ...adjacency(participants.length, pairs),
    avoidedPairs: pairs.size,
  };
}

/** The avoided pairs keyed `a * n + b` (a < b) with their summed weights. */
function weighPairs(avoid: readonly AvoidPair[], index: Map<string, number>): Map<number, number> {
  const pairs = new Map<number, number>();
  const person = (id: string) => {
    const p = index.get(id);
    if (p === undefined) throw new JigsawError(`the avoided pair names "${id}", who is not a participant`);
    return p;
  };
  for (const { a, b, weight = 1 } of avoid) {
    const [p, q] = [person(a), person(b)];
    if (p === q) throw new JigsawError(`"${a}" is paired with themself`);
    if (!Number.isFinite(weight) || weight <= 0)
      throw new JigsawError(`the pair "${a}", "${b}" has weight ${weight}: weights are above 0`);
    const key = Math.min(p, q) * index.size + Math.max(p, q);
    pairs.set(key, (pairs.get(key) ?? 0) + weight);
  }
  return pairs;
}

function adjacency(people: number, pairs: Map<number, number>) {
  let largest = 0;
  for (const weight of pairs.values()) largest = Math.max(largest, weight);
  const degree = new Int32Array(people + 1);
  for (const key of pairs.keys()) {
    degree[Math.floor(key / people)]!++;
    degree[key % people]!++;
  }
  const avoidStart = new Int32Array(people + 1);
  for (let p = 0; p < people; p++) avoidStart[p + 1] = avoidStart[p]! + degree[p]!;
  const next = avoidStart.slice(0, people);
  const avoidPartner = new Int32Array(avoidStart[people]!);
  const avoidShare = new Float64Array(avoidStart[people]!);
  for (const [key, weight] of pairs) {
    const [p, q] = [Math.floor(key / people), key % people];
    for (const [from, to] of [
      [p, q],
      [q, p],
    ] as const) {
      const slot = next[from]!++;
      avoidPartner[slot] = to;
      avoidShare[slot] = weight / largest;
    }
  }
  return { avoidStart, avoidPartner, avoidShare };
}
