import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourceAttachments } from '../schema.js';
import type { BlobStore } from '../storage/blob-store.js';
import { diskBlobStore } from '../storage/disk-store.js';
import { s3BlobStore } from '../storage/s3-store.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import { addMember, buildNetwork, buildPerson } from '../test-support/factories.js';
import type { TestClient } from '../test-support/http-client.js';
import { startTestS3Server, type TestS3Server } from '../test-support/s3-server.js';
import {
  sampleCfb,
  sampleDocx,
  sampleExe,
  sampleHtml,
  samplePdf,
  samplePng,
  sampleText,
  sampleZip,
} from '../test-support/sample-files.js';
import { useTestApp } from '../test-support/test-app.js';
import { attachmentKey } from './attachments.queries.js';
import { sweepOrphanedBlobs } from './attachments.sweep.js';

/** Small, so the limit is tested without 25 MB bodies. */
const MAX_UPLOAD_BYTES = 64 * 1024;

async function keysIn(store: BlobStore) {
  const keys: string[] = [];
  for await (const blob of store.list('attachments/')) keys.push(blob.key);
  return keys;
}

/**
 * Network N (members only): coord (coordinator), ana (member, the author) and bea (member). Network
 * M: mara. Also an admin and an outsider in no network. Run with the store on disk and in S3.
 */
