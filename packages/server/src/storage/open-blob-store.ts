import type { BlobStore } from './blob-store.js';
import { diskBlobStore } from './disk-store.js';
import { s3BlobStore, type S3Settings } from './s3-store.js';

export interface AttachmentSettings {
  /** The largest attachment accepted, in bytes (TRELLIS_MAX_UPLOAD_MB, 25 MB by default). */
  maxUploadBytes: number;
  /** The folder files are kept in when no bucket is configured. */
  folder: string;
  /** An S3-compatible bucket, which then holds every attachment. */
  s3: S3Settings | undefined;
}

export function openBlobStore(settings: AttachmentSettings): BlobStore {
  return settings.s3 ? s3BlobStore(settings.s3) : diskBlobStore(settings.folder);
}
