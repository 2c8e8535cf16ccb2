/**
 * Where test apps keep attachments: a folder of their own under the system's temporary directory,
 * with a small upload limit so that the harness and the tests can send a body over it cheaply.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttachmentStorage } from '../resources/attachments.service.js';
import { diskBlobStore } from '../storage/disk-store.js';

export const TEST_MAX_UPLOAD_BYTES = 256 * 1024;

export function testAttachmentStorage(maxUploadBytes = TEST_MAX_UPLOAD_BYTES): AttachmentStorage {
  return {
    store: diskBlobStore(mkdtempSync(join(tmpdir(), 'trellis-test-attachments-'))),
    maxUploadBytes,
  };
}