function attachmentSuite(kind: 'disk' | 'S3') {
  describeOnEachEngine(`attachments (${kind})`, (open) => {
    const stores = {} as { store: BlobStore; s3?: TestS3Server; folder?: string };
    beforeAll(async () => {
      if (kind === 'S3') {
        stores.s3 = await startTestS3Server();
        stores.store = s3BlobStore(stores.s3.settings);
      } else {
        stores.folder = await mkdtemp(join(tmpdir(), 'trellis-attachments-'));
        stores.store = diskBlobStore(stores.folder);
      }
    });
    afterAll(async () => {
      await stores.s3?.close();
      if (stores.folder) await rm(stores.folder, { recursive: true, force: true });
    });
    const t = useTestApp(open, () => ({
      attachments: { store: stores.store, maxUploadBytes: MAX_UPLOAD_BYTES },
    }));
    const ids = {} as Record<string, string>;
    const clients = {} as Record<string, TestClient>;
    const as = (who: string) => (who === 'anonymous' ? t.client() : clients[who]!);

    const createResource = async (who: string, extra: Record<string, unknown> = {}) => {
      const answer = await as(who).post('/api/v1/resources', {
        title: 'Restorative circles',
        summary: 'Mediating conflicts in a circle.',
        language: 'en',
        type: 'protocol',
        stages: ['primary'],
        licence: 'CC-BY-4.0',
        visibility: 'network',
        networkId: ids.n,
        ...extra,
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      return answer.body.id as string;
    };
    const upload = (who: string, resourceId: string, name: string, bytes: Uint8Array, headers = {}) =>
      as(who).request(
        'POST',
        `/api/v1/resources/${resourceId}/attachments?name=${encodeURIComponent(name)}`,
        bytes,
        headers,
      );
    const attach = async (who: string, resourceId: string, name: string, bytes: Uint8Array) => {
      const answer = await upload(who, resourceId, name, bytes);
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      return answer.body as { id: string; fileName: string; contentType: string; downloadUrl: string };
    };
    const rowsOf = (resourceId: string) =>
      t.db.select().from(resourceAttachments).where(eq(resourceAttachments.resourceId, resourceId));

    beforeAll(async () => {
      const n = await buildNetwork(t.db, { slug: 'red-n', name: 'Red N', visibility: 'members' });
      const m = await buildNetwork(t.db, { slug: 'red-m', name: 'Red M', visibility: 'members' });
      ids.n = n.id;
      for (const [who, network, role] of [
        ['coord', n.id, 'coordinator'],
        ['ana', n.id, 'member'],
        ['bea', n.id, 'member'],
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
      ids.resource = await createResource('ana');
    });

    describe('uploading', () => {
      it('keeps a PDF for its author, named safely, and lists it on the resource', async () => {
        const resource = await createResource('ana');
        const kept = await attach('ana', resource, '../../Rúbrica 2º ESO.pdf', samplePdf());
        expect(kept).toMatchObject({
          fileName: 'Rúbrica 2º ESO.pdf',
          contentType: 'application/pdf',
          size: samplePdf().length,
          uploadedBy: { id: ids.ana },
          downloadUrl: `/api/v1/attachments/${kept.id}`,
        });
        const detail = await as('bea').get(`/api/v1/resources/${resource}`);
        expect(detail.body.attachments).toEqual([
          expect.objectContaining({ id: kept.id, uploadedBy: { id: ids.ana, name: 'Person ana' } }),
        ]);
        const listed = await as('bea').get(`/api/v1/resources/${resource}/attachments`);
        expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([kept.id]);
        expect(await keysIn(stores.store)).toContain(attachmentKey(kept.id));
      });

      it('decides the type from the bytes and gives the name the extension of what it is', async () => {
        const resource = await createResource('ana');
        const cases = [
          ['report.html', samplePdf(), 'report.html.pdf', 'application/pdf'],
          ['photo', samplePng(), 'photo.png', 'image/png'],
          [
            'plan.bin',
            sampleDocx(),
            'plan.bin.docx',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ],
          ['Acta antigua.DOC', sampleCfb(), 'Acta antigua.DOC', 'application/msword'],
          ['notas.txt', sampleText(), 'notas.txt', 'text/plain'],
          ['list\u202Egpj.exe.csv', sampleText('a,b\n1,2\n'), 'list_gpj.exe.csv', 'text/csv'],
        ] as const;
        for (const [name, bytes, fileName, contentType] of cases)
          expect(await attach('ana', resource, name, bytes)).toMatchObject({ fileName, contentType });
      });

      it('refuses what is none of the kept types, whatever its name, in the reader’s language', async () => {
        const resource = await createResource('ana');
        const refused = [
          ['report.pdf', sampleHtml()],
          ['page.html', sampleHtml()],
          ['setup.pdf', sampleExe()],
          ['bundle.zip', sampleZip()],
          ['old.pdf', sampleCfb()],
          ['binary.txt', Uint8Array.from([0x00, 0x01, 0x02, 0xff])],
          ['empty.pdf', new Uint8Array()],
        ] as const;
        for (const [name, bytes] of refused) {
          const answer = await upload('ana', resource, name, bytes, { 'accept-language': 'es' });
          expect(answer.status, name).toBe(415);
          expect(answer.body.error.message, name).toMatch(/^(Trellis no guarda|El archivo está vacío)/);
        }
        expect(await rowsOf(resource)).toEqual([]);
      });

      it('refuses a file over the configured size with 413, keeping nothing', async () => {
        const resource = await createResource('ana');
        const before = (await keysIn(stores.store)).length;
        const answer = await upload('ana', resource, 'big.pdf', samplePdf(MAX_UPLOAD_BYTES), {
          'accept-language': 'es',
        });
        expect(answer.status).toBe(413);
        expect(answer.body.error.message).toBe(
          'El archivo ocupa más de 0,1 MB, lo máximo que admite este servidor.',
        );
        expect(await rowsOf(resource)).toEqual([]);
        expect((await keysIn(stores.store)).length).toBe(before);
        // The API's own 1 MB body limit does not apply to uploads: the limit is the configured one.
        expect((await upload('ana', resource, 'ok.pdf', samplePdf(MAX_UPLOAD_BYTES - 400))).status).toBe(201);
      });

      it('asks for a name, and refuses bodies that are not raw bytes', async () => {
        const noName = await as('ana').request(
          'POST',
          `/api/v1/resources/${ids.resource}/attachments`,
          samplePdf(),
        );
        expect(noName.status).toBe(400);
        const json = await as('ana').post(`/api/v1/resources/${ids.resource}/attachments?name=a.pdf`, {
          file: 'x',
        });
        expect(json.status).toBe(415);
      });

      it('is for those who may edit: coordinators yes; other members 403; outsiders and other networks 404', async () => {
        expect((await upload('coord', ids.resource!, 'c.png', samplePng())).status).toBe(201);
        const bea = await upload('bea', ids.resource!, 'b.png', samplePng());
        expect(bea.status).toBe(403);
        expect(bea.body.error.message).toMatch(/Only those who may edit the resource/);
        for (const who of ['mara', 'outsider'])
          expect((await upload(who, ids.resource!, 'x.png', samplePng())).status, who).toBe(404);
        expect((await upload('anonymous', ids.resource!, 'x.png', samplePng())).status).toBe(401);
      });
    });

    describe('downloading', () => {
      it('serves the bytes as a file, never inline, to those who may read the resource', async () => {
        const kept = await attach('ana', ids.resource!, 'Guía "círculos".pdf', samplePdf());
        const response = await t.app.request(kept.downloadUrl, {
          headers: { cookie: clients.bea!.cookie! },
        });
        expect(response.status).toBe(200);
        expect(new Uint8Array(await response.arrayBuffer())).toEqual(samplePdf());
        expect(Object.fromEntries(response.headers)).toMatchObject({
          'content-type': 'application/pdf',
          'content-disposition':
            'attachment; filename="Guia _circulos_.pdf"; filename*=UTF-8\'\'Gu%C3%ADa%20_c%C3%ADrculos_.pdf',
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'no-store',
        });
      });

      it('gives text with its character set, still as a download', async () => {
        const kept = await attach('ana', ids.resource!, 'notas.md', sampleText('# <script>x</script>'));
        const response = await t.app.request(kept.downloadUrl, { headers: { cookie: clients.ana!.cookie! } });
        expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
        expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
      });

      it('hides a members-only resource’s files from other networks, outsiders and visitors', async () => {
        const kept = await attach('ana', ids.resource!, 'hidden.pdf', samplePdf());
        for (const who of ['mara', 'outsider', 'anonymous']) {
          expect(await (await as(who).get(kept.downloadUrl)).status, who).toBe(404);
          expect((await as(who).get(`/api/v1/resources/${ids.resource}/attachments`)).status, who).toBe(404);
        }
        expect((await as('admin').get(kept.downloadUrl)).status).toBe(200);
      });

      it('keeps a draft’s files for its authors only, admins included', async () => {
        const draft = await createResource('ana', { visibility: 'draft', networkId: null });
        const kept = await attach('ana', draft, 'draft.pdf', samplePdf());
        expect((await as('ana').get(kept.downloadUrl)).status).toBe(200);
        for (const who of ['bea', 'coord', 'admin'])
          expect((await as(who).get(kept.downloadUrl)).status, who).toBe(404);
      });

      it('answers 404 for an id that names nothing, and 400 for one that is not an id', async () => {
        expect((await as('ana').get(`/api/v1/attachments/${crypto.randomUUID()}`)).status).toBe(404);
        expect((await as('ana').get('/api/v1/attachments/not-an-id')).status).toBe(400);
      });
    });

    describe('removing', () => {
      it('removes the row and the bytes for those who may edit, and refuses the others', async () => {
        const kept = await attach('ana', ids.resource!, 'gone.pdf', samplePdf());
        expect((await as('bea').delete(kept.downloadUrl)).status).toBe(403);
        expect((await as('mara').delete(kept.downloadUrl)).status).toBe(404);
        expect((await as('ana').delete(kept.downloadUrl)).status).toBe(204);
        expect((await as('ana').get(kept.downloadUrl)).status).toBe(404);
        expect(await keysIn(stores.store)).not.toContain(attachmentKey(kept.id));
        expect((await as('ana').delete(kept.downloadUrl)).status).toBe(404);
      });

      it('removes a deleted resource’s files with it', async () => {
        const draft = await createResource('ana', { visibility: 'draft', networkId: null });
        const kept = [
          await attach('ana', draft, 'a.pdf', samplePdf()),
          await attach('ana', draft, 'b.png', samplePng()),
        ];
        expect((await as('ana').delete(`/api/v1/resources/${draft}`)).status).toBe(204);
        const left = await keysIn(stores.store);
        for (const attachment of kept) expect(left).not.toContain(attachmentKey(attachment.id));
      });

      it('sweeps bytes no row names once they are an hour old, and keeps the rest', async () => {
        const kept = await attach('ana', ids.resource!, 'kept.pdf', samplePdf());
        const orphan = attachmentKey(crypto.randomUUID());
        await stores.store.put(orphan, samplePdf(), 'application/pdf');
        const now = new Date();
        expect((await sweepOrphanedBlobs(t.db, stores.store, { now })).removed).toBe(0);
        const later = new Date(now.getTime() + 2 * 60 * 60 * 1000);
        const swept = await sweepOrphanedBlobs(t.db, stores.store, { now: later });
        expect(swept.removed).toBeGreaterThanOrEqual(1);
        const left = await keysIn(stores.store);
        expect(left).not.toContain(orphan);
        expect(left).toContain(attachmentKey(kept.id));
      });
    });
  });
}

attachmentSuite('disk');
attachmentSuite('S3');

describeOnEachEngine('attachments when the store fails', (open) => {
  const failing: BlobStore = {
    kind: 's3',
    put: () => Promise.reject(new Error('connect ECONNREFUSED')),
    get: () => Promise.resolve(undefined),
    delete: () => Promise.resolve(),
    list: async function* () {},
  };
  const t = useTestApp(open, () => ({ attachments: { store: failing, maxUploadBytes: MAX_UPLOAD_BYTES } }));

  it('answers 503 in the reader’s language and writes no row', async () => {
    const network = await buildNetwork(t.db, { slug: 'red', visibility: 'members' });
    const person = await buildPerson(t.db, { email: 'ana@example.org', account: true });
    await addMember(t.db, network.id, { personId: person.id }, 'member');
    const ana = await t.client().signIn('ana@example.org');
    const created = await ana.post('/api/v1/resources', {
      title: 'Circles',
      summary: 'In a circle.',
      language: 'en',
      type: 'protocol',
      stages: ['primary'],
      licence: 'CC-BY-4.0',
      visibility: 'network',
      networkId: network.id,
    });
    const answer = await ana.request(
      'POST',
      `/api/v1/resources/${created.body.id}/attachments?name=a.pdf`,
      samplePdf(),
      { 'accept-language': 'es' },
    );
    expect(answer.status).toBe(503);
    expect(answer.body.error.message).toMatch(/^No se puede acceder al almacén de archivos/);
    expect(await t.db.select().from(resourceAttachments)).toEqual([]);
  });
});

it('keeps no half-written file in the disk store’s folder', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'trellis-attachments-'));
  await diskBlobStore(folder).put('attachments/x', samplePdf(), 'application/pdf');
  expect(await readdir(join(folder, 'attachments'))).toEqual(['x']);
  await rm(folder, { recursive: true, force: true });
});
