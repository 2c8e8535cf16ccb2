/**
 * Step 3: the networks, the regional network of networks, and memberships: member schools
 * (about 15% of schools are left in no network, as happens in real regions), partner
 * organisations, and people in every role, drawn from the member organisations' staff.
 */
import type { MembershipRole } from '../shared/vocabulary.js';
import { COUNTRY, REGION } from './geography.js';
import { NETWORKS, REGIONAL_NETWORK, type NetworkDefinition } from './network-catalogue.js';
import { Random } from './random.js';
import {
  organisationByKey,
  scaled,
  type DemoNetwork,
  type DemoOrganisation,
  type DemoPerson,
  type DemoRegion,
} from './region.js';

/** The share of schools that belong to no network. */
const SCHOOLS_IN_NO_NETWORK = 0.15;
/** Networks left outside the regional network of networks (bottom-up ones that stayed independent). */
const INDEPENDENT = new Set(['comunidad-docente-digital']);

/** Adds every network with its members, then the regional network above them. */
export function addNetworks(region: DemoRegion): void {
  const random = new Random(region.seed, 'networks');
  const outside = new Set(
    random.sample(region.schools, Math.round(region.schools.length * SCHOOLS_IN_NO_NETWORK)),
  );
  const networkCount = new Map<DemoOrganisation, number>();
  for (const definition of NETWORKS) {
    const network = createNetwork(region, random, definition);
    const eligible = region.schools.filter(
      (school) => !outside.has(school) && definition.schools.eligible(school),
    );
    // Schools in fewer networks first, so coverage spreads before schools join a second network.
    const ranked = random
      .shuffle(eligible)
      .sort((a, b) => (networkCount.get(a) ?? 0) - (networkCount.get(b) ?? 0));
    network.schools = ranked.slice(0, scaled(region, definition.schools.count, 3));
    for (const school of network.schools) networkCount.set(school, (networkCount.get(school) ?? 0) + 1);
    network.partners = definition.partners.map((key) => organisationByKey(region, key));
    addMemberships(region, random, network, definition);
  }
  addRegionalNetwork(region, random);
}

function createNetwork(
  region: DemoRegion,
  random: Random,
  definition: Pick<
    NetworkDefinition,
    | 'slug'
    | 'name'
    | 'kind'
    | 'level'
    | 'scopes'
    | 'approach'
    | 'visibility'
    | 'status'
    | 'municipality'
    | 'purpose'
    | 'goal'
    | 'purposeEs'
    | 'goalEs'
  >,
): DemoNetwork {
  const row = {
    id: random.uuid(),
    slug: definition.slug,
    name: definition.name,
    purpose: definition.purpose,
    goal: definition.goal,
    purposeEs: definition.purposeEs,
    goalEs: definition.goalEs,
    kind: definition.kind,
    level: definition.level,
    scopes: definition.scopes,
    approach: definition.approach,
    country: COUNTRY,
    region: REGION,
    municipality: definition.municipality,
    status: definition.status ?? 'active',
    visibility: definition.visibility,
  };
  const network: DemoNetwork = { row, schools: [], partners: [], people: new Map() };
  region.networks.push(network);
  region.rows.networks.push(row);
  return network;
}

function addMemberships(
  region: DemoRegion,
  random: Random,
  network: DemoNetwork,
  definition: NetworkDefinition,
) {
  const joined = () => random.date('2019-09-01', '2025-09-15');
  for (const school of network.schools)
    addOrganisationMembership(region, random, network, school, 'member', joined());
  for (const partner of network.partners)
    addOrganisationMembership(region, random, network, partner, 'external_partner', joined());

  const taken = new Set<DemoPerson>();
  const choose = (pool: DemoPerson[], count: number) => {
    const chosen = random.sample(
      pool.filter((person) => !taken.has(person)),
      count,
    );
    for (const person of chosen) taken.add(person);
    return chosen;
  };
  const leaders = network.schools.flatMap((school) => school.staff.filter((person) => person.leader));
  const add = (people: DemoPerson[], role: MembershipRole) => {
    for (const person of people) addPersonMembership(region, random, network, person, role, joined());
  };

  add(choose(leaders, random.int(1, 2)), 'coordinator');
  add(choose(leaders, random.int(3, 6)), 'coordinating_committee');
  add(choose(organisationByKey(region, definition.facilitatorsFrom).staff, random.int(2, 4)), 'facilitator');
  add(choose(organisationByKey(region, definition.evaluatorFrom).staff.slice(1), 1), 'evaluator');
  for (const school of network.schools) {
    const teachers = school.staff.filter((person) => !person.leader);
    add(choose(teachers, Math.min(teachers.length, random.int(2, 7))), 'member');
  }
  for (const partner of network.partners) add(choose(partner.staff, random.int(1, 2)), 'external_partner');
  add(choose(organisationByKey(region, 'inspection').staff, random.int(1, 3)), 'observer');
}

function addRegionalNetwork(region: DemoRegion, random: Random) {
  const regional = createNetwork(region, random, REGIONAL_NETWORK);
  const authority = organisationByKey(region, 'authority');
  addOrganisationMembership(region, random, regional, authority, 'coordinator', '2018-09-01');
  const [director, ...officials] = authority.staff;
  if (director) addPersonMembership(region, random, regional, director, 'coordinator', '2018-09-01');
  for (const official of officials.slice(0, 3))
    addPersonMembership(region, random, regional, official, 'facilitator', '2018-09-01');
  for (const child of region.networks) {
    if (child === regional || INDEPENDENT.has(child.row.slug)) continue;
    region.rows.networkParents.push({ childId: child.row.id, parentId: regional.row.id });
    // Each member network's coordinators sit on the regional coordinating committee.
    for (const coordinator of child.people.get('coordinator') ?? []) {
      addPersonMembership(region, random, regional, coordinator, 'coordinating_committee', '2020-01-15');
    }
  }
  const evaluator = organisationByKey(region, 'uni-valdemar').staff[1];
  if (evaluator) addPersonMembership(region, random, regional, evaluator, 'evaluator', '2020-01-15');
}

function addOrganisationMembership(
  region: DemoRegion,
  random: Random,
  network: DemoNetwork,
  organisation: DemoOrganisation,
  role: MembershipRole,
  startDate: string,
) {
  region.rows.memberships.push({
    id: random.uuid(),
    networkId: network.row.id,
    organisationId: organisation.row.id,
    role,
    startDate,
  });
}

function addPersonMembership(
  region: DemoRegion,
  random: Random,
  network: DemoNetwork,
  person: DemoPerson,
  role: MembershipRole,
  startDate: string,
) {
  // One current membership per person and network (the database's rule too): the first role stays.
  for (const holders of network.people.values()) if (holders.includes(person)) return;
  const inRole = network.people.get(role) ?? [];
  inRole.push(person);
  network.people.set(role, inRole);
  region.rows.memberships.push({
    id: random.uuid(),
    networkId: network.row.id,
    personId: person.row.id,
    role,
    startDate,
  });
}
