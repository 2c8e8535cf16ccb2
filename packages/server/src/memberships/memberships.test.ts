import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import type { TestResponse } from '../test-support/http-client.js';
import { useTestApp } from '../test-support/test-app.js';
import { memberships } from './memberships.table.js';

describeOnEachEngine('memberships API', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<
    | 'coordinator'
    | 'committee'
    | 'facilitator'
    | 'evaluator'
    | 'member'
    | 'network'
    | 'school'
    | 'university'
    | 'newcomer',
    string
  >;
  let path = '';

  const cast = {} as Record<'coordinator' | 'committee' | 'facilitator' | 'evaluator' | 'member', string>;

  /**
   * A network with the cast in their roles and the school as a member. The tests that read the
   * members use the one built first; each test that changes them builds its own.
   */
  const castNetwork = async () => {
    const network = await buildNetwork(t.db, { name: 'Transiciones Primaria–Secundaria' });
    for (const [key, role] of [
      ['coordinator', 'coordinator'],
      ['committee', 'coordinating_committee'],
      ['facilitator', 'facilitator'],
      ['evaluator', 'evaluator'],
      ['member', 'member'],
    ] as const)
      await addMember(t.db, network.id, { personId: cast[key] }, role);
    await addMember(t.db, network.id, { organisationId: ids.school }, 'member');
    return { networkId: network.id, path: `/api/v1/networks/${network.id}/memberships` };
  };

  beforeAll(async () => {
    const school = await buildOrganisation(t.db, { name: 'IES Miguel Hernández', municipality: 'Alba' });
    const university = await buildOrganisation(t.db, { name: 'Universidad de Valdemar', kind: 'university' });
    for (const key of ['coordinator', 'committee', 'facilitator', 'evaluator', 'member'] as const) {
      const person = await buildPerson(t.db, {
        email: `${key}@example.org`,
        displayName: `Z ${key}`,
        account: true,
      });
      cast[key] = person.id;
    }
    const newcomer = await buildPerson(t.db, {
      email: 'newcomer@example.org',
      displayName: 'Nuria Newcomer',
      account: true,
    });
    await affiliate(t.db, newcomer.id, school.id);
    Object.assign(ids, cast, { school: school.id, university: university.id, newcomer: newcomer.id });
    const shared = await castNetwork();
    ids.network = shared.networkId;
    path = shared.path;
  });

  it('lists members by role, coordinators first, each person with their organisations', async () => {
    const client = await t.client().signIn('member@example.org');
    const response = await client.get(path);
    expect(response.status).toBe(200);
    const roles = response.body.items.map((item: { role: string }) => item.role);
    expect(roles).toEqual([
      'coordinator',
      'coordinating_committee',
      'facilitator',
      'evaluator',
      'member',
      'member',
    ]);
    const school = response.body.items.find(
      (item: { member: { type: string } }) => item.member.type === 'organisation',
    );
    expect(school.member).toEqual({
      type: 'organisation',
      id: ids.school,
      name: 'IES Miguel Hernández',
      kind: 'school',
      municipality: 'Alba',
    });
    const filtered = await client.get(`${path}?role=facilitator`);
    expect(filtered.body.items).toHaveLength(1);
    expect(filtered.body.items[0].member).toMatchObject({
      type: 'person',
      id: ids.facilitator,
      organisations: [],
    });
  });

  it('shows anonymous visitors the member organisations but not the people', async () => {
    const response = await t.client().get(path);
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { member: { type: string } }) => item.member.type)).toEqual([
      'organisation',
    ]);
    expect((await t.client().get(`${path}?type=person`)).status).toBe(401);
  });

  it('pages through members with a cursor', async () => {
    const client = await t.client().signIn('member@example.org');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: TestResponse<{ items: { id: string }[]; nextCursor: string | null }> = await client.get(
        `${path}?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...response.body.items.map((item) => item.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it('filters members by organisation and by kind of organisation, people through where they work', async () => {
    const { path } = await castNetwork();
    const client = await t.client().signIn('coordinator@example.org');
    await client.post(path, { personId: ids.newcomer, role: 'member' });
    const university = await buildOrganisation(t.db, { name: 'Universidad del Norte', kind: 'university' });
    await client.post(path, { organisationId: university.id, role: 'external_partner' });
    const ids_ = async (query: string) =>
      (await client.get(`${path}?${query}`)).body.items.map(
        (item: { member: { id: string } }) => item.member.id,
      );
    // Both are members, by name: IES Miguel Hernández, then Nuria Newcomer, who works there.
    expect(await ids_(`organisation=${ids.school}`)).toEqual([ids.school, ids.newcomer]);
    expect(await ids_('organisationKind=school')).toEqual([ids.school, ids.newcomer]);
    expect(await ids_('organisationKind=university')).toEqual([university.id]);
    expect(await ids_('organisationKind=school&type=person')).toEqual([ids.newcomer]);
    expect(await ids_('organisationKind=school&role=external_partner')).toEqual([]);
    expect((await client.get(`${path}?organisation=not-a-uuid`)).status).toBe(400);
    expect((await client.get(`${path}?organisationKind=castle`)).status).toBe(400);
    const school = (await client.get(`${path}?organisation=${ids.school}&type=person`)).body.items[0];
    expect(school.member.organisations).toEqual([
      { id: ids.school, name: 'IES Miguel Hernández', municipality: 'Alba' },
    ]);
  });

  it('says why it refuses in the reader’s language', async () => {
    const facilitator = await t.client().signIn('facilitator@example.org');
    const denied = await facilitator.request(
      'POST',
      path,
      { organisationId: ids.university, role: 'coordinator' },
      { 'accept-language': 'es' },
    );
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBe('Tu rol en esta red no permite dar el rol «Coordinación».');
    const both = await facilitator.request(
      'POST',
      path,
      { organisationId: ids.university, personId: ids.newcomer },
      { 'accept-language': 'es' },
    );
    expect(both.body.error.details.issues).toEqual([
      { path: 'organisationId', message: 'Elige una organización o una persona.' },
    ]);
  });

  it('lets a facilitator add a member, audited; a duplicate is a conflict', async () => {
    const { path } = await castNetwork();
    const client = await t.client().signIn('facilitator@example.org');
    const response = await client.post(path, {
      personId: ids.newcomer,
      role: 'member',
      startDate: '2026-09-01',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      role: 'member',
      startDate: '2026-09-01',
      member: {
        type: 'person',
        id: ids.newcomer,
        displayName: 'Nuria Newcomer',
        organisations: [{ id: ids.school, name: 'IES Miguel Hernández', municipality: 'Alba' }],
      },
    });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, response.body.id));
    expect(entry).toMatchObject({ actorId: ids.facilitator, action: 'membership.create' });
    expect((await client.post(path, { personId: ids.newcomer })).status).toBe(409);
  });

  it('stops facilitators from appointing coordinators, and members from adding anyone', async () => {
    const facilitator = await t.client().signIn('facilitator@example.org');
    const denied = await facilitator.post(path, { organisationId: ids.university, role: 'coordinator' });
    expect(denied.status).toBe(403);
    const member = await t.client().signIn('member@example.org');
    expect((await member.post(path, { organisationId: ids.university })).status).toBe(403);
    expect((await t.client().post(path, { organisationId: ids.university })).status).toBe(401);
    const stored = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.organisationId, ids.university));
    expect(stored).toEqual([]);
  });

  it('answers bad additions with 400 and the field, writing nothing', async () => {
    const client = await t.client().signIn('coordinator@example.org');
    const cases = [
      [{}, 'organisationId'],
      [{ organisationId: ids.university, personId: ids.newcomer }, 'organisationId'],
      [{ organisationId: ids.university, role: 'boss' }, 'role'],
      [{ organisationId: ids.university, startDate: '2026-13-40' }, 'startDate'],
      [{ organisationId: ids.university, startDate: '2026-09-01', endDate: '2026-01-01' }, 'endDate'],
      [{ organisationId: '7a1d1c35-2a68-4a0e-9a55-000000000000' }, 'organisationId'],
      [{ organisationId: ids.university, extra: true }, ''],
    ] as const;
    for (const [body, field] of cases) {
      const response = await client.post(path, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(
        field,
      );
    }
    const stored = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.organisationId, ids.university));
    expect(stored).toEqual([]);
  });

  it('lets only coordinators change roles', async () => {
    const { path } = await castNetwork();
    const list = await (await t.client().signIn('member@example.org')).get(`${path}?role=evaluator`);
    const evaluatorMembership = list.body.items[0].id;
    const committee = await t.client().signIn('committee@example.org');
    expect((await committee.patch(`${path}/${evaluatorMembership}`, { role: 'facilitator' })).status).toBe(
      403,
    );
    const coordinator = await t.client().signIn('coordinator@example.org');
    const changed = await coordinator.patch(`${path}/${evaluatorMembership}`, { role: 'facilitator' });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('facilitator');
  });

  it('keeps the last coordinator, and lets people leave on their own', async () => {
    const { networkId, path } = await castNetwork();
    const coordinator = await t.client().signIn('coordinator@example.org');
    const [own] = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.personId, ids.coordinator), eq(memberships.networkId, networkId)));
    const refused = await coordinator.delete(`${path}/${own!.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('only coordinator');

    const member = await t.client().signIn('member@example.org');
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.personId, ids.member), eq(memberships.networkId, networkId)));
    const left = await member.delete(`${path}/${membership!.id}`);
    expect(left.status).toBe(200);
    expect(left.body.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const current = await coordinator.get(`${path}?type=person`);
    expect(current.body.items.map((item: { member: { id: string } }) => item.member.id)).not.toContain(
      ids.member,
    );
    const history = await coordinator.get(`${path}?type=person&includeEnded=true`);
    expect(history.body.items.map((item: { member: { id: string } }) => item.member.id)).toContain(
      ids.member,
    );
  });

  it('does not let a former member bring themselves back; those who add members may (issue 9, hole 3)', async () => {
    const { networkId, path } = await castNetwork();
    const person = await buildPerson(t.db, { email: 'returner@example.org', account: true });
    const own = await addMember(t.db, networkId, { personId: person.id }, 'evaluator');
    const returner = await t.client().signIn('returner@example.org');
    expect((await returner.delete(`${path}/${own.id}`)).status).toBe(200);

    const reinstated = await returner.patch(`${path}/${own.id}`, { endDate: null });
    expect(reinstated.status).toBe(403);
    expect(reinstated.body.error.message).toContain('former member back');
    const [row] = await t.db.select().from(memberships).where(eq(memberships.id, own.id));
    expect(row!.endDate).not.toBeNull();
    // Correcting the date they left stays theirs; and the network's facilitator may bring them back.
    expect(
      (await returner.patch(`${path}/${own.id}`, { endDate: row!.startDate ?? '2026-01-01' })).status,
    ).toBe(200);
    // The facilitator may readmit with a role they may give, not the evaluator role they may not.
    const facilitator = await t.client().signIn('facilitator@example.org');
    expect((await facilitator.patch(`${path}/${own.id}`, { endDate: null })).status).toBe(403);
    const back = await facilitator.patch(`${path}/${own.id}`, { endDate: null, role: 'member' });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ role: 'member', endDate: null });
  });
});
