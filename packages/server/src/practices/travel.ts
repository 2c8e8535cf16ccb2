/**
 * Where a practice has travelled: the adoption tree rooted at the originating school, walked
 * breadth-first. Pure, so that the shape of the answer is tested without a database.
 */
export interface TravelAdoption {
  id: string;
  schoolId: string;
  fromSchoolId: string;
  networkId: string;
}

export interface TravelShape {
  /** Each reached school's generation: 0 the origin, 1 who took it from the origin, … */
  generations: Map<string, number>;
  /** The depth of the tree (0 with no adoptions). */
  depth: number;
  schools: number;
  networks: number;
}

/**
 * Generations by breadth-first search from the origin. The service keeps adoptions a tree (one
 * per school, from a school that held the practice first), so every adopter is reached; an
 * adopter that somehow is not (its source deleted under it) is placed one past its source's
 * generation, or at 1, rather than dropped.
 */
export function travelShape(
  originId: string,
  practiceNetworkId: string,
  adoptions: readonly TravelAdoption[],
): TravelShape {
  const childrenOf = new Map<string, string[]>();
  for (const adoption of adoptions) {
    const children = childrenOf.get(adoption.fromSchoolId) ?? [];
    children.push(adoption.schoolId);
    childrenOf.set(adoption.fromSchoolId, children);
  }
  const generations = new Map<string, number>([[originId, 0]]);
  const queue = [originId];
  for (let head = 0; head < queue.length; head++) {
    const school = queue[head]!;
    for (const child of childrenOf.get(school) ?? []) {
      if (generations.has(child)) continue;
      generations.set(child, generations.get(school)! + 1);
      queue.push(child);
    }
  }
  for (const adoption of adoptions) {
    if (!generations.has(adoption.schoolId))
      generations.set(adoption.schoolId, (generations.get(adoption.fromSchoolId) ?? 0) + 1);
  }
  const depth = Math.max(0, ...generations.values());
  const networks = new Set([practiceNetworkId, ...adoptions.map((adoption) => adoption.networkId)]);
  return { generations, depth, schools: generations.size - 1, networks: networks.size };
}

/**
 * Would taking the practice from `fromSchoolId` make `schoolId` its own ancestor? True when
 * `schoolId` is `fromSchoolId` or among the schools `fromSchoolId` took it through.
 */
export function makesCycle(
  schoolId: string,
  fromSchoolId: string,
  adoptions: readonly Pick<TravelAdoption, 'schoolId' | 'fromSchoolId'>[],
): boolean {
  const sourceOf = new Map(adoptions.map((adoption) => [adoption.schoolId, adoption.fromSchoolId]));
  const seen = new Set<string>();
  for (let at: string | undefined = fromSchoolId; at !== undefined && !seen.has(at); at = sourceOf.get(at)) {
    if (at === schoolId) return true;
    seen.add(at);
  }
  return false;
}
