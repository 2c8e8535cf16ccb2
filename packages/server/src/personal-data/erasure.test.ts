/**
 * Erasure end to end: the archive holds every marker first; after erasure no marker is left in
 * any row of any table, the network that keeps tombstones measures the same on a re-run, and
 * the one that chose removal does not.
 */
import { resourceAuthors, resources, resourceVersions } from '../resources/resources.table.js';
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyses, analysisNodes } from '../analytics/analyses.table.js';
import { runNextAnalysis } from '../analytics/run-analysis.js';
import { auditLog } from '../audit/audit.table.js';
import type { Database } from '../db/database.js';
import { people } from '../people/people.table.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { useTestApp } from '../test-support/test-app.js';
import {
  buildWorld,
  dumpDatabase,
  MARKERS,
  rowsWithMarkers,
  signInAs,
  TEST_PASSWORD,
  type World,
} from '../test-support/personal-data-world.js';

const ALL_MARKERS = Object.values(MARKERS);

/** What a re-run of a network's people analysis of a wave measures: its degree sequence and graph measures. */
async function measuresOf(db: Database, networkId: string, waveId: string) {
  const [analysis] = await db
    .insert(analyses)
    .values({ networkId, waveId, level: 'people', relation: null })
    .returning();
  while (await runNextAnalysis(db)) {
    // run it (and anything else queued)
  }
  const [done] = await db.select().from(analyses).where(eq(analyses.id, analysis!.id));
  const nodes = await db.select().from(analysisNodes).where(eq(analysisNodes.analysisId, analysis!.id));
  const sequence = nodes.map((n) => `${n.inNetwork ? 'in' : 'out'}:${n.inDegree}/${n.outDegree}`).sort();
  const graph = done!.graph as Record<string, unknown>;
  const pick = [
    'nodeCount',
    'edgeCount',
    'density',
    'reciprocity',
    'isolateCount',
    'weakComponents',
    'strongComponents',
    'memberCount',
    'outwardEiIndex',
  ];
  return { status: done!.status, sequence, graph: Object.fromEntries(pick.map((key) => [key, graph[key]])) };
}

