/**
 * A local S3-compatible server (s3rver, from npm) on a loopback port with a temporary folder and
 * one bucket, so the S3 blob store is tested against a real HTTP S3 API rather than a stand-in.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '../storage/s3-store.js';

export interface TestS3Server {
  settings: S3Settings;
  close(): Promise<void>;
}

export async function startTestS3Server(bucket = 'trellis-test'): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), 'trellis-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return {
    settings: {
      bucket,
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      forcePathStyle: true,
      prefix: 'trellis/',
      // s3rver's fixed credentials.
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
