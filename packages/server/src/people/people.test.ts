import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../db/database.js';
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

describeOnEachEngine('organisations and people API', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<string, string>;

  beforeAll(async () => {
    const school = await buildOrganisation(t.db, {
      name: 'CEIP Río Duero',
      municipality: 'Alba',
      stages: ['primary'],
      rural: true,
      nationalCode: '47000001',
    });
    await buildOrganisation(t.db, {
      name: 'Asociación de Familias Alba',
      kind: 'family_association',
      municipality: 'Alba',
    });
    const open = await buildNetwork(t.db, { slug: 'red-abierta', name: 'Red Abierta' });
    const closed = await buildNetwork(t.db, {
      slug: 'red-cerrada',
      name: 'Red Cerrada',
      visibility: 'members',
    });
    const teacher = await buildPerson(t.db, {
      displayName: 'Lucía Martín',
      email: 'lucia@example.org',
      account: true,
      expertise: ['reading'],
    });
    const colleague = await buildPerson(t.db, {
      displayName: 'Óscar Gil',
      email: 'oscar@example.org',
      account: true,
    });
    const coordinator = await buildPerson(t.db, {
      displayName: 'Marta Coord',
      email: 'marta@example.org',
      account: true,
    });
    await buildPerson(t.db, { displayName: 'Ada Admin', email: 'ada@example.org', isAdmin: true });
    await affiliate(t.db, teacher.id, school.id, 'teacher');
    await addMember(t.db, open.id, { organisationId: school.id });
    await addMember(t.db, closed.id, { organisationId: school.id });
    await addMember(t.db, open.id, { personId: teacher.id });
    await addMember(t.db, closed.id, { personId: teacher.id });
    await addMember(t.db, open.id, { personId: colleague.id });
    await addMember(t.db, open.id, { personId: coordinator.id }, 'coordinator');
    Object.assign(ids, {
      school: school.id,
      open: open.id,
      closed: closed.id,
      teacher: teacher.id,
      colleague: colleague.id,
    });
  });

  it('lists and searches organisations for anyone, filtering by kind and municipality', async () => {
    const client = t.client();
    const all = await client.get('/api/v1/organisations?municipality=Alba');
    expect(all.body.items.map((item: { name: string }) => item.name)).toEqual([
      'Asociación de Familias Alba',
      'CEIP Río Duero',
    ]);
    const schools = await client.get('/api/v1/organisations?kind=school&q=rio');
    expect(schools.body.items).toEqual([
      expect.objectContaining({
        id: ids.school,
        name: 'CEIP Río Duero',
        stages: ['primary'],
        rural: true,
        nationalCode: '47000001',
      }),
    ]);
    const inNetwork = await client.get(`/api/v1/organisations?network=${ids.open}`);
    expect(inNetwork.body.items.map((item: { id: string }) => item.id)).toEqual([ids.school]);
    expect((await client.get('/api/v1/organisations?kind=castle')).status).toBe(400);
  });

  it('puts the best matches first: the whole name, its start, a later word, inside it, a similar spelling', async () => {
    const names = ['Tormas', 'Altormes', 'CEIP El Tormes', 'Tormes Bajo', 'Tormes', 'IES Tormes-Alba'];
    // In a town of their own, so the other tests' lists by municipality do not change.
    for (const name of names) await buildOrganisation(t.db, { name, kind: 'other', municipality: 'Tormes' });
    const ranked = ['Tormes', 'Tormes Bajo', 'CEIP El Tormes', 'IES Tormes-Alba', 'Altormes', 'Tormas'];
    const client = t.client();
    const all = await client.get('/api/v1/organisations?q=tormes&kind=other');
    expect(all.body.items.map((item: { name: string }) => item.name)).toEqual(ranked);

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: TestResponse<{ items: { name: string }[]; nextCursor: string | null }> = await client.get(
        `/api/v1/organisations?q=tormes&kind=other&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      paged.push(...page.body.items.map((item) => item.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(ranked);
  });

  it('answers a tampered cursor with a 400, whatever part was changed', async () => {
    const client = t.client();
    const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const [path, key] of [
      ['/api/v1/organisations', ['CEIP', 'not-a-uuid']],
      ['/api/v1/organisations?q=rio', ['zero', 'CEIP', '6f1c1d1e-0000-4000-8000-000000000000']],
      ['/api/v1/organisations?q=rio', ['CEIP', '6f1c1d1e-0000-4000-8000-000000000000']],
      [`/api/v1/networks/${ids.open}/memberships`, ['emperor', 'A', '6f1c1d1e-0000-4000-8000-000000000000']],
    ] as const) {
      const separator = path.includes('?') ? '&' : '?';
      const response = await client.get(`${path}${separator}cursor=${cursorOf([...key])}`);
      expect(response.status, path).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('shows an organisation’s visible networks to anyone, and its people only when signed in', async () => {
    const anonymous = await t.client().get(`/api/v1/organisations/${ids.school}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.networks.map((item: { network: { slug: string } }) => item.network.slug)).toEqual([
      'red-abierta',
    ]);
    expect(anonymous.body.people).toEqual([]);
    expect(anonymous.body.peopleCount).toBeNull();

    const signedIn = await (
      await t.client().signIn('oscar@example.org')
    ).get(`/api/v1/organisations/${ids.school}`);
    expect(signedIn.body.people).toEqual([{ id: ids.teacher, displayName: 'Lucía Martín', role: 'teacher' }]);
    expect(signedIn.body.peopleCount).toBe(1);
    expect((await t.client().get('/api/v1/organisations/6f1c1d1e-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    expect((await t.client().get('/api/v1/organisations/not-a-uuid')).status).toBe(400);
  });

  it('keeps people behind sign-in', async () => {
    expect((await t.client().get(`/api/v1/people/${ids.teacher}`)).status).toBe(401);
    expect((await t.client().get('/api/v1/people?q=lucia')).status).toBe(401);
  });

  it('searches people by name without accents, with their organisations', async () => {
    const client = await t.client().signIn('oscar@example.org');
    const response = await client.get('/api/v1/people?q=LUCIA');
    expect(response.body.items).toEqual([
      {
        id: ids.teacher,
        displayName: 'Lucía Martín',
        kinds: ['teacher'],
        organisations: [{ id: ids.school, name: 'CEIP Río Duero', municipality: 'Alba' }],
      },
    ]);
  });

  it('shows a person’s email to themselves and their coordinators, not to fellow members', async () => {
    const asColleague = await (
      await t.client().signIn('oscar@example.org')
    ).get(`/api/v1/people/${ids.teacher}`);
    expect(asColleague.status).toBe(200);
    expect(asColleague.body).toMatchObject({
      displayName: 'Lucía Martín',
      email: null,
      expertise: ['reading'],
    });
    expect(asColleague.body.affiliations).toEqual([
      expect.objectContaining({ organisation: { id: ids.school, name: 'CEIP Río Duero' }, role: 'teacher' }),
    ]);
    // The colleague cannot see the members-only network, so it is not listed to them.
    expect(asColleague.body.networks.map((item: { network: { slug: string } }) => item.network.slug)).toEqual(
      ['red-abierta'],
    );

    const asSelf = await (await t.client().signIn('lucia@example.org')).get(`/api/v1/people/${ids.teacher}`);
    expect(asSelf.body.email).toBe('lucia@example.org');
    expect(asSelf.body.networks).toHaveLength(2);

    const asCoordinator = await (
      await t.client().signIn('marta@example.org')
    ).get(`/api/v1/people/${ids.teacher}`);
    expect(asCoordinator.body.email).toBe('lucia@example.org');
  });

  it('lets a person change their own expertise, needs and languages, tidied and audited', async () => {
    const lucia = await t.client().signIn('lucia@example.org');
    const changed = await lucia.patch(`/api/v1/people/${ids.teacher}`, {
      // Topics in either language become their keys; free tags stay as typed, without repeats.
      needs: [
        '  Tránsito primaria–secundaria ',
        'Evaluación',
        'assessment',
        'Huerto  escolar',
        'huerto escolar',
      ],
      languages: ['ES', 'en', 'es'],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      expertise: ['reading'],
      needs: ['transitions', 'assessment', 'Huerto escolar'],
      languages: ['es', 'en'],
      permissions: { edit: true },
    });
    const read = await (await t.client().signIn('oscar@example.org')).get(`/api/v1/people/${ids.teacher}`);
    expect(read.body).toMatchObject({
      needs: ['transitions', 'assessment', 'Huerto escolar'],
      permissions: { edit: false },
    });
    const audit = await queryRows<{ actor_id: string; details: unknown }>(
      t.db,
      sql`select actor_id, details from audit_log where action = 'person.update' and entity_id = ${ids.teacher}`,
    );
    expect(audit).toEqual([
      {
        actor_id: ids.teacher,
        details: { needs: ['transitions', 'assessment', 'Huerto escolar'], languages: ['es', 'en'] },
      },
    ]);
  });

  it('lets an admin change anyone’s tags, and no one else', async () => {
    const admin = await t.client().signIn('ada@example.org');
    expect(
      (await admin.patch(`/api/v1/people/${ids.colleague}`, { expertise: ['maths'] })).body.expertise,
    ).toEqual(['maths']);
    const lucia = await t.client().signIn('lucia@example.org');
    const other = await lucia.patch(`/api/v1/people/${ids.colleague}`, { expertise: ['forged'] });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('FORBIDDEN');
    expect((await lucia.get(`/api/v1/people/${ids.colleague}`)).body.expertise).toEqual(['maths']);
    expect((await t.client().patch(`/api/v1/people/${ids.teacher}`, { needs: ['x'] })).status).toBe(401);
    expect(
      (await lucia.patch('/api/v1/people/6f1c1d1e-0000-4000-8000-000000000000', { needs: ['x'] })).status,
    ).toBe(404);
  });

  it('refuses bad tags with a 400 and changes nothing', async () => {
    const lucia = await t.client().signIn('lucia@example.org');
    const before = (await lucia.get(`/api/v1/people/${ids.teacher}`)).body;
    const eleven = Array.from({ length: 11 }, (_, index) => `need ${index}`);
    for (const [body, path] of [
      [{ needs: ['   '] }, 'needs.0'],
      [{ needs: eleven }, 'needs'],
      [{ expertise: ['x'.repeat(81)] }, 'expertise.0'],
      [{ languages: ['spanish'] }, 'languages.0'],
      [{ needs: ['ok'], email: 'new@example.org' }, ''],
      [{}, ''],
      [{ needs: 'reading' }, 'needs'],
    ] as const) {
      const response = await lucia.patch(`/api/v1/people/${ids.teacher}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      expect(response.body.error.details.issues[0].path, JSON.stringify(body)).toBe(path);
    }
    expect((await lucia.get(`/api/v1/people/${ids.teacher}`)).body).toEqual(before);
    expect((await lucia.patch('/api/v1/people/not-a-uuid', { needs: ['x'] })).status).toBe(400);
  });
});