describeOnEachEngine('erasing a person', (open) => {
  const t = useTestApp(open);
  let world: World;
  let before: {
    kept: Awaited<ReturnType<typeof measuresOf>>;
    removed: Awaited<ReturnType<typeof measuresOf>>;
  };
  let archiveText = '';
  let erasure: { status: number; body: any; headers: Headers };
  // Every row right after the erasure, before other tests write (a failed sign-in with the erased
  // email, say, is a new record of that attempt, not something the erasure left behind).
  let dumpAfterErasure: Awaited<ReturnType<typeof dumpDatabase>>;

  beforeAll(async () => {
    world = await buildWorld(t.db, t.client);
    before = {
      kept: await measuresOf(t.db, world.kept.id, world.kept.waveId),
      removed: await measuresOf(t.db, world.removed.id, world.removed.waveId),
    };
    const subject = await signInAs(t.client(), world.subject.email, MARKERS.userAgent);
    archiveText = JSON.stringify((await subject.get('/api/v1/me/data')).body);
    erasure = await subject.post('/api/v1/me/erasure', { password: TEST_PASSWORD });
    dumpAfterErasure = await dumpDatabase(t.db);
  }, 120_000);

  it('the archive held every marker before erasure', () => {
    const lower = archiveText.toLowerCase();
    expect(ALL_MARKERS.filter((marker) => !lower.includes(marker.toLowerCase()))).toEqual([]);
  });

  it('the database had the markers before erasure (so the hunt below can find them)', () => {
    expect(before.kept.status).toBe('done');
    expect(before.kept.sequence.length).toBeGreaterThan(0);
  });

  it('erases, answers with the tombstone and the tie counts, and ends the session', () => {
    expect(erasure.status).toBe(200);
    expect(erasure.body.ties.tombstoned).toBeGreaterThan(0);
    expect(erasure.body.ties.removed).toBeGreaterThan(0);
    expect(erasure.headers.get('set-cookie')).toMatch(/trellis_session=;/);
  });

  it('leaves no marker in any row of any table', () => {
    expect(dumpAfterErasure.length).toBeGreaterThan(50);
    expect(rowsWithMarkers(dumpAfterErasure, ALL_MARKERS)).toEqual([]);
  });

  it('leaves a tombstone with no personal data, which the directory does not list', async () => {
    const [tombstone] = await t.db.select().from(people).where(eq(people.id, erasure.body.tombstoneId));
    expect(tombstone).toMatchObject({
      displayName: 'Erased person',
      email: null,
      expertise: [],
      needs: [],
      languages: [],
    });
    expect(tombstone!.erasedAt).not.toBeNull();
    expect(await t.db.select().from(people).where(eq(people.id, world.subject.id))).toEqual([]);
    const colleague = await signInAs(t.client(), world.colleagues[0]!.email);
    const listed = await colleague.get('/api/v1/people?limit=100');
    expect(listed.body.items.map((p: { id: string }) => p.id)).not.toContain(erasure.body.tombstoneId);
  });

  it('takes the person off the resources they wrote, and deletes the drafts they alone wrote', async () => {
    expect(await t.db.select().from(resources).where(eq(resources.id, world.resources.draftId))).toEqual([]);
    const authors = await t.db
      .select()
      .from(resourceAuthors)
      .where(eq(resourceAuthors.resourceId, world.resources.sharedId));
    expect(authors.map((a) => a.personId)).toEqual([world.other.id]);
    const versions = await t.db
      .select()
      .from(resourceVersions)
      .where(eq(resourceVersions.resourceId, world.resources.sharedId));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    for (const version of versions) {
      expect(version.editedById).toBeNull();
      expect((version.content as { authorIds: string[] }).authorIds).toEqual([world.other.id]);
    }
    const other = await signInAs(t.client(), world.other.email);
    const page = await other.get(`/api/v1/resources/${world.resources.sharedId}`);
    expect(page.body.authors.map((a: { id: string }) => a.id)).toEqual([world.other.id]);
    const history = await other.get(`/api/v1/resources/${world.resources.sharedId}/versions`);
    expect(history.body.items.map((v: { editedBy: unknown }) => v.editedBy)).toEqual([null, null]);
  });

  it('records the erasure in the audit log, naming the tombstone and no erased value', async () => {
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.erase'), eq(auditLog.entityId, erasure.body.tombstoneId)));
    expect(entry).toMatchObject({
      actorId: erasure.body.tombstoneId,
      entityType: 'person',
      details: { requestedBy: 'self' },
    });
    // The subject's earlier entries keep their shape, with the tombstone as actor.
    const edits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'person.update'));
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({
      actorId: erasure.body.tombstoneId,
      entityId: erasure.body.tombstoneId,
      details: { expertise: ['[erased]', '[erased]'] },
    });
  });

  it('the network that keeps tombstones measures the same on a re-run', async () => {
    const after = await measuresOf(t.db, world.kept.id, world.kept.waveId);
    expect(after.status).toBe('done');
    expect(after.sequence).toEqual(before.kept.sequence);
    expect(after.graph).toEqual(before.kept.graph);
  });

  it('the network that chose removal measures without the person', async () => {
    const after = await measuresOf(t.db, world.removed.id, world.removed.waveId);
    expect(after.status).toBe('done');
    expect(after.sequence).not.toEqual(before.removed.sequence);
    expect(after.graph.edgeCount).toBe((before.removed.graph.edgeCount as number) - 4);
  });

  it('others’ open drafts that named the person now name the tombstone', async () => {
    const colleague = await signInAs(t.client(), world.colleagues[2]!.email);
    const draft = await colleague.get(`/api/v1/waves/${world.kept.openWaveId}/response`);
    expect(draft.status).toBe(200);
    expect(JSON.stringify(draft.body)).toContain(erasure.body.tombstoneId);
  });

  it('the erased person can no longer sign in', async () => {
    const attempt = await t
      .client()
      .post('/api/v1/session', { email: world.subject.email, password: TEST_PASSWORD });
    expect(attempt.status).toBe(401);
  });

  describe('stored snapshots', () => {
    it('name the tombstone where they named the person', async () => {
      const nodes = await t.db
        .select()
        .from(analysisNodes)
        .where(eq(analysisNodes.personId, erasure.body.tombstoneId));
      expect(nodes.length).toBeGreaterThan(0);
      expect(
        await t.db.select().from(analysisNodes).where(eq(analysisNodes.personId, world.subject.id)),
      ).toEqual([]);
      expect(await t.db.select().from(analyses).where(isNull(analyses.networkId))).toEqual([]);
    });
  });
});
