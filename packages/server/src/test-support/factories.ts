/** Small builders for test data, written straight to the database (not through the API under test). */
import { randomUUID } from 'node:crypto';
import { accounts } from '../accounts/accounts.table.js';
import { hashPassword } from '../accounts/passwords.js';
import type { Executor } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import { networkParents, networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { affiliations, people } from '../people/people.table.js';
import { resourceAuthors, resources } from '../resources/resources.table.js';
import { normaliseTags } from '../shared/tags.js';
import type { MembershipRole } from '../shared/vocabulary.js';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8);

export async function buildOrganisation(
  db: Executor,
  values: Partial<typeof organisations.$inferInsert> = {},
) {
  const [row] = await db
    .insert(organisations)
    .values({
      name: `School ${unique()}`,
      kind: 'school',
      region: 'Valdemar',
      municipality: 'Alba',
      ...values,
    })
    .returning();
  return row!;
}

/** A person; with `account`, one who can sign in with TEST_PASSWORD. */
export async function buildPerson(
  db: Executor,
  values: Partial<typeof people.$inferInsert> & { account?: boolean; isAdmin?: boolean } = {},
) {
  const { account, isAdmin, ...personValues } = values;
  const [person] = await db
    .insert(people)
    .values({
      displayName: `Person ${unique()}`,
      email: `${unique()}@example.org`,
      kinds: ['teacher'],
      ...personValues,
      // Tags as every way in stores them: typed in either language, resolved to topic keys.
      ...(Array.isArray(personValues.expertise) && { expertise: normaliseTags(personValues.expertise) }),
      ...(Array.isArray(personValues.needs) && { needs: normaliseTags(personValues.needs) }),
    })
    .returning();
  if (account || isAdmin) {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    await db
      .insert(accounts)
      .values({ personId: person!.id, passwordHash: await passwordHash, isAdmin: isAdmin ?? false });
  }
  return person!;
}

export async function buildNetwork(
  db: Executor,
  values: Partial<typeof networks.$inferInsert> & { parentIds?: string[] } = {},
) {
  const { parentIds = [], ...networkValues } = values;
  const slug = networkValues.slug ?? `network-${unique()}`;
  const [network] = await db
    .insert(networks)
    .values({
      name: `Network ${slug}`,
      kind: 'pln',
      level: 2,
      scopes: ['between'],
      approach: 'enabled',
      region: 'Valdemar',
      ...networkValues,
      slug,
    })
    .returning();
  for (const parentId of parentIds)
    await db.insert(networkParents).values({ childId: network!.id, parentId });
  return network!;
}

export async function addMember(
  db: Executor,
  networkId: string,
  member: { personId?: string; organisationId?: string },
  role: MembershipRole = 'member',
) {
  const [row] = await db
    .insert(memberships)
    .values({ networkId, ...member, role })
    .returning();
  return row!;
}

export async function affiliate(db: Executor, personId: string, organisationId: string, role = 'teacher') {
  const [row] = await db.insert(affiliations).values({ personId, organisationId, role }).returning();
  return row!;
}

/**
 * A resource written straight to the table (public, in English, by default), with its authors.
 * `updatedAt` may be given so that paging tests know the order.
 */
export async function buildResource(
  db: Executor,
  values: Partial<typeof resources.$inferInsert> & { authorIds?: string[] } = {},
) {
  const { authorIds = [], ...resourceValues } = values;
  const [row] = await db
    .insert(resources)
    .values({
      type: 'card',
      title: `Resource ${unique()}`,
      language: 'en',
      licence: 'CC-BY-4.0',
      visibility: 'public',
      ...resourceValues,
    })
    .returning({ id: resources.id });
  for (const [position, personId] of authorIds.entries())
    await db.insert(resourceAuthors).values({ resourceId: row!.id, personId, position });
  return row!;
}
