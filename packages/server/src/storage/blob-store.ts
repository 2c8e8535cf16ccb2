/**
 * Where attachment bytes live: a folder on this machine (the default) or an S3-compatible bucket.
 * The database holds what a file is (name, type, size, hash, owner); a store holds only bytes
 * under a key, so either can stand behind the same services.
 */
export interface StoredBlob {
  key: string;
  modifiedAt: Date;
}

export interface BlobStore {
  /** `disk` or `s3`, for logs and the admin's view of the configuration. */
  readonly kind: 'disk' | 's3';
  /** Writes the whole blob; a reader never sees half of it. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes as a stream, or undefined when no blob has the key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | undefined>;
  /** Removes the blob; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Every blob whose key starts with `prefix`. */
  list(prefix: string): AsyncIterable<StoredBlob>;
}

/**
 * Keys are made by Trellis (`attachments/<uuid>`), never from what a person typed; this check makes
 * sure no key could climb out of a folder or mean two things to two stores.
 */
const KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a blob key: ${JSON.stringify(key)}`);
  return key;
}
