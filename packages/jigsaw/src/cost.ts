/**
 * What a group costs: the sum, over every two members, of 100 if they share an organisation,
 * 10 × their avoided pair's share of the largest weight, and 1 if they share a role. Mixing
 * organisations comes first by far; an avoided pair can never outweigh a shared organisation,
 * and a shared role never outweighs an avoided pair. Summing over pairs (rather than counting
 * groups that are fully mixed) makes two people from one school in a group cheaper than three,
 * so the search spreads a large organisation as evenly as it can.
 */
import type { Population } from './population.js';

/** The cost of two people in one group, by what they share. */
export const COSTS = { organisation: 100, avoided: 10, role: 1 } as const;

/** The cost of people `a` and `b` sharing a group. */
export function pairCost(population: Population, a: number, b: number): number {
  const { organisation, role, avoidStart, avoidPartner, avoidShare } = population;
  let cost = organisation[a] === organisation[b] ? COSTS.organisation : 0;
  if (role[a]! >= 0 && role[a] === role[b]) cost += COSTS.role;
  for (let i = avoidStart[a]!; i < avoidStart[a + 1]!; i++)
    if (avoidPartner[i] === b) cost += COSTS.avoided * avoidShare[i]!;
  return cost;
}

/**
 * One level of groups (home groups, or expert tables) with the count of each organisation and
 * role in each group, so that what a person costs in a group is known in constant time plus
 * their number of avoided partners, without walking the members.
 */
export class Level {
  /** The group of each person, −1 before they are placed. */
  readonly of: Int32Array;
  /** The members of each group, in no particular order. */
  readonly members: number[][];
  /** What each person costs in their group: Σ pairCost(p, m) over the other members m. */
  readonly burden: Float64Array;
  private readonly position: Int32Array;
  private readonly organisationCount: Int32Array;
  private readonly roleCount: Int32Array;

  constructor(
    private readonly population: Population,
    groups: number,
  ) {
    this.of = new Int32Array(population.ids.length).fill(-1);
    this.members = Array.from({ length: groups }, () => []);
    this.position = new Int32Array(population.ids.length);
    this.burden = new Float64Array(population.ids.length);
    this.organisationCount = new Int32Array(groups * population.organisations);
    this.roleCount = new Int32Array(groups * population.roles);
  }

  /** Puts person `p` in group `group` (taking them out of their current group, if any). */
  place(p: number, group: number): void {
    const { organisation, organisations, role, roles } = this.population;
    const from = this.of[p]!;
    if (from >= 0) {
      this.leave(p, from);
      this.organisationCount[from * organisations + organisation[p]!]!--;
      if (role[p]! >= 0) this.roleCount[from * roles + role[p]!]!--;
    }
    this.of[p] = group;
    this.burden[p] = 0;
    for (const m of this.members[group]!) {
      const cost = pairCost(this.population, p, m);
      this.burden[m]! += cost;
      this.burden[p]! += cost;
    }
    this.position[p] = this.members[group]!.push(p) - 1;
    this.organisationCount[group * organisations + organisation[p]!]!++;
    if (role[p]! >= 0) this.roleCount[group * roles + role[p]!]!++;
  }

  private leave(p: number, group: number): void {
    const members = this.members[group]!;
    const last = members.pop()!;
    if (last !== p) [members[this.position[p]!], this.position[last]] = [last, this.position[p]!];
    for (const m of members) this.burden[m]! -= pairCost(this.population, p, m);
  }

  /** Σ pairCost(p, m) over the members m ≠ p of `group`. */
  costIn(p: number, group: number): number {
    const { organisation, organisations, role, roles, avoidStart, avoidPartner, avoidShare } =
      this.population;
    const self = this.of[p] === group ? 1 : 0;
    let cost =
      COSTS.organisation * (this.organisationCount[group * organisations + organisation[p]!]! - self);
    if (role[p]! >= 0) cost += COSTS.role * (this.roleCount[group * roles + role[p]!]! - self);
    for (let i = avoidStart[p]!; i < avoidStart[p + 1]!; i++)
      if (this.of[avoidPartner[i]!] === group) cost += COSTS.avoided * avoidShare[i]!;
    return cost;
  }

  /** How much the level's cost changes if `a` and `b`, in different groups, trade places. */
  swapDelta(a: number, b: number): number {
    const [groupA, groupB] = [this.of[a]!, this.of[b]!];
    if (groupA === groupB) return 0;
    const between = 2 * pairCost(this.population, a, b);
    return this.costIn(a, groupB) + this.costIn(b, groupA) - between - this.burden[a]! - this.burden[b]!;
  }

  /** Makes `a` and `b` trade groups. */
  swap(a: number, b: number): void {
    const [groupA, groupB] = [this.of[a]!, this.of[b]!];
    if (groupA === groupB) return;
    this.place(a, groupB);
    this.place(b, groupA);
  }
}
