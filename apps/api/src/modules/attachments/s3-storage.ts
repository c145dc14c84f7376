import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  type AttachmentStorage,
  assertStorageKey,
  assertStoragePrefix,
  assertWithinLimit,
  readAll,
  type StoredObjectStream,
} from './storage';

/** Where and how to reach an S3-compatible bucket (from BLK_S3_* settings). */
export interface S3StorageOptions {
  bucket: string;
  /** Region of the bucket (any value for most S3-compatible servers). */
  region: string;
  /** Endpoint of an S3-compatible server (MinIO, Garage, Ceph…); unset means AWS S3. */
  endpoint?: string | undefined;
  /** Access key; unset uses the SDK's own chain (instance role, ~/.aws). */
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  /** Bucket in the path (`host/bucket/key`) instead of the host name: most self-hosted servers. */
  forcePathStyle: boolean;
  /** Prefix before every key, so one bucket can hold several installations (e.g. `blk/`). */
  keyPrefix?: string | undefined;
  maxBytes?: number;
}

/**
 * Attachments in an S3-compatible bucket, for offices that keep files outside the database.
 * S3 replaces an object atomically on PUT, so a reader sees the old or the new object whole.
 */
export class S3Storage implements AttachmentStorage {
  readonly kind = 's3';
  readonly maxBytes: number;
  readonly bucket: string;
  private readonly client: S3Client;
  private readonly keyPrefix: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
    this.keyPrefix = options.keyPrefix ?? '';
    this.client = new S3Client({
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.accessKeyId && options.secretAccessKey
        ? {
            credentials: {
              accessKeyId: options.accessKeyId,
              secretAccessKey: options.secretAccessKey,
            },
          }
        : {}),
      // Checksums only where S3 requires them: several S3-compatible servers reject the
      // newer default trailing checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    assertStorageKey(key);
    assertWithinLimit(key, bytes, this.maxBytes);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.keyPrefix + key,
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: 'application/octet-stream',
      }),
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    const object = await this.open(key);
    return object ? readAll(object.body) : null;
  }

  async open(key: string): Promise<StoredObjectStream | null> {
    assertStorageKey(key);
    try {
      const res = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.keyPrefix + key }),
      );
      if (!(res.Body instanceof Readable) || res.ContentLength === undefined)
        throw new Error(`S3 answered ${key} without a body stream or length`);
      return { sizeBytes: res.ContentLength, body: res.Body };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    // S3 answers 204 for a missing key too.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyPrefix + key }),
    );
  }

  async list(prefix: string): Promise<string[]> {
    assertStoragePrefix(prefix);
    const keys: string[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: `${this.keyPrefix}${prefix}/`,
          Delimiter: '/',
          ContinuationToken,
        }),
      );
      for (const object of page.Contents ?? [])
        if (object.Key) keys.push(object.Key.slice(this.keyPrefix.length));
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return keys;
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)
  );
}
