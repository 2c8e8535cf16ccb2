/** The archive's contents and headers, who may export and erase, and networks' erasure choice. */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson, TEST_PASSWORD } from '../test-support/factories.js';
import {
  buildWorld,
  MARKERS,
  OTHER_MARKERS,
  signInAs,
  type World,
} from '../test-support/personal-data-world.js';
import { useTestApp } from '../test-support/test-app.js';
import { PersonalDataArchive } from './personal-data.schema.js';

describeOnEachEngine('people’s own data over HTTP', (open) => {
  const t = useTestApp(open);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.db, t.client);
  }, 120_000);

  describe('the archive', () => {
    it('is a versioned JSON download, never stored by caches', async () => {
      const subject = await signInAs(t.client(), world.subject.email);
      const response = await subject.get('/api/v1/me/data');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="trellis-data-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(PersonalDataArchive.parse(response.body)).toMatchObject({
        format: 'trellis.personal-data',
        version: 1,
      });
    });

    it('holds the person’s profile, answers, ties, memberships and sessions', async () => {
      const subject = await signInAs(t.client(), world.subject.email, MARKERS.userAgent);
      const archive = PersonalDataArchive.parse((await subject.get('/api/v1/me/data')).body);
      expect(archive.profile).toMatchObject({
        id: world.subject.id,
        email: MARKERS.email,
        needs: [MARKERS.needs],
      });
      expect(archive.account).toMatchObject({ isAdmin: false });
      expect(JSON.stringify(archive.account)).not.toMatch(/argon2|password/i);
      expect(archive.sessions.map((s) => s.userAgent)).toContain(MARKERS.userAgent);
      expect(archive.signInAttempts.some((a) => a.succeeded === false)).toBe(true);
      expect(archive.signInDevices.map((d) => d.email)).toContain(MARKERS.email);
      expect(archive.memberships.map((m) => m.network.name).sort()).toEqual([
        'Red que conserva',
        'Red que retira',
      ]);
      expect(archive.affiliations).toEqual([expect.objectContaining({ role: MARKERS.affiliationRole })]);
      const statuses = archive.surveyResponses.map((r) => r.status).sort();
      expect(statuses).toEqual(['draft', 'submitted', 'submitted']);
      const named = archive.surveyResponses.flatMap((r) => r.nominations);
      expect(named.map((n) => n.person?.id ?? n.outside?.name)).toEqual(
        expect.arrayContaining([world.colleagues[0]!.id, MARKERS.outsideName, MARKERS.draftOutsideName]),
      );
      expect(archive.tiesReported).toHaveLength(4);
      expect(archive.resourcesAuthored.map((r) => [r.title, r.visibility])).toEqual([
        [MARKERS.draftResourceTitle, 'draft'],
        ['Círculos de diálogo', 'network'],
      ]);
      expect(archive.resourceVersionsSaved.map((v) => [v.version, v.note])).toEqual([
        [1, ''],
        [1, ''],
        [2, 'Guion'],
      ]);
      expect(archive.attachmentsUploaded).toEqual([
        expect.objectContaining({
          resourceId: world.resources.sharedId,
          fileName: 'guion.pdf',
          contentType: 'application/pdf',
        }),
      ]);
      expect(archive.remindersReceived).toHaveLength(1);
      expect(archive.analysisNodes.length).toBeGreaterThan(0);
      expect(archive.auditEntries.map((e) => e.action)).toEqual(
        expect.arrayContaining(['person.update', 'session.create']),
      );
    });

    it('never holds another person’s data, though that person named them', async () => {
      const subject = await signInAs(t.client(), world.subject.email);
      const text = JSON.stringify((await subject.get('/api/v1/me/data')).body).toLowerCase();
      const leaked = Object.values(OTHER_MARKERS).filter((marker) => text.includes(marker.toLowerCase()));
      expect(leaked).toEqual([]);
      expect(text).not.toContain(world.other.id);
    });

    it('asks anonymous callers to sign in', async () => {
      expect((await t.client().get('/api/v1/me/data')).status).toBe(401);
      expect((await t.client().get('/api/v1/me/data/summary')).status).toBe(401);
    });
  });

  describe('the summary', () => {
    it('counts what is held and says what erasure does in each network', async () => {
      const subject = await signInAs(t.client(), world.subject.email);
      const summary = await subject.get('/api/v1/me/data/summary');
      expect(summary.status).toBe(200);
      expect(summary.body.counts).toMatchObject({
        memberships: 2,
        surveyResponses: 3,
        tiesReported: 4,
        tiesNamingThem: 5,
      });
      expect(summary.body.networks.map((n: { erasedTies: string }) => n.erasedTies).sort()).toEqual([
        'remove',
        'tombstone',
      ]);
      expect(summary.body.canErase).toBe(true);
    });
  });

  describe('who may erase', () => {
    it('asks anonymous callers to sign in', async () => {
      const response = await t.client().post('/api/v1/me/erasure', { password: TEST_PASSWORD });
      expect(response.status).toBe(401);
      const other = await t
        .client()
        .post(`/api/v1/people/${world.subject.id}/erasure`, { password: TEST_PASSWORD });
      expect(other.status).toBe(401);
    });

    it('refuses a member who asks to erase someone else', async () => {
      const member = await signInAs(t.client(), world.colleagues[0]!.email);
      const response = await member.post(`/api/v1/people/${world.subject.id}/erasure`, {
        password: TEST_PASSWORD,
      });
      expect(response.status).toBe(403);
      expect((await t.client().signIn(world.subject.email)).cookie).toBeDefined();
    });

    it('refuses a wrong password, in the caller’s language, and counts it as a failed sign-in', async () => {
      const subject = await signInAs(t.client(), world.subject.email);
      const response = await subject.request(
        'POST',
        '/api/v1/me/erasure',
        { password: 'not it' },
        { 'accept-language': 'es' },
      );
      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe('La contraseña no es correcta.');
      expect(response.body.error.details.issues).toEqual([
        { path: 'password', message: 'La contraseña no es correcta.' },
      ]);
      const archive = PersonalDataArchive.parse((await subject.get('/api/v1/me/data')).body);
      expect(archive.signInAttempts.filter((a) => !a.succeeded)).toHaveLength(2);
    });

    it('stops the only coordinator of a network with a 409 that names it', async () => {
      const network = await buildNetwork(t.db, { name: 'Red de una coordinadora' });
      const coordinator = await buildPerson(t.db, { account: true });
      await addMember(t.db, network.id, { personId: coordinator.id }, 'coordinator');
      const client = await signInAs(t.client(), coordinator.email!);
      const response = await client.post('/api/v1/me/erasure', { password: TEST_PASSWORD });
      expect(response.status).toBe(409);
      expect(response.body.error.message).toContain('Red de una coordinadora');
      expect(response.body.error.details).toMatchObject({
        reason: 'SOLE_COORDINATOR',
        networks: [{ id: network.id }],
      });
      expect((await client.get('/api/v1/session')).status).toBe(200);
      const summary = await client.get('/api/v1/me/data/summary');
      expect(summary.body).toMatchObject({
        canErase: false,
        networks: [{ id: network.id, soleCoordinator: true }],
      });
    });

    it('lets an admin erase someone on request, with the admin’s own password', async () => {
      const person = await buildPerson(t.db, { displayName: 'Pide Borrado', account: true });
      const admin = await t.client().signIn(world.admin.email);
      const wrong = await admin.post(`/api/v1/people/${person.id}/erasure`, { password: 'not it' });
      expect(wrong.status).toBe(403);
      const response = await admin.post(`/api/v1/people/${person.id}/erasure`, { password: TEST_PASSWORD });
      expect(response.status).toBe(200);
      expect((await admin.get(`/api/v1/people/${person.id}`)).status).toBe(404);
      const log = await admin.get(
        `/api/v1/audit-log?entityType=person&entityId=${response.body.tombstoneId}`,
      );
      const erase = log.body.items.find((e: { action: string }) => e.action === 'person.erase');
      expect(erase).toMatchObject({ details: { requestedBy: 'admin' } });
      expect(JSON.stringify(erase)).not.toContain('Pide Borrado');
      const again = await admin.post(`/api/v1/people/${person.id}/erasure`, { password: TEST_PASSWORD });
      expect(again.status).toBe(404);
    });
  });

  describe('a network’s choice for erased ties', () => {
    it('is read by anyone who sees the network and set by those who manage its surveys', async () => {
      const network = await buildNetwork(t.db, { name: 'Red con evaluadora' });
      const evaluator = await buildPerson(t.db, { account: true });
      const member = await buildPerson(t.db, { account: true });
      await addMember(t.db, network.id, { personId: evaluator.id }, 'evaluator');
      await addMember(t.db, network.id, { personId: member.id });
      const path = `/api/v1/networks/${network.id}/erasure-policy`;
      expect((await t.client().get(path)).body).toEqual({ erasedTies: 'tombstone' });
      expect((await t.client().put(path, { erasedTies: 'remove' })).status).toBe(401);
      const asMember = await signInAs(t.client(), member.email!);
      expect((await asMember.put(path, { erasedTies: 'remove' })).status).toBe(403);
      const asEvaluator = await signInAs(t.client(), evaluator.email!);
      expect((await asEvaluator.put(path, { erasedTies: 'remove' })).body).toEqual({ erasedTies: 'remove' });
      expect((await asEvaluator.put(path, { erasedTies: 'forget' })).status).toBe(400);
      expect((await asMember.get(path)).body).toEqual({ erasedTies: 'remove' });
    });
  });
});
