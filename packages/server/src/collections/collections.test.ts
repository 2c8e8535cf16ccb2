import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/database.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson, TEST_PASSWORD } from '../test-support/factories.js';
import type { TestClient } from '../test-support/http-client.js';
import { useTestApp } from '../test-support/test-app.js';
import { regionMidnight, termStart } from './collections.service.js';

describe('the start of the school term', () => {
  it('is the latest 1 September, 1 January or 1 April on or before the day', () => {
    expect(termStart('2026-12-02')).toBe('2026-09-01');
    expect(termStart('2026-09-01')).toBe('2026-09-01');
    expect(termStart('2026-08-31')).toBe('2026-04-01');
    expect(termStart('2026-03-31')).toBe('2026-01-01');
    expect(termStart('2027-01-01')).toBe('2027-01-01');
  });

  it('starts at midnight in the region, summer time or not', () => {
    expect(regionMidnight('2026-09-01').toISOString()).toBe('2026-08-31T22:00:00.000Z');
    expect(regionMidnight('2027-01-01').toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});

/**
 * Network P (public): coord (coordinator), fac (facilitator), ana and bea (members), obs
 * (observer). Network M (members only): mara (coordinator). Also an outsider and anonymous visitors.
 */
describeOnEachEngine('collections and bank activity', (open) => {
  const t = useTestApp(open);
  const ids = {} as Record<string, string>;
  const clients = {} as Record<string, TestClient>;
  const as = (who: string) => (who === 'anonymous' ? t.client() : clients[who]!);

  const resource = async (who: string, network: string, extra: Record<string, unknown> = {}) => {
    const answer = await as(who).post('/api/v1/resources', {
      title: `Resource ${Math.random().toString(36).slice(2, 8)}`,
      summary: 'A card.',
      body: 'Sit in a circle.',
      language: 'en',
      type: 'card',
      stages: ['primary'],
      licence: 'CC-BY-4.0',
      visibility: 'network',
      networkId: network,
      ...extra,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body.id as string;
  };
  const collection = async (who: string, network: string, resourceIds: string[]) => {
    const answer = await as(who).post(`/api/v1/networks/${network}/collections`, {
      title: 'Starter kit for the transitions network',
      titleEs: 'Kit de inicio de la red de tránsito',
      description: 'Read these first.',
      resourceIds,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body as { id: string; [key: string]: any };
  };

  beforeAll(async () => {
    const p = await buildNetwork(t.db, { slug: 'red-p', name: 'Red P', visibility: 'public' });
    const m = await buildNetwork(t.db, { slug: 'red-m', name: 'Red M', visibility: 'members' });
    ids.p = p.id;
    ids.m = m.id;
    for (const [who, network, role] of [
      ['coord', p.id, 'coordinator'],
      ['fac', p.id, 'facilitator'],
      ['ana', p.id, 'member'],
      ['bea', p.id, 'member'],
      ['obs', p.id, 'observer'],
      ['mara', m.id, 'coordinator'],
      ['outsider', null, null],
    ] as const) {
      const person = await buildPerson(t.db, {
        displayName: `Person ${who}`,
        email: `${who}@example.org`,
        account: true,
      });
      ids[who] = person.id;
      if (network) await addMember(t.db, network, { personId: person.id }, role!);
      clients[who] = await t.client().signIn(`${who}@example.org`);
    }
    ids.shared = await resource('ana', p.id);
    ids.public = await resource('ana', p.id, { visibility: 'public', title: 'Public circles card' });
    ids.draft = await resource('ana', p.id, { visibility: 'draft' });
    ids.elsewhere = await resource('mara', m.id);
  });

  describe('curating', () => {
    it('lets coordinators and facilitators curate, in order; members, observers and visitors not', async () => {
      const made = await collection('coord', ids.p!, [ids.public!, ids.shared!]);
      expect(made).toMatchObject({
        title: 'Starter kit for the transitions network',
        titleEs: 'Kit de inicio de la red de tránsito',
        network: { id: ids.p, slug: 'red-p' },
        createdBy: { id: ids.coord, name: 'Person coord' },
        permissions: { update: true, delete: true },
      });
      expect(made.items.map((item: { id: string }) => item.id)).toEqual([ids.public, ids.shared]);
      await collection('fac', 'red-p', []);
      const body = { title: 'Mine' };
      expect((await as('ana').post(`/api/v1/networks/${ids.p}/collections`, body)).status).toBe(403);
      expect((await as('obs').post(`/api/v1/networks/${ids.p}/collections`, body)).status).toBe(403);
      expect((await as('anonymous').post(`/api/v1/networks/${ids.p}/collections`, body)).status).toBe(401);
      expect((await as('mara').post(`/api/v1/networks/${ids.p}/collections`, body)).status).toBe(403);
    });

    it('refuses a resource the curator may not read, a repeated one, and an empty patch', async () => {
      for (const hidden of [ids.elsewhere, ids.draft]) {
        const answer = await as('coord').post(`/api/v1/networks/${ids.p}/collections`, {
          title: 'With a hidden one',
          resourceIds: [ids.public, hidden],
        });
        expect(answer.status).toBe(400);
        expect(answer.body.error.details.issues).toEqual([
          expect.objectContaining({ path: 'resourceIds.1', message: 'Choose a resource you can see.' }),
        ]);
      }
      const repeated = await as('coord').post(`/api/v1/networks/${ids.p}/collections`, {
        title: 'Twice',
        resourceIds: [ids.public, ids.public],
      });
      expect(repeated.status).toBe(400);
      const made = await collection('coord', ids.p!, []);
      expect((await as('coord').patch(`/api/v1/collections/${made.id}`, {})).status).toBe(400);
    });

    it('renames, reorders, and deletes; only curators may', async () => {
      const made = await collection('coord', ids.p!, [ids.public!]);
      const path = `/api/v1/collections/${made.id}`;
      expect((await as('ana').patch(path, { title: 'Taken over' })).status).toBe(403);
      const renamed = await as('fac').patch(path, { title: 'Starter kit', descriptionEs: 'Para empezar.' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ title: 'Starter kit', descriptionEs: 'Para empezar.' });
      expect((await as('ana').put(`${path}/items`, { resourceIds: [] })).status).toBe(403);
      const reordered = await as('coord').put(`${path}/items`, { resourceIds: [ids.shared, ids.public] });
      expect(reordered.status).toBe(200);
      expect(reordered.body.items.map((item: { id: string }) => item.id)).toEqual([ids.shared, ids.public]);
      expect((await as('ana').delete(path)).status).toBe(403);
      expect((await as('coord').delete(path)).status).toBe(204);
      expect((await as('coord').get(path)).status).toBe(404);
      // The resources stay in the bank.
      expect((await as('ana').get(`/api/v1/resources/${ids.public}`)).status).toBe(200);
    });
  });

  describe('what each viewer sees', () => {
    it('lists only the resources the viewer may read, never naming a hidden one', async () => {
      const made = await collection('coord', ids.p!, [ids.shared!, ids.public!]);
      const path = `/api/v1/collections/${made.id}`;
      const member = await as('bea').get(path);
      expect(member.body.items.map((item: { id: string }) => item.id)).toEqual([ids.shared, ids.public]);
      expect(member.body.permissions).toEqual({ update: false, delete: false });
      const sharedTitle = member.body.items[0].title as string;
      for (const who of ['anonymous', 'outsider', 'mara']) {
        const answer = await as(who).get(path);
        expect(answer.status).toBe(200); // the network is public, so its shelf is
        expect(answer.body.items.map((item: { id: string }) => item.id)).toEqual([ids.public]);
        expect(JSON.stringify(answer.body)).not.toContain(sharedTitle);
        expect(JSON.stringify(answer.body)).not.toContain(ids.shared);
      }
      const listed = await as('anonymous').get(`/api/v1/networks/red-p/collections`);
      expect(listed.body.permissions).toEqual({ create: false });
      expect(listed.body.items.find((item: { id: string }) => item.id === made.id).itemCount).toBe(1);
      const asMember = await as('bea').get(`/api/v1/networks/red-p/collections`);
      expect(asMember.body.items.find((item: { id: string }) => item.id === made.id).itemCount).toBe(2);
      expect((await as('coord').get(`/api/v1/networks/red-p/collections`)).body.permissions).toEqual({
        create: true,
      });
    });

    it('hides a members-only network’s collections from outsiders as if they did not exist', async () => {
      const made = await collection('mara', ids.m!, [ids.elsewhere!]);
      for (const who of ['anonymous', 'outsider', 'coord']) {
        expect((await as(who).get(`/api/v1/collections/${made.id}`)).status).toBe(404);
        expect((await as(who).get(`/api/v1/networks/${ids.m}/collections`)).status).toBe(404);
      }
      expect((await as('mara').get(`/api/v1/collections/${made.id}`)).body.items).toHaveLength(1);
    });

    it('keeps, when reordering, the items a curator cannot read', async () => {
      const own = await resource('bea', ids.p!);
      const made = await collection('coord', ids.p!, [own, ids.public!]);
      // bea takes her resource back to draft: the coordinator no longer sees it.
      const back = await as('bea').patch(`/api/v1/resources/${own}`, { visibility: 'draft' });
      expect(back.status).toBe(200);
      const path = `/api/v1/collections/${made.id}`;
      expect((await as('coord').get(path)).body.items.map((item: { id: string }) => item.id)).toEqual([
        ids.public,
      ]);
      await as('coord').put(`${path}/items`, { resourceIds: [ids.shared, ids.public] });
      expect((await as('bea').get(path)).body.items.map((item: { id: string }) => item.id)).toEqual([
        ids.shared,
        ids.public,
        own,
      ]);
    });
  });

  describe('bank activity', () => {
    it('counts and lists what was shared and adapted since a day, as the viewer may read it', async () => {
      const adaptation = await as('bea').post(`/api/v1/resources/${ids.public}/adaptations`, {
        title: 'Public circles card (rural)',
        summary: 'For mixed-age classes.',
        body: 'Sit in a circle.',
        language: 'en',
        type: 'card',
        stages: ['primary'],
        licence: 'CC-BY-4.0',
        visibility: 'public',
        networkId: ids.p,
      });
      expect(adaptation.status, JSON.stringify(adaptation.body)).toBe(201);
      const member = await as('bea').get(`/api/v1/networks/red-p/bank-activity`);
      expect(member.status).toBe(200);
      const today = new Date().toISOString().slice(0, 10);
      expect(member.body.since).toBe(termStart(today));
      const ids_ = member.body.items.map((item: { id: string }) => item.id);
      expect(ids_).toContain(ids.shared);
      expect(ids_).toContain(adaptation.body.id);
      expect(ids_).not.toContain(ids.draft);
      const adapted = member.body.items.find((item: { id: string }) => item.id === adaptation.body.id);
      expect(adapted).toMatchObject({
        basedOn: { id: ids.public, title: 'Public circles card' },
        authors: ['Person bea'],
      });
      expect(member.body.counts.adapted).toBe(1);
      expect(member.body.counts.shared).toBe(member.body.items.length);
      expect(member.body.counts.contributors).toBe(2);
      // A visitor only counts and sees the public ones.
      const visitor = await as('anonymous').get(`/api/v1/networks/red-p/bank-activity`);
      expect(visitor.body.items.every((item: { visibility: string }) => item.visibility === 'public')).toBe(
        true,
      );
      expect(visitor.body.counts.shared).toBe(visitor.body.items.length);
      expect(visitor.body.counts.shared).toBeLessThan(member.body.counts.shared);
      expect(JSON.stringify(visitor.body)).not.toContain(ids.shared);
      // Since tomorrow is refused; since far back works; a hidden network is not found.
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      expect((await as('bea').get(`/api/v1/networks/red-p/bank-activity?since=${tomorrow}`)).status).toBe(
        400,
      );
      const all = await as('bea').get(`/api/v1/networks/red-p/bank-activity?since=2020-01-01`);
      expect(all.body.counts.shared).toBeGreaterThanOrEqual(member.body.counts.shared);
      expect((await as('outsider').get(`/api/v1/networks/red-m/bank-activity`)).status).toBe(404);
    });
  });

  describe('personal data', () => {
    it('exports the collections a person created; erasure keeps them without the creator', async () => {
      const curator = await buildPerson(t.db, {
        displayName: 'Curator',
        email: 'cur@example.org',
        account: true,
      });
      await addMember(t.db, ids.p!, { personId: curator.id }, 'facilitator');
      clients.cur = await t.client().signIn('cur@example.org');
      const made = await collection('cur', ids.p!, [ids.public!]);
      const archive = await as('cur').get('/api/v1/me/data');
      expect(archive.body.collectionsCreated).toEqual([
        expect.objectContaining({ id: made.id, networkId: ids.p, title: made.title }),
      ]);
      const erased = await as('cur').post('/api/v1/me/erasure', { password: TEST_PASSWORD });
      expect(erased.status, JSON.stringify(erased.body)).toBeLessThan(300);
      const kept = await as('bea').get(`/api/v1/collections/${made.id}`);
      expect(kept.status).toBe(200);
      expect(kept.body.createdBy).toBeNull();
      expect(kept.body.items.map((item: { id: string }) => item.id)).toEqual([ids.public]);
      const [row] = await queryRows<{ count: number }>(
        t.db,
        sql`select count(*)::int as count from collections where created_by_id = ${curator.id}`,
      );
      expect(row).toEqual({ count: 0 });
    });
  });
});
