import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3StorageOptions } from '../modules/attachments/s3-storage';

/** s3rver's fixed credentials (it checks signatures against them). */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A local S3-compatible server (s3rver, a devDependency, so CI has it) on a free loopback port,
 * with an empty bucket, its objects in a temporary folder removed again by `close()`.
 * `storage` is what an `S3Storage` needs to reach that bucket.
 */
export async function startS3Server(bucket: string): Promise<{
  storage: S3StorageOptions;
  close(): Promise<void>;
}> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    storage: {
      bucket,
      region: 'us-east-1',
      endpoint,
      ...S3RVER_CREDENTIALS,
      forcePathStyle: true,
    },
    close: async () => {
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
