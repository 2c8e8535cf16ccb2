import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnEachEngine } from '../test-support/engines.js';
import {
  addMember,
  affiliate,
  buildNetwork,
  buildOrganisation,
  buildPerson,
} from '../test-support/factories.js';
import type { TestClient } from '../test-support/http-client.js';
import { useTestApp } from '../test-support/test-app.js';
import { resourceTexts as texts } from './resources.texts.js';

/**
 * Network N (members only): coord (coordinator), ana and bea (members), obs (observer). Network M
 * (members only): mara. Also an admin, an outsider in no network, and anonymous visitors.
 */
describeOnEachEngine('resources, versions and adaptations', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<string, string>;
  const clients = {} as Record<string, TestClient>;
  const as = (who: string) => (who === 'anonymous' ? t.client() : clients[who]!);

  const input = (extra: Record<string, unknown> = {}) => ({
    title: 'Restorative circles',
    summary: 'Mediating conflicts in a circle.',
    body: '# Circles\n\nSit **together**.',
    language: 'en',
    type: 'protocol',
    stages: ['primary', 'secondary'],
    subjects: ['Tutoring'],
    tags: ['Peer feedback', 'peer  FEEDBACK', 'circles'],
    licence: 'CC-BY-4.0',
    visibility: 'network',
    networkId: ids.n,
    ...extra,
  });
  const create = async (who: string, extra: Record<string, unknown> = {}) => {
    const answer = await as(who).post('/api/v1/resources', input(extra));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body as { id: string; [key: string]: any };
  };
  const statusOf = async (who: string, path: string) => (await as(who).get(path)).status;

  beforeAll(async () => {
    const n = await buildNetwork(t.db, { slug: 'red-n', name: 'Red N', visibility: 'members' });
    const m = await buildNetwork(t.db, { slug: 'red-m', name: 'Red M', visibility: 'members' });
    ids.n = n.id;
    ids.m = m.id;
    const school = await buildOrganisation(t.db, { name: 'Escuela Norte' });
    ids.school = school.id;
    for (const [who, network, role] of [
      ['coord', n.id, 'coordinator'],
      ['ana', n.id, 'member'],
      ['bea', n.id, 'member'],
      ['obs', n.id, 'observer'],
      ['mara', m.id, 'member'],
      ['admin', null, null],
      ['outsider', null, null],
    ] as const) {
      const person = await buildPerson(t.db, {
        displayName: `Person ${who}`,
        email: `${who}@example.org`,
        account: true,
        isAdmin: who === 'admin',
      });
      ids[who] = person.id;
      if (network) await addMember(t.db, network, { personId: person.id }, role!);
      clients[who] = await t.client().signIn(`${who}@example.org`);
    }
    await affiliate(t.db, ids.ana!, school.id);
  });

  describe('creating and reading', () => {
    it('creates version 1, credits the caller with their organisation, normalises tags', async () => {
      const created = await create('ana', { organisationId: ids.school });
      expect(created).toMatchObject({
        version: 1,
        visibility: 'network',
        network: { id: ids.n, slug: 'red-n', name: 'Red N' },
        organisation: { id: ids.school, name: 'Escuela Norte' },
        authors: [{ id: ids.ana, name: 'Person ana', organisation: 'Escuela Norte' }],
        licenceInfo: { id: 'CC-BY-4.0', adaptable: true, shareAlike: false, nonCommercial: false },
        basedOn: null,
        adaptationsCount: 0,
        permissions: { edit: true, delete: true, adapt: { allowed: true, reason: null } },
        jsonLd: null,
      });
      expect(created.tags).toHaveLength(2);
      expect(created.bodyHtml).toBe('<h1>Circles</h1>\n<p>Sit <strong>together</strong>.</p>\n');
      const versions = await as('ana').get(`/api/v1/resources/${created.id}/versions`);
      expect(versions.body.items).toEqual([
        expect.objectContaining({ version: 1, editedBy: { id: ids.ana, name: 'Person ana' }, changed: [] }),
      ]);
    });

    it('refuses a network visibility without a network, sharing where one may not, unknown authors', async () => {
      const noNetwork = await as('ana').post('/api/v1/resources', input({ networkId: null }));
      expect(noNetwork.status).toBe(400);
      expect(noNetwork.body.error.details.issues[0].path).toBe('networkId');
      expect((await as('obs').post('/api/v1/resources', input())).status).toBe(403);
      expect((await as('mara').post('/api/v1/resources', input())).status).toBe(404);
      expect((await as('anonymous').post('/api/v1/resources', input())).status).toBe(401);
      const stranger = await as('ana').post('/api/v1/resources', input({ authorIds: [ids.ana, ids.school] }));
      expect(stranger.status).toBe(400);
      expect(stranger.body.error.details.issues[0].path).toBe('authorIds.1');
      const leftOut = await as('ana').post('/api/v1/resources', input({ authorIds: [ids.bea] }));
      expect(leftOut.status).toBe(400);
      expect(leftOut.body.error.details.issues[0].message).toBe(texts.stayAnAuthor.en);
      const byCoordinator = await create('coord', { authorIds: [ids.bea, ids.ana] });
      expect(byCoordinator.authors.map((a: { id: string }) => a.id)).toEqual([ids.bea, ids.ana]);
    });

    it('lets each caller read what the policy lets them', async () => {
      const shared = await create('ana');
      const draft = await create('ana', { visibility: 'draft' });
      const open = await create('ana', { visibility: 'public' });
      const personal = await create('ana', { visibility: 'public', networkId: null });
      const expected: Record<string, [number, number, number]> = {
        // shared with N, ana's draft, public in N
        ana: [200, 200, 200],
        bea: [200, 404, 200],
        obs: [200, 404, 200],
        coord: [200, 404, 200],
        admin: [200, 404, 200],
        mara: [404, 404, 200],
        outsider: [404, 404, 200],
        anonymous: [404, 404, 200],
      };
      for (const [who, statuses] of Object.entries(expected)) {
        const got = [
          await statusOf(who, `/api/v1/resources/${shared.id}`),
          await statusOf(who, `/api/v1/resources/${draft.id}`),
          await statusOf(who, `/api/v1/resources/${open.id}`),
        ];
        expect(got, who).toEqual(statuses);
      }
      // A public resource names its members-only network only to those who may see it.
      expect((await as('anonymous').get(`/api/v1/resources/${open.id}`)).body.network).toBeNull();
      expect((await as('mara').get(`/api/v1/resources/${open.id}`)).body.network).toBeNull();
      expect((await as('bea').get(`/api/v1/resources/${open.id}`)).body.network.name).toBe('Red N');
      expect(JSON.stringify((await as('anonymous').get(`/api/v1/resources/${open.id}`)).body)).not.toMatch(
        /Red N|red-n/,
      );
      const anonymous = (await as('anonymous').get(`/api/v1/resources/${personal.id}`)).body;
      expect(anonymous.jsonLd).toMatchObject({ '@type': 'LearningResource', name: 'Restorative circles' });
      expect(anonymous.permissions).toEqual({
        edit: false,
        delete: false,
        adapt: { allowed: false, reason: texts.signInToAdapt.en },
      });
      expect((await as('bea').get(`/api/v1/resources/${draft.id}/versions`)).status).toBe(404);
    });

    it('sanitises the body it renders', async () => {
      const created = await create('ana', {
        body: 'Hi <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> <iframe src="https://e.example"></iframe><svg onload=alert(1)></svg>',
      });
      expect(created.body).toContain('<script>');
      expect(created.bodyHtml).not.toMatch(/script|javascript|onerror|iframe|svg|onload/i);
      expect(created.bodyHtml).toContain('<a>x</a>');
    });
  });

  describe('editing and versions', () => {
    it('lets authors and the network’s coordinator edit, keeping every version', async () => {
      const { id } = await create('ana');
      const byAuthor = await as('ana').patch(`/api/v1/resources/${id}`, {
        summary: 'Now with a script.',
        versionNote: 'Summary',
      });
      expect(byAuthor.status).toBe(200);
      expect(byAuthor.body.version).toBe(2);
      const byCoordinator = await as('coord').patch(`/api/v1/resources/${id}`, {
        title: 'Restorative circles, revised',
        tags: ['circles'],
        authorIds: [ids.bea],
      });
      expect(byCoordinator.status, JSON.stringify(byCoordinator.body)).toBe(200);
      expect(byCoordinator.body).toMatchObject({ version: 3, authors: [{ id: ids.bea }] });
      expect((await as('obs').patch(`/api/v1/resources/${id}`, { title: 'Not mine' })).status).toBe(403);
      expect((await as('ana').patch(`/api/v1/resources/${id}`, { title: 'No longer mine' })).status).toBe(
        403,
      );
      expect((await as('mara').patch(`/api/v1/resources/${id}`, { title: 'Hidden' })).status).toBe(404);
      expect((await as('anonymous').patch(`/api/v1/resources/${id}`, { title: 'Who' })).status).toBe(401);
      expect((await as('bea').patch(`/api/v1/resources/${id}`, { versionNote: 'only a note' })).status).toBe(
        400,
      );
      const leave = await as('bea').patch(`/api/v1/resources/${id}`, { authorIds: [ids.ana] });
      expect(leave.status).toBe(400);

      const history = await as('obs').get(`/api/v1/resources/${id}/versions`);
      expect(history.body.items).toEqual([
        expect.objectContaining({
          version: 1,
          note: '',
          editedBy: { id: ids.ana, name: 'Person ana' },
          changed: [],
        }),
        expect.objectContaining({ version: 2, note: 'Summary', changed: ['summary'] }),
        expect.objectContaining({
          version: 3,
          editedBy: { id: ids.coord, name: 'Person coord' },
          changed: ['title', 'tags', 'authors'],
        }),
      ]);
      const first = await as('obs').get(`/api/v1/resources/${id}/versions/1`);
      expect(first.body.content).toMatchObject({
        title: 'Restorative circles',
        summary: 'Mediating conflicts in a circle.',
        authors: [{ id: ids.ana }],
        network: { id: ids.n },
      });
      expect((await as('obs').get(`/api/v1/resources/${id}/versions/4`)).status).toBe(404);
    });

    it('keeps drafts their authors’ own, even from coordinators and admins', async () => {
      const { id } = await create('ana', { visibility: 'draft' });
      expect((await as('coord').patch(`/api/v1/resources/${id}`, { title: 'Curated' })).status).toBe(404);
      expect((await as('admin').delete(`/api/v1/resources/${id}`)).status).toBe(404);
      expect((await as('ana').patch(`/api/v1/resources/${id}`, { visibility: 'network' })).status).toBe(200);
      expect((await as('coord').patch(`/api/v1/resources/${id}`, { title: 'Curated' })).status).toBe(200);
    });
  });

  describe('adaptations', () => {
    it('refuses what the licence forbids, in the caller’s language', async () => {
      const cases = [
        ['CC-BY-ND-4.0', 'CC-BY-4.0', 'LICENCE_NO_DERIVATIVES', texts.noDerivatives],
        ['CC-BY-NC-ND-4.0', 'CC-BY-NC-4.0', 'LICENCE_NO_DERIVATIVES', texts.noDerivatives],
        ['CC-BY-SA-4.0', 'CC-BY-4.0', 'LICENCE_MUST_SHARE_ALIKE', texts.mustShareAlike],
        ['CC-BY-NC-SA-4.0', 'CC-BY-NC-4.0', 'LICENCE_MUST_SHARE_ALIKE', texts.mustShareAlike],
        ['CC-BY-NC-4.0', 'CC-BY-4.0', 'LICENCE_MUST_STAY_NON_COMMERCIAL', texts.mustStayNonCommercial],
      ] as const;
      for (const [original, proposed, code, reason] of cases) {
        const { id } = await create('ana', { licence: original });
        const refused = await as('bea').post(
          `/api/v1/resources/${id}/adaptations`,
          input({ licence: proposed }),
        );
        expect(refused.status, original).toBe(409);
        expect(refused.body.error).toMatchObject({ code, message: reason.en });
      }
      const { id } = await create('ana', { licence: 'CC-BY-NC-4.0' });
      const inSpanish = await as('bea').request('POST', `/api/v1/resources/${id}/adaptations`, input(), {
        'accept-language': 'es-ES,es;q=0.9',
      });
      expect(inSpanish.body.error).toMatchObject({
        code: 'LICENCE_MUST_STAY_NON_COMMERCIAL',
        message: texts.mustStayNonCommercial.es,
      });
      const nd = await create('ana', { licence: 'CC-BY-ND-4.0' });
      const page = await as('bea').request('GET', `/api/v1/resources/${nd.id}`, undefined, {
        'accept-language': 'es',
      });
      expect(page.body.permissions.adapt).toEqual({ allowed: false, reason: texts.noDerivatives.es });
    });

    it('records what an allowed adaptation is based on and credits the original’s authors', async () => {
      const original = await create('ana', { licence: 'CC-BY-SA-4.0', visibility: 'public' });
      const adapted = await as('bea').post(
        `/api/v1/resources/${original.id}/adaptations`,
        input({ title: 'Circles for secondary', licence: 'CC-BY-SA-4.0', visibility: 'public' }),
      );
      expect(adapted.status, JSON.stringify(adapted.body)).toBe(201);
      expect(adapted.body).toMatchObject({
        authors: [{ id: ids.bea }],
        basedOn: {
          id: original.id,
          title: 'Restorative circles',
          authors: ['Person ana'],
          licence: 'CC-BY-SA-4.0',
        },
      });
      expect(adapted.body.jsonLd.isBasedOn).toMatch(new RegExp(`/resources/${original.id}$`));
      const ncFromBy = await create('ana', { licence: 'CC-BY-4.0' });
      const later = await as('obs').post(
        `/api/v1/resources/${ncFromBy.id}/adaptations`,
        input({ licence: 'CC-BY-NC-SA-4.0', visibility: 'draft', networkId: null }),
      );
      expect(later.status).toBe(201);
      const list = await as('ana').get(`/api/v1/resources/${original.id}/adaptations`);
      expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([adapted.body.id]);
      expect((await as('ana').get(`/api/v1/resources/${original.id}`)).body.adaptationsCount).toBe(1);
      // The observer's draft adaptation is theirs alone.
      expect((await as('ana').get(`/api/v1/resources/${ncFromBy.id}`)).body.adaptationsCount).toBe(0);
      expect((await as('obs').get(`/api/v1/resources/${ncFromBy.id}`)).body.adaptationsCount).toBe(1);
      expect((await as('mara').post(`/api/v1/resources/${ncFromBy.id}/adaptations`, input())).status).toBe(
        404,
      );
    });

    it('hides the original from readers who may not read it, and survives its deletion', async () => {
      const original = await create('ana', { licence: 'CC-BY-4.0' });
      const adapted = await as('bea').post(
        `/api/v1/resources/${original.id}/adaptations`,
        input({ visibility: 'public', networkId: null }),
      );
      expect(adapted.body.basedOn.id).toBe(original.id);
      const outside = await as('mara').get(`/api/v1/resources/${adapted.body.id}`);
      expect(outside.body.basedOn).toBeNull();
      expect(outside.body.jsonLd.isBasedOn).toBeUndefined();
      expect(JSON.stringify(outside.body)).not.toContain(original.id);
      expect((await as('mara').get(`/api/v1/resources/${original.id}/adaptations`)).status).toBe(404);

      expect((await as('bea').delete(`/api/v1/resources/${original.id}`)).status).toBe(403);
      expect((await as('coord').delete(`/api/v1/resources/${original.id}`)).status).toBe(204);
      expect((await as('ana').get(`/api/v1/resources/${original.id}`)).status).toBe(404);
      const after = await as('bea').get(`/api/v1/resources/${adapted.body.id}`);
      expect(after.status).toBe(200);
      expect(after.body.basedOn).toBeNull();
    });
  });
});
