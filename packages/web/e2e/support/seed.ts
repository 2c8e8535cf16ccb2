/**
 * A small fixed region for the browser tests while no demo region is available: two networks
 * (one inside the other), schools, a university, people, and two accounts — a coordinator and a
 * plain member of the same network.
 */
import type { Database } from '../../../server/src/db/database.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
  TEST_PASSWORD,
} from '../../../server/src/test-support/factories.js';
import type { SeededRegion } from './region.ts';

export async function seedSmallRegion(db: Database): Promise<SeededRegion> {
  const parent = await buildNetwork(db, {
    slug: 'valdemar-network-of-networks',
    name: 'Valdemar Network of Networks',
    kind: 'network_of_networks',
    level: 5,
    scopes: ['between', 'beyond'],
    approach: 'directive',
    purpose: 'Connect the region’s networks so that they learn from each other.',
    goal: 'Every school in Valdemar belongs to at least one active network by 2028.',
  });
  const network = await buildNetwork(db, {
    slug: 'rural-schools-north',
    name: 'Rural Schools North',
    kind: 'rural_micro_centre',
    level: 2,
    scopes: ['between'],
    approach: 'enabled',
    purpose: 'Small rural schools share teachers’ practice and plan joint projects.',
    goal: 'Raise reading fluency in years 1–3 by ten points within two years.',
    parentIds: [parent.id],
  });
  for (let index = 1; index <= 14; index += 1) {
    await buildNetwork(db, {
      slug: `learning-circle-${String(index).padStart(2, '0')}`,
      name: `Learning Circle ${index}`,
    });
  }
  const schools = [];
  for (const name of ['CEIP Alba', 'CEIP Robledo', 'IES Valdemar', 'CRA Los Pinos']) {
    schools.push(await buildOrganisation(db, { name, kind: 'school', municipality: 'Alba' }));
  }
  const university = await buildOrganisation(db, {
    name: 'Universidad de Valdemar',
    kind: 'university',
    municipality: 'Valdemar',
  });
  const coordinator = await buildPerson(db, {
    displayName: 'Ana Coordinadora',
    email: 'ana@example.org',
    account: true,
    kinds: ['leader'],
  });
  const member = await buildPerson(db, {
    displayName: 'Bruno Miembro',
    email: 'bruno@example.org',
    account: true,
  });
  const candidate = await buildPerson(db, { displayName: 'Carmen Candidata', email: 'carmen@example.org' });
  await affiliate(db, coordinator.id, schools[0]!.id, 'head teacher');
  await affiliate(db, member.id, schools[1]!.id);
  await affiliate(db, candidate.id, schools[2]!.id);
  await addMember(db, network.id, { personId: coordinator.id }, 'coordinator');
  await addMember(db, network.id, { personId: member.id }, 'member');
  await addMember(db, network.id, { organisationId: schools[0]!.id }, 'member');
  await addMember(db, network.id, { organisationId: schools[1]!.id }, 'member');
  await addMember(db, network.id, { organisationId: university.id }, 'external_partner');
  return {
    coordinator: { email: 'ana@example.org', password: TEST_PASSWORD, name: coordinator.displayName },
    member: { email: 'bruno@example.org', password: TEST_PASSWORD, name: member.displayName },
    network: { slug: network.slug, name: network.name },
    candidate: { name: candidate.displayName, search: 'Carmen' },
    search: { text: 'rural', kind: 'rural_micro_centre', region: 'Valdemar' },
  };
}
