/**
 * How well a level of groups mixes (packages/jigsaw/README.md, "Mixing"): the share of groups
 * whose members all come from different organisations, the mean over groups of distinct
 * organisations ÷ min(group size, organisations present), and the pairs that met.
 */
import type { Population } from './population.js';

/** The mixing figures of one level (home groups, or expert tables). */
export interface LevelMixing {
  groups: number;
  /** Groups whose members all come from different organisations, as a share of all groups. */
  fullyMixedShare: number;
  /** The mean over groups of distinct organisations ÷ min(group size, organisations present). */
  meanOrganisationRatio: number;
  /** Pairs of members of one group that are not avoided pairs. */
  newPairs: number;
  /** Avoided pairs whose two people are in one group all the same. */
  avoidedPairsMet: number;
  sameOrganisationPairs: number;
  /** Pairs of members with the same role (people without a role share none). */
  sameRolePairs: number;
}

/** The mixing figures of `groups` (lists of people numbered as in `population`). */
export function levelMixing(population: Population, groups: readonly (readonly number[])[]): LevelMixing {
  const { organisation, organisations, role } = population;
  let fullyMixed = 0;
  let ratios = 0;
  const figures = { newPairs: 0, avoidedPairsMet: 0, sameOrganisationPairs: 0, sameRolePairs: 0 };
  for (const members of groups) {
    const distinct = new Set(members.map((p) => organisation[p])).size;
    if (distinct === members.length) fullyMixed++;
    ratios += distinct / Math.min(members.length, organisations);
    members.forEach((a, i) =>
      members.slice(i + 1).forEach((b) => {
        if (isAvoided(population, a, b)) figures.avoidedPairsMet++;
        else figures.newPairs++;
        if (organisation[a] === organisation[b]) figures.sameOrganisationPairs++;
        if (role[a]! >= 0 && role[a] === role[b]) figures.sameRolePairs++;
      }),
    );
  }
  return {
    groups: groups.length,
    fullyMixedShare: fullyMixed / groups.length,
    meanOrganisationRatio: ratios / groups.length,
    ...figures,
  };
}

function isAvoided({ avoidStart, avoidPartner }: Population, a: number, b: number): boolean {
  for (let i = avoidStart[a]!; i < avoidStart[a + 1]!; i++) if (avoidPartner[i] === b) return true;
  return false;
}
