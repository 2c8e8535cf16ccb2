import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3Server, type TestS3Server } from '../test-support/s3-server.js';
import { checkKey, type BlobStore } from './blob-store.js';
import { diskBlobStore } from './disk-store.js';
import { s3BlobStore } from './s3-store.js';

async function bytesOf(stream: ReadableStream<Uint8Array> | undefined) {
  if (!stream) return undefined;
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function keysOf(store: BlobStore, prefix: string) {
  const keys: string[] = [];
  for await (const blob of store.list(prefix)) keys.push(blob.key);
  return keys.sort();
}

/** What every store promises, run against each kind. */
function storeContract(name: string, open: () => BlobStore) {
  describe(`${name} blob store`, () => {
    it('keeps bytes under a key and gives back exactly them', async () => {
      const store = open();
      const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
      await store.put('attachments/one', bytes, 'application/pdf');
      expect(await bytesOf(await store.get('attachments/one'))).toEqual(bytes);
    });

    it('answers undefined for a key it does not hold, and deleting it is not an error', async () => {
      const store = open();
      expect(await store.get('attachments/none')).toBeUndefined();
      await expect(store.delete('attachments/none')).resolves.toBeUndefined();
    });

    it('replaces a blob written again under the same key', async () => {
      const store = open();
      await store.put('attachments/two', new Uint8Array([1, 2, 3]), 'text/plain');
      await store.put('attachments/two', new Uint8Array([4]), 'text/plain');
      expect(await bytesOf(await store.get('attachments/two'))).toEqual(new Uint8Array([4]));
    });

    it('lists by prefix with when each was written, and forgets deleted blobs', async () => {
      const store = open();
      const before = Date.now() - 60_000;
      await store.put('listed/a', new Uint8Array([1]), 'text/plain');
      await store.put('listed/b', new Uint8Array([2]), 'text/plain');
      await store.put('other/c', new Uint8Array([3]), 'text/plain');
      expect(await keysOf(store, 'listed/')).toEqual(['listed/a', 'listed/b']);
      for await (const blob of store.list('listed/'))
        expect(blob.modifiedAt.getTime()).toBeGreaterThan(before);
      await store.delete('listed/a');
      expect(await keysOf(store, 'listed/')).toEqual(['listed/b']);
      expect(await store.get('listed/a')).toBeUndefined();
    });

    it('refuses keys that could climb out of their place', async () => {
      const store = open();
      for (const key of ['../etc/passwd', 'attachments/../../x', '/abs', 'a//b', 'A', 'a/b.pdf', ''])
        await expect(store.put(key, new Uint8Array([1]), 'text/plain')).rejects.toThrow(/Not a blob key/);
    });
  });
}

const folder = { path: '' };
beforeAll(async () => {
  folder.path = await mkdtemp(join(tmpdir(), 'trellis-blobs-'));
});
afterAll(async () => {
  await rm(folder.path, { recursive: true, force: true });
});
storeContract('disk', () => diskBlobStore(folder.path));

let s3: TestS3Server;
beforeAll(async () => {
  s3 = await startTestS3Server();
});
afterAll(async () => {
  await s3?.close();
});
storeContract('S3', () => s3BlobStore(s3.settings));

describe('disk blob store', () => {
  it('never lists a half-written file left by a crash', async () => {
    const root = await mkdtemp(join(tmpdir(), 'trellis-blobs-'));
    const store = diskBlobStore(root);
    await store.put('attachments/whole', new Uint8Array([1]), 'text/plain');
    await writeFile(join(root, 'attachments', 'whole.1234.partial'), 'half');
    expect(await keysOf(store, 'attachments/')).toEqual(['attachments/whole']);
    expect(await readdir(join(root, 'attachments'))).toHaveLength(2);
    await rm(root, { recursive: true, force: true });
  });
});

describe('S3 blob store', () => {
  it('keeps its objects under the configured prefix, leaving the rest of the bucket alone', async () => {
    const prefixed = s3BlobStore({ ...s3.settings, prefix: 'a/' });
    const other = s3BlobStore({ ...s3.settings, prefix: 'b/' });
    await prefixed.put('attachments/p', new Uint8Array([1]), 'text/plain');
    expect(await other.get('attachments/p')).toBeUndefined();
    expect(await keysOf(other, 'attachments/')).toEqual([]);
    expect(await keysOf(prefixed, 'attachments/')).toEqual(['attachments/p']);
  });
});

it('checkKey accepts the keys Trellis makes', () => {
  expect(checkKey(`attachments/${crypto.randomUUID()}`)).toMatch(/^attachments\//);
});
