import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import { findNetworkWithRole } from '../networks/networks.queries.js';
import { networkParents } from '../networks/networks.table.js';
import { affiliations } from '../people/people.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { eligibleRespondents } from '../memberships/memberships.queries.js';

describeOnEachEngine('who is eligible to answer a network’s survey', (open) => {
  const t = useTestApp(open);

  it('reaches the members of member networks, at any depth, and never observers or people who left', async () => {
    const regional = await buildNetwork(t.db, { slug: 'regional', kind: 'network_of_networks' });
    const child = await buildNetwork(t.db, { slug: 'child', parentIds: [regional.id] });
    const grandchild = await buildNetwork(t.db, { slug: 'grandchild', parentIds: [child.id] });
    const unrelated = await buildNetwork(t.db, { slug: 'unrelated' });
    const person = async (name: string) => (await buildPerson(t.db, { displayName: name })).id;
    const ids = {
      regionalCoordinator: await person('regional coordinator'),
      childMember: await person('child member'),
      childObserver: await person('child observer'),
      childLeaver: await person('child leaver'),
      grandchildTeacher: await person('grandchild teacher'),
      formerTeacher: await person('former teacher'),
      unrelatedMember: await person('unrelated member'),
    };
    await addMember(t.db, regional.id, { personId: ids.regionalCoordinator }, 'coordinator');
    await addMember(t.db, child.id, { personId: ids.childMember });
    await addMember(t.db, child.id, { personId: ids.childObserver }, 'observer');
    await t.db
      .insert(memberships)
      .values({ networkId: child.id, personId: ids.childLeaver, role: 'member', endDate: '2025-06-30' });
    const school = await buildOrganisation(t.db, { name: 'CEIP Grandchild' });
    await addMember(t.db, grandchild.id, { organisationId: school.id });
    await affiliate(t.db, ids.grandchildTeacher, school.id);
    const former = await affiliate(t.db, ids.formerTeacher, school.id);
    await t.db.update(affiliations).set({ endDate: '2024-08-31' }).where(eq(affiliations.id, former.id));
    await addMember(t.db, unrelated.id, { personId: ids.unrelatedMember });

    const eligible = async (networkId: string) =>
      (await queryRows<{ person_id: string }>(t.db, eligibleRespondents(networkId)))
        .map((row) => row.person_id)
        .sort();
    const sorted = (...people: string[]) => [...people].sort();

    expect(await eligible(regional.id)).toEqual(
      sorted(ids.regionalCoordinator, ids.childMember, ids.grandchildTeacher),
    );
    expect(await eligible(child.id)).toEqual(sorted(ids.childMember, ids.grandchildTeacher));
    expect(await eligible(grandchild.id)).toEqual([ids.grandchildTeacher]);
    expect(await eligible(unrelated.id)).toEqual([ids.unrelatedMember]);

    // Everyone the survey reaches has a role in the network, so the API lets them answer it and
    // see its analyses; no one else gains one.
    const roleIn = async (networkId: string, personId: string) =>
      (await findNetworkWithRole(t.db, networkId, personId))?.role ?? null;
    expect(await roleIn(regional.id, ids.regionalCoordinator)).toBe('coordinator');
    expect(await roleIn(regional.id, ids.childMember)).toBe('member');
    expect(await roleIn(regional.id, ids.grandchildTeacher)).toBe('member');
    expect(await roleIn(child.id, ids.grandchildTeacher)).toBe('member');
    for (const outside of [ids.childObserver, ids.childLeaver, ids.formerTeacher, ids.unrelatedMember]) {
      expect(await roleIn(regional.id, outside)).toBeNull();
    }
    expect(await roleIn(grandchild.id, ids.childMember)).toBeNull();

    // A cycle in the parent links (the API refuses one; the query must still end) changes nothing.
    await t.db.insert(networkParents).values({ childId: regional.id, parentId: grandchild.id });
    expect(await eligible(regional.id)).toEqual(
      sorted(ids.regionalCoordinator, ids.childMember, ids.grandchildTeacher),
    );
    expect(await eligible(grandchild.id)).toEqual(
      sorted(ids.regionalCoordinator, ids.childMember, ids.grandchildTeacher),
    );
  });
});
