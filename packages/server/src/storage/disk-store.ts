import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { checkKey, type BlobStore, type StoredBlob } from './blob-store.js';

/** Blobs as files under `root` (by default the data folder's `attachments/`), one file per key. */
export function diskBlobStore(root: string): BlobStore {
  const pathOf = (key: string) => join(root, ...checkKey(key).split('/'));
  return {
    kind: 'disk',
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside it and renamed: a rename within a folder is atomic, so no reader sees half a file.
      const partial = `${path}.${randomUUID()}.partial`;
      try {
        await writeFile(partial, bytes, { flag: 'wx' });
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key) {
      const path = pathOf(key);
      try {
        if (!(await stat(path)).isFile()) return undefined;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      return Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async *list(prefix) {
      for await (const blob of walk(root)) {
        const key = relative(root, blob.path).split(sep).join('/');
        if (key.startsWith(prefix) && !key.endsWith('.partial'))
          yield { key, modifiedAt: blob.modifiedAt } satisfies StoredBlob;
      }
    },
  };
}

async function* walk(folder: string): AsyncGenerator<{ path: string; modifiedAt: Date }> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield { path, modifiedAt: (await stat(path)).mtime };
  }
}
