/**
 * Nothing half-done: when any step of an erasure fails (here the database itself refuses the
 * last one, through a trigger), every earlier step is undone with it.
 */
import { count, eq, isNotNull, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { accounts, sessions } from '../accounts/accounts.table.js';
import { auditLog } from '../audit/audit.table.js';
import { memberships } from '../memberships/memberships.table.js';
import { people } from '../people/people.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson, TEST_PASSWORD } from '../test-support/factories.js';
import { useTestApp } from '../test-support/test-app.js';
import { ties } from '../ties/ties.table.js';

describeOnEachEngine('an erasure that fails', (open) => {
  const t = useTestApp(open);
  let personId = '';
  let email = '';

  beforeAll(async () => {
    const network = await buildNetwork(t.db);
    const person = await buildPerson(t.db, {
      displayName: 'Ana Fallida',
      expertise: ['Huertos'],
      account: true,
    });
    const colleague = await buildPerson(t.db);
    personId = person.id;
    email = person.email!;
    for (const id of [person.id, colleague.id]) await addMember(t.db, network.id, { personId: id });
    await addMember(t.db, network.id, { personId: (await buildPerson(t.db)).id }, 'coordinator');
    await t.db.insert(ties).values([
      {
        networkId: network.id,
        fromPersonId: person.id,
        toPersonId: colleague.id,
        relation: 'advice',
        source: 'import',
      },
      {
        networkId: network.id,
        fromPersonId: colleague.id,
        toPersonId: person.id,
        relation: 'advice',
        source: 'import',
      },
    ]);
    // The database refuses to delete this person: the erasure's last step fails.
    await t.db.execute(
      sql.raw(`create function refuse_erasure() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test'; end $$`),
    );
    await t.db.execute(
      sql.raw(`create trigger refuse_erasure before delete on people for each row
      when (old.id = '${person.id}') execute function refuse_erasure()`),
    );
  });

  it('leaves the person, their sign-in, ties, memberships and the audit log as they were', async () => {
    const client = await t.client().signIn(email);
    const auditBefore = await t.db.select({ n: count() }).from(auditLog);
    const response = await client.post('/api/v1/me/erasure', { password: TEST_PASSWORD });
    expect(response.status).toBe(500);
    expect((await client.get('/api/v1/session')).status).toBe(200);
    const [person] = await t.db.select().from(people).where(eq(people.id, personId));
    expect(person).toMatchObject({ displayName: 'Ana Fallida', expertise: ['Huertos'], erasedAt: null });
    expect(await t.db.select().from(people).where(isNotNull(people.erasedAt))).toEqual([]);
    expect(await t.db.select().from(accounts).where(eq(accounts.personId, personId))).toHaveLength(1);
    expect(await t.db.select().from(sessions).where(eq(sessions.personId, personId))).toHaveLength(1);
    expect(await t.db.select().from(ties).where(eq(ties.fromPersonId, personId))).toHaveLength(1);
    expect(await t.db.select().from(ties).where(eq(ties.toPersonId, personId))).toHaveLength(1);
    expect(await t.db.select().from(memberships).where(eq(memberships.personId, personId))).toHaveLength(1);
    expect(await t.db.select({ n: count() }).from(auditLog)).toEqual(auditBefore);
  });
});
