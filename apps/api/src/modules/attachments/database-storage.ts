import { Readable } from 'node:stream';
import type { PrismaClient } from '@blk/db';
import {
  type AttachmentStorage,
  assertStorageKey,
  assertStoragePrefix,
  assertWithinLimit,
  type StoredObjectStream,
} from './storage';

/** Bytes per StoredObjectChunk row: a 5 MB upload is 20 rows, read one at a time. */
export const DEFAULT_CHUNK_BYTES = 256 * 1024;

/**
 * Attachments inside the database (`StoredObject` + `StoredObjectChunk`, bytea), the default on
 * PostgreSQL: every API process sees every file, and one `pg_dump` holds requests and files
 * together. `bytea` rather than large objects: plain rows follow transactions, foreign keys,
 * `pg_dump` of the database (large objects need `--blobs` and their own clean-up with
 * `lo_unlink`) and work the same on PGlite. Chunking keeps each row small, so a download streams
 * chunk by chunk instead of holding a whole file in one query result.
 */
export class DatabaseStorage implements AttachmentStorage {
  readonly kind = 'database';
  readonly maxBytes: number;
  private readonly chunkBytes: number;

  constructor(
    private readonly prisma: PrismaClient,
    options: { maxBytes?: number; chunkBytes?: number } = {},
  ) {
    this.maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
    this.chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    assertStorageKey(key);
    assertWithinLimit(key, bytes, this.maxBytes);
    const chunks: { key: string; seq: number; data: Uint8Array<ArrayBuffer> }[] = [];
    for (let seq = 0, at = 0; at < bytes.byteLength || seq === 0; seq++, at += this.chunkBytes)
      chunks.push({ key, seq, data: Uint8Array.from(bytes.subarray(at, at + this.chunkBytes)) });
    // One transaction: the upsert locks the object's row, so concurrent puts of one key take
    // turns, and readers see the old chunks until the new ones commit.
    await this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`
          INSERT INTO "StoredObject" ("key", "sizeBytes") VALUES (${key}, ${bytes.byteLength})
          ON CONFLICT ("key") DO UPDATE
          SET "sizeBytes" = EXCLUDED."sizeBytes", "createdAt" = EXCLUDED."createdAt"`;
        await tx.storedObjectChunk.deleteMany({ where: { key } });
        await tx.storedObjectChunk.createMany({ data: chunks });
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    assertStorageKey(key);
    const object = await this.prisma.storedObject.findUnique({
      where: { key },
      select: { sizeBytes: true, chunks: { select: { data: true }, orderBy: { seq: 'asc' } } },
    });
    if (!object) return null;
    const bytes = Buffer.concat(object.chunks.map((c) => c.data));
    if (bytes.byteLength !== object.sizeBytes)
      throw new Error(`stored object ${key} changed while it was read`);
    return bytes;
  }

  async open(key: string): Promise<StoredObjectStream | null> {
    assertStorageKey(key);
    const object = await this.prisma.storedObject.findUnique({
      where: { key },
      select: { sizeBytes: true, _count: { select: { chunks: true } } },
    });
    if (!object) return null;
    const { prisma } = this;
    const count = object._count.chunks;
    let seq = 0;
    let sent = 0;
    // One chunk per read, fetched only when the client has taken the previous one.
    const body = new Readable({
      async read() {
        try {
          if (seq >= count) {
            if (sent !== object.sizeBytes)
              throw new Error(`stored object ${key} changed while it was read`);
            this.push(null);
            return;
          }
          const chunk = await prisma.storedObjectChunk.findUnique({
            where: { key_seq: { key, seq } },
            select: { data: true },
          });
          if (!chunk) throw new Error(`stored object ${key} changed while it was read`);
          seq++;
          sent += chunk.data.byteLength;
          this.push(Buffer.from(chunk.data));
        } catch (error) {
          this.destroy(error as Error);
        }
      },
    });
    return { sizeBytes: object.sizeBytes, body };
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    // The chunks go with the object (ON DELETE CASCADE).
    await this.prisma.storedObject.deleteMany({ where: { key } });
  }

  async list(prefix: string): Promise<string[]> {
    assertStoragePrefix(prefix);
    const rows = await this.prisma.storedObject.findMany({
      where: { key: { startsWith: `${prefix}/` } },
      select: { key: true },
      orderBy: { key: 'asc' },
    });
    return rows.map((r) => r.key).filter((k) => !k.slice(prefix.length + 1).includes('/'));
  }

  async close(): Promise<void> {}
}
