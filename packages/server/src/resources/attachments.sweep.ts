/**
 * Removes bytes from the blob store that no attachment row names any more: those of a resource
 * deleted (or erased with its author's account), and of an upload whose transaction failed.
 * Only blobs older than `graceMs` are considered, so an upload between its write to the store and
 * its row's commit is never taken for an orphan.
 */
import type { Executor } from '../db/database.js';
import type { BlobStore } from '../storage/blob-store.js';
import { ATTACHMENT_KEY_PREFIX, existingAttachmentIds } from './attachments.queries.js';

const BATCH = 500;
export const SWEEP_GRACE_MS = 60 * 60 * 1000;

export async function sweepOrphanedBlobs(
  db: Executor,
  store: BlobStore,
  options: { graceMs?: number; now?: Date } = {},
): Promise<{ checked: number; removed: number }> {
  const before = (options.now ?? new Date()).getTime() - (options.graceMs ?? SWEEP_GRACE_MS);
  let checked = 0;
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    const existing = await existingAttachmentIds(db, batch);
    for (const id of batch.filter((candidate) => !existing.has(candidate))) {
      await store.delete(`${ATTACHMENT_KEY_PREFIX}${id}`);
      removed += 1;
    }
    batch = [];
  };
  for await (const blob of store.list(ATTACHMENT_KEY_PREFIX)) {
    checked += 1;
    const id = blob.key.slice(ATTACHMENT_KEY_PREFIX.length);
    if (blob.modifiedAt.getTime() > before || !/^[0-9a-f-]{36}$/.test(id)) continue;
    batch.push(id);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return { checked, removed };
}

/** Sweeps once soon after start and then every `everyMs`; `stop()` ends it. */
export function startBlobSweeper(db: Executor, store: BlobStore, everyMs = SWEEP_GRACE_MS) {
  const run = () =>
    sweepOrphanedBlobs(db, store).catch((error: unknown) =>
      console.error('attachments: the sweep failed:', (error as Error).message),
    );
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
