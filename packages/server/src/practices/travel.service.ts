/** The travel view: where a practice went, how far, and how much of it along ties the map already held. */
import type { Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import { adoptionsAlongTies, listAdoptions, organisationsNamed } from './practices.queries.js';
import type { TravelView } from './practices.schema.js';
import { loadPractice } from './practices.service.js';
import { travelShape } from './travel.js';

export async function practiceTravel(
  db: Executor,
  principal: Principal,
  practiceId: string,
): Promise<TravelView> {
  const { practice } = await loadPractice(db, principal, practiceId);
  const [rows, alongTies, names] = await Promise.all([
    listAdoptions(db, practiceId),
    adoptionsAlongTies(db, practiceId),
    organisationsNamed(db, [practice.schoolId]),
  ]);
  const shape = travelShape(
    practice.schoolId,
    practice.networkId,
    rows.map(({ adoption }) => adoption),
  );
  const nameOf = new Map([...names, ...rows.map((row) => [row.adoption.schoolId, row.schoolName] as const)]);
  const nodes = [...shape.generations]
    .map(([id, generation]) => ({ id, name: nameOf.get(id) ?? '', generation }))
    .sort((a, b) => a.generation - b.generation || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const edges = rows.map(({ adoption, network }) => ({
    adoptionId: adoption.id,
    from: adoption.fromSchoolId,
    to: adoption.schoolId,
    startedOn: adoption.startedOn,
    mode: adoption.mode,
    network,
    alongExistingTie: alongTies.has(adoption.id),
  }));
  const count = edges.filter((edge) => edge.alongExistingTie).length;
  return {
    practiceId,
    origin: { id: practice.schoolId, name: nameOf.get(practice.schoolId) ?? '' },
    nodes,
    edges,
    reach: { generations: shape.depth, schools: shape.schools, networks: shape.networks },
    alongExistingTies: { count, share: edges.length === 0 ? null : count / edges.length },
  };
}
