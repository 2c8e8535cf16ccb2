import { eq } from 'drizzle-orm';
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
import { useTestApp } from '../test-support/test-app.js';
import { networks } from './networks.table.js';

describeOnEachEngine('networks API', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<
    | 'regional'
    | 'reading'
    | 'rural'
    | 'closed'
    | 'hidden'
    | 'coordinator'
    | 'member'
    | 'outsider'
    | 'admin'
    | 'school',
    string
  >;

  beforeAll(async () => {
    const regional = await buildNetwork(t.db, {
      slug: 'valdemar-regional',
      name: 'Red Regional de Valdemar',
      kind: 'network_of_networks',
      level: 5,
    });
    const reading = await buildNetwork(t.db, {
      slug: 'lectura-compartida',
      name: 'Lectura Compartida',
      kind: 'school_to_school',
      level: 2,
      region: 'Norte',
      parentIds: [regional.id],
    });
    const rural = await buildNetwork(t.db, {
      slug: 'escuelas-rurales',
      name: 'Escuelas Rurales del Páramo',
      kind: 'rural_micro_centre',
      level: 1,
      region: 'Sur',
      parentIds: [regional.id],
    });
    const closed = await buildNetwork(t.db, {
      slug: 'equipo-privado',
      name: 'Equipo Privado',
      visibility: 'members',
      kind: 'pln',
      level: 3,
      region: 'Este',
    });
    // A members-only network under the public regional one: its name must not show on the regional page.
    const hidden = await buildNetwork(t.db, {
      slug: 'grupo-oculto',
      name: 'Grupo Oculto',
      visibility: 'members',
      kind: 'pln',
      level: 1,
      region: 'Norte',
      parentIds: [regional.id],
    });
    const hiddenSchool = await buildOrganisation(t.db, { name: 'CEIP Oculto' });
    await addMember(t.db, hidden.id, { organisationId: hiddenSchool.id }, 'member');
    const coordinator = await buildPerson(t.db, { email: 'coord@example.org', account: true });
    const member = await buildPerson(t.db, { email: 'member@example.org', account: true });
    const outsider = await buildPerson(t.db, { email: 'outsider@example.org', account: true });
    const admin = await buildPerson(t.db, { email: 'admin@example.org', isAdmin: true });
    const school = await buildOrganisation(t.db, { name: 'CEIP Cervantes' });
    await addMember(t.db, reading.id, { personId: coordinator.id }, 'coordinator');
    await addMember(t.db, reading.id, { personId: member.id }, 'member');
    await addMember(t.db, reading.id, { organisationId: school.id }, 'member');
    await addMember(t.db, closed.id, { organisationId: school.id }, 'member');
    Object.assign(ids, {
      hidden: hidden.id,
      regional: regional.id,
      reading: reading.id,
      rural: rural.id,
      closed: closed.id,
      coordinator: coordinator.id,
      member: member.id,
      outsider: outsider.id,
      admin: admin.id,
      school: school.id,
    });
  });

  const names = (body: { items: { name: string }[] }) => body.items.map((item) => item.name);

  /**
   * A network of its own under the regional one, with its own coordinator, for a test that edits
   * it: members-only, so no list, count or page the other tests read shows it.
   */
  const editableNetwork = async () => {
    const network = await buildNetwork(t.db, { visibility: 'members', level: 2, parentIds: [ids.regional] });
    const email = `coordinator-of-${network.slug}@example.org`;
    const coordinator = await buildPerson(t.db, { email, account: true });
    await addMember(t.db, network.id, { personId: coordinator.id }, 'coordinator');
    return { network, coordinator, client: await t.client().signIn(email) };
  };

  it('lists public networks to anyone, by name, with member counts', async () => {
    const response = await t.client().get('/api/v1/networks');
    expect(response.status).toBe(200);
    expect(names(response.body)).toEqual([
      'Escuelas Rurales del Páramo',
      'Lectura Compartida',
      'Red Regional de Valdemar',
    ]);
    const reading = response.body.items.find((item: { slug: string }) => item.slug === 'lectura-compartida');
    expect(reading.memberCounts).toEqual({ organisations: 1, people: 2 });
    expect(response.body.nextCursor).toBeNull();
  });

  it('shows members-only networks to their members (also through their organisation) and admins only', async () => {
    const teacher = await buildPerson(t.db, { email: 'teacher@example.org', account: true });
    await affiliate(t.db, teacher.id, ids.school);
    const asTeacher = await t.client().signIn('teacher@example.org');
    expect(names((await asTeacher.get('/api/v1/networks')).body)).toContain('Equipo Privado');
    expect((await asTeacher.get('/api/v1/networks/equipo-privado')).status).toBe(200);

    const asOutsider = await t.client().signIn('outsider@example.org');
    expect(names((await asOutsider.get('/api/v1/networks')).body)).not.toContain('Equipo Privado');
    expect((await asOutsider.get('/api/v1/networks/equipo-privado')).status).toBe(404);
    expect((await t.client().get(`/api/v1/networks/${ids.closed}`)).status).toBe(404);

    const asAdmin = await t.client().signIn('admin@example.org');
    expect(names((await asAdmin.get('/api/v1/networks')).body)).toContain('Equipo Privado');
  });

  it('lists the regions of the networks the caller may see, for the region filter', async () => {
    const anonymous = await t.client().get('/api/v1/regions');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.items).toEqual([
      { name: 'Norte', networkCount: 1 },
      { name: 'Sur', networkCount: 1 },
      { name: 'Valdemar', networkCount: 1 },
    ]);
    const admin = await (await t.client().signIn('admin@example.org')).get('/api/v1/regions');
    expect(admin.body.items.map((region: { name: string }) => region.name)).toEqual([
      'Este',
      'Norte',
      'Sur',
      'Valdemar',
    ]);
  });

  it('filters by kind, level, region and parent, and searches names ignoring accents and case', async () => {
    const client = t.client();
    expect(names((await client.get('/api/v1/networks?kind=rural_micro_centre')).body)).toEqual([
      'Escuelas Rurales del Páramo',
    ]);
    expect(names((await client.get('/api/v1/networks?level=2')).body)).toEqual(['Lectura Compartida']);
    expect(names((await client.get('/api/v1/networks?region=Sur')).body)).toEqual([
      'Escuelas Rurales del Páramo',
    ]);
    expect(names((await client.get(`/api/v1/networks?parent=${ids.regional}`)).body)).toEqual([
      'Escuelas Rurales del Páramo',
      'Lectura Compartida',
    ]);
    expect(names((await client.get('/api/v1/networks?q=PARAMO')).body)).toEqual([
      'Escuelas Rurales del Páramo',
    ]);
    expect(names((await client.get('/api/v1/networks?q=lectra')).body)).toEqual([]);
    expect(names((await client.get('/api/v1/networks?q=Compartda')).body)).toEqual(['Lectura Compartida']);
    expect(names((await client.get('/api/v1/networks?q=50%25')).body)).toEqual([]);
  });

  it('pages with a cursor, without gaps or repeats', async () => {
    const client = t.client();
    const first = await client.get('/api/v1/networks?limit=2');
    expect(names(first.body)).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await client.get(`/api/v1/networks?limit=2&cursor=${first.body.nextCursor}`);
    expect([...names(first.body), ...names(second.body)]).toEqual([
      'Escuelas Rurales del Páramo',
      'Lectura Compartida',
      'Red Regional de Valdemar',
    ]);
    expect(second.body.nextCursor).toBeNull();
    expect((await client.get('/api/v1/networks?cursor=garbage')).status).toBe(400);
  });

  it('shows a network page by slug or id, with parents, children, counts by role and permissions', async () => {
    const anonymous = await t.client().get('/api/v1/networks/lectura-compartida');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({
      id: ids.reading,
      name: 'Lectura Compartida',
      parents: [{ id: ids.regional, slug: 'valdemar-regional', name: 'Red Regional de Valdemar' }],
      children: [],
      memberCounts: { organisations: 1, people: 2, byRole: { coordinator: 1, member: 2, facilitator: 0 } },
      permissions: { update: false, addMembers: false, viewPeople: false, grantableRoles: [] },
    });
    const regional = await t.client().get(`/api/v1/networks/${ids.regional}`);
    expect(regional.body.children.map((child: { slug: string }) => child.slug)).toEqual([
      'escuelas-rurales',
      'lectura-compartida',
    ]);

    const asCoordinator = await t.client().signIn('coord@example.org');
    const page = await asCoordinator.get('/api/v1/networks/lectura-compartida');
    expect(page.body.permissions).toMatchObject({
      update: true,
      addMembers: true,
      changeRoles: true,
      viewPeople: true,
    });
    expect((await t.client().get('/api/v1/networks/no-such-network')).status).toBe(404);
  });

  it('lets a coordinator edit the network, and records it in the audit log', async () => {
    const { network, coordinator, client } = await editableNetwork();
    const response = await client.patch(`/api/v1/networks/${network.id}`, {
      goal: 'Every pupil reads 20 books a year by 2028',
      level: 3,
      scopes: ['between', 'beyond'],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      goal: 'Every pupil reads 20 books a year by 2028',
      level: 3,
      scopes: ['between', 'beyond'],
    });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, network.id));
    expect(entry).toMatchObject({ actorId: coordinator.id, action: 'network.update', entityType: 'network' });
    expect(entry!.details).toMatchObject({ level: 3 });

    expect((await client.get('/api/v1/audit-log')).status).toBe(403);
    const asAdmin = await t.client().signIn('admin@example.org');
    const log = await asAdmin.get(`/api/v1/audit-log?entityType=network&entityId=${network.id}`);
    expect(log.status).toBe(200);
    expect(log.body.items[0]).toMatchObject({
      actorId: coordinator.id,
      action: 'network.update',
      details: { level: 3 },
    });
  });

  it('keeps the purpose and goal in English and Spanish, either written alone', async () => {
    const { network, client } = await editableNetwork();
    const response = await client.patch(`/api/v1/networks/${network.id}`, {
      purpose: '',
      purposeEs: 'Compartir planes lectores',
      goal: 'Every pupil reads 20 books a year',
      goalEs: 'Todo el alumnado lee 20 libros al año',
    });
    expect(response.status).toBe(200);
    const page = await client.get(`/api/v1/networks/${network.slug}`);
    expect(page.body).toMatchObject({
      purpose: '',
      purposeEs: 'Compartir planes lectores',
      goal: 'Every pupil reads 20 books a year',
      goalEs: 'Todo el alumnado lee 20 libros al año',
    });
  });

  it('refuses edits by members, outsiders and anonymous visitors', async () => {
    const member = await t.client().signIn('member@example.org');
    expect((await member.patch(`/api/v1/networks/${ids.reading}`, { goal: 'x' })).status).toBe(403);
    const outsider = await t.client().signIn('outsider@example.org');
    expect((await outsider.patch(`/api/v1/networks/${ids.reading}`, { goal: 'x' })).status).toBe(403);
    expect((await t.client().patch(`/api/v1/networks/${ids.reading}`, { goal: 'x' })).status).toBe(401);
  });

  it('answers bad edits with 400 and field paths, changing nothing', async () => {
    const client = await t.client().signIn('coord@example.org');
    const [before] = await t.db.select().from(networks).where(eq(networks.id, ids.reading));
    const cases = [
      [{ level: 9 }, 'level'],
      [{ kind: 'club' }, 'kind'],
      [{ scopes: [] }, 'scopes'],
      [{ scopes: ['within', 'within'] }, 'scopes'],
      [{ name: 'x' }, 'name'],
      [{ parentIds: ['not-a-uuid'] }, 'parentIds.0'],
      [{ parentIds: ['00000000-0000-4000-8000-000000000000'] }, 'parentIds'],
      [{ colour: 'red' }, ''],
      [{}, ''],
    ] as const;
    for (const [body, path] of cases) {
      const response = await client.patch(`/api/v1/networks/${ids.reading}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      expect(response.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    }
    const malformed = await client.request('PATCH', `/api/v1/networks/${ids.reading}`, '{"goal": ', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    const [after] = await t.db.select().from(networks).where(eq(networks.id, ids.reading));
    expect(after).toEqual(before);
  });

  it('answers validation errors in the language of Accept-Language, keeping messages a schema wrote itself', async () => {
    const client = await t.client().signIn('coord@example.org');
    const path = `/api/v1/networks/${ids.reading}`;
    const issueMessages = async (headers: Record<string, string>) => {
      const response = await client.request('PATCH', path, { name: 'x', level: 9 }, headers);
      expect(response.status).toBe(400);
      return response.body.error.details.issues.map((issue: { message: string }) => issue.message);
    };
    expect(await issueMessages({ 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' })).toEqual([
      'Escribe al menos 2 caracteres.',
      'Escribe 5 o menos.',
    ]);
    expect(await issueMessages({ 'accept-language': 'fr, en;q=0.5' })).toEqual([
      'Enter at least 2 characters.',
      'Enter 5 or less.',
    ]);
    expect(await issueMessages({})).toEqual(await issueMessages({ 'accept-language': 'en' }));
    const ownMessage = await client.request(
      'PATCH',
      path,
      { scopes: ['within', 'within'] },
      { 'accept-language': 'es' },
    );
    // The network's own sentences come in the reader's language too.
    expect(ownMessage.body.error.details.issues).toEqual([
      { path: 'scopes', message: 'Cada ámbito una sola vez.' },
    ]);
  });

  it('refuses a parent that would make a cycle, and rolls back the whole edit', async () => {
    const asAdmin = await t.client().signIn('admin@example.org');
    const response = await asAdmin.patch(`/api/v1/networks/${ids.regional}`, {
      parentIds: [ids.reading],
      goal: 'changed',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('parentIds');
    expect((await t.client().get(`/api/v1/networks/${ids.regional}`)).body.goal).not.toBe('changed');
    const inSpanish = await asAdmin.request(
      'PATCH',
      `/api/v1/networks/${ids.regional}`,
      { parentIds: [ids.reading] },
      { 'accept-language': 'es' },
    );
    expect(inSpanish.body.error.details.issues).toEqual([
      {
        path: 'parentIds',
        message: 'Una red no puede pertenecer a sí misma ni a una de sus propias redes miembro.',
      },
    ]);
  });

  it('lets only admins create networks; a taken slug is a conflict', async () => {
    // Members-only, so the public lists the other tests read do not change.
    const body = {
      slug: 'nueva-red',
      name: 'Nueva Red',
      kind: 'alliance',
      level: 4,
      scopes: ['beyond'],
      approach: 'directive',
      visibility: 'members',
      parentIds: [ids.regional],
    };
    const asCoordinator = await t.client().signIn('coord@example.org');
    expect((await asCoordinator.post('/api/v1/networks', body)).status).toBe(403);
    const asAdmin = await t.client().signIn('admin@example.org');
    const created = await asAdmin.post('/api/v1/networks', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: 'nueva-red',
      status: 'active',
      visibility: 'members',
      parents: [{ id: ids.regional }],
    });
    const again = await asAdmin.post('/api/v1/networks', body);
    expect(again.status).toBe(409);
    expect((await asAdmin.post('/api/v1/networks', { ...body, slug: 'Bad Slug!' })).status).toBe(400);
    const reserved = await asAdmin.post('/api/v1/networks', { ...body, slug: 'new' });
    expect(reserved.status).toBe(400);
    expect(reserved.body.error.details.issues).toEqual([
      { path: 'slug', message: 'This web address is reserved; choose another.' },
    ]);
  });

  it('refuses a second network of the same name (ignoring case, accents and spaces) unless confirmed', async () => {
    const body = {
      slug: 'red-homonima',
      name: 'Red Homónima de Lectura',
      kind: 'alliance',
      level: 2,
      scopes: ['beyond'],
      approach: 'directive',
      visibility: 'members',
    };
    const asAdmin = await t.client().signIn('admin@example.org');
    expect((await asAdmin.post('/api/v1/networks', body)).status).toBe(201);
    const second = { ...body, slug: 'red-homonima-2', name: '  red homonima   de LECTURA ' };
    const refused = await asAdmin.request('POST', '/api/v1/networks', second, { 'accept-language': 'es' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toMatchObject({
      field: 'name',
      existing: { slug: 'red-homonima' },
      issues: [
        {
          path: 'name',
          message: expect.stringContaining('Ya existe una red llamada «Red Homónima de Lectura»'),
        },
      ],
    });
    expect((await asAdmin.get('/api/v1/networks/red-homonima-2')).status).toBe(404);
    const confirmed = await asAdmin.post('/api/v1/networks', { ...second, allowSameName: true });
    expect(confirmed.status).toBe(201);
    expect((await asAdmin.post('/api/v1/networks', { ...second, allowSameName: 'yes' })).status).toBe(400);
  });

  it('names a members-only child network on its public parent’s page only to those who may see it (issue 9, hole 4)', async () => {
    const childSlugs = async (client: ReturnType<typeof t.client>) =>
      (await client.get(`/api/v1/networks/${ids.regional}`)).body.children.map(
        (child: { slug: string }) => child.slug,
      );
    expect(await childSlugs(t.client())).toEqual(
      expect.arrayContaining(['escuelas-rurales', 'lectura-compartida']),
    );
    expect(await childSlugs(t.client())).not.toContain('grupo-oculto');
    expect(await childSlugs(await t.client().signIn('outsider@example.org'))).not.toContain('grupo-oculto');
    expect(await childSlugs(await t.client().signIn('admin@example.org'))).toContain('grupo-oculto');
    // Nor through the directory's parent filter, nor does the hidden network's id list anything.
    const anonymous = t.client();
    expect(names((await anonymous.get(`/api/v1/networks?parent=${ids.regional}`)).body)).not.toContain(
      'Grupo Oculto',
    );
    expect(names((await anonymous.get(`/api/v1/networks?parent=${ids.hidden}`)).body)).toEqual([]);
    const hiddenOrganisations = await anonymous.get(`/api/v1/organisations?network=${ids.hidden}`);
    expect(hiddenOrganisations.status).toBe(200);
    expect(hiddenOrganisations.body.items).toEqual([]);
    const asAdmin = await t.client().signIn('admin@example.org');
    expect(names((await asAdmin.get(`/api/v1/organisations?network=${ids.hidden}`)).body)).toEqual([
      'CEIP Oculto',
    ]);
    // A public network's organisations stay public.
    expect(names((await anonymous.get(`/api/v1/organisations?network=${ids.reading}`)).body)).toEqual([
      'CEIP Cervantes',
    ]);
  });

  it('lets a coordinator put their network only under a network whose coordinators they are (issue 9, hole 2)', async () => {
    const own = await editableNetwork();
    const coordinator = own.client;
    const path = `/api/v1/networks/${own.network.id}`;
    const underHidden = await coordinator.patch(path, { parentIds: [ids.regional, ids.closed] });
    // A members-only network they are not in answers like one that does not exist.
    expect(underHidden.status).toBe(400);
    expect(underHidden.body.error.details.issues).toEqual([
      { path: 'parentIds', message: `No network with id ${ids.closed}.` },
    ]);
    const underPublic = await coordinator.patch(path, { parentIds: [ids.regional, ids.rural] });
    expect(underPublic.status).toBe(403);
    expect(underPublic.body.error.message).toContain('Escuelas Rurales del Páramo');
    const parents = (await coordinator.get(path)).body.parents.map((p: { id: string }) => p.id);
    expect(parents).toEqual([ids.regional]);

    // Keeping a parent needs no new consent, leaving one needs none, and the parent's coordinator may accept a child.
    expect((await coordinator.patch(path, { parentIds: [ids.regional] })).status).toBe(200);
    const ruralCoordinator = await buildPerson(t.db, { email: 'rural-coord@example.org', account: true });
    await addMember(t.db, ids.rural, { personId: ruralCoordinator.id }, 'coordinator');
    await addMember(t.db, ids.rural, { personId: own.coordinator.id }, 'coordinator');
    expect((await coordinator.patch(path, { parentIds: [ids.regional, ids.rural] })).status).toBe(200);
    expect((await coordinator.patch(path, { parentIds: [ids.regional] })).status).toBe(200);
  });
});
