import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@blk/db';
import { createTestDatabase, testDatabaseKinds } from '@blk/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../testing/s3-server';
import { DatabaseStorage } from './database-storage';
import { S3Storage } from './s3-storage';
import {
  type AttachmentStorage,
  LocalFolderStorage,
  ObjectTooLargeError,
  readAll,
} from './storage';

/** Small limits, so the size tests stay fast; the database store cuts objects in 1000-byte chunks. */
const MAX_BYTES = 64 * 1024;
const CHUNK_BYTES = 1000;

interface Subject {
  name: string;
  /**
   * False where the server behind the store does not replace an object atomically. Real S3 does
   * (a PUT is all or nothing, the last one wins); the s3rver test double writes the file in place,
   * so racing writes to one key can interleave there and the check says nothing about our code.
   */
  atomicOverwrite?: false;
  open(): Promise<{ storage: AttachmentStorage; dispose(): Promise<void> }>;
}

const subjects: Subject[] = [
  {
    name: 'local folder',
    open: async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-store-'));
      return {
        storage: new LocalFolderStorage(dir, { maxBytes: MAX_BYTES }),
        dispose: () => fs.rm(dir, { recursive: true, force: true }),
      };
    },
  },
  ...testDatabaseKinds().map(
    (kind): Subject => ({
      name: `database (${kind})`,
      open: async () => {
        const db: Database = await createTestDatabase(kind);
        return {
          storage: new DatabaseStorage(db.prisma, { maxBytes: MAX_BYTES, chunkBytes: CHUNK_BYTES }),
          dispose: () => db.close(),
        };
      },
    }),
  ),
  {
    name: 's3 (s3rver)',
    atomicOverwrite: false,
    open: async () => {
      const server = await startS3Server('blk-contract');
      const storage = new S3Storage({
        ...server.storage,
        keyPrefix: 'office-a/',
        maxBytes: MAX_BYTES,
      });
      return {
        storage,
        dispose: async () => {
          await storage.close();
          await server.close();
        },
      };
    },
  },
];

const key = (prefix = 'files') => `${prefix}/${crypto.randomUUID()}`;

describe.each(subjects)('attachment store contract: $name', (subject) => {
  let storage: AttachmentStorage;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, dispose } = await subject.open());
  });
  afterAll(async () => {
    await dispose?.();
  });

  it('gives back the bytes it was given, whole and as a stream', async () => {
    const k = key();
    const bytes = randomBytes(50_000);
    await storage.put(k, bytes);
    expect(Buffer.from((await storage.get(k)) ?? []).equals(bytes)).toBe(true);
    const object = await storage.open(k);
    expect(object?.sizeBytes).toBe(bytes.length);
    const pieces: Buffer[] = [];
    for await (const piece of object?.body ?? []) pieces.push(piece as Buffer);
    expect(Buffer.concat(pieces).equals(bytes)).toBe(true);
    if (storage.kind === 'database') expect(pieces).toHaveLength(Math.ceil(50_000 / CHUNK_BYTES));
  });

  it('keeps an empty object', async () => {
    const k = key('staged');
    await storage.put(k, new Uint8Array());
    expect(Buffer.from((await storage.get(k)) ?? [1]).length).toBe(0);
    const object = await storage.open(k);
    expect(object?.sizeBytes).toBe(0);
    expect((await readAll(object?.body ?? never())).length).toBe(0);
  });

  it('replaces an object whole', async () => {
    const k = key();
    await storage.put(k, randomBytes(9_000));
    const second = randomBytes(2_500);
    await storage.put(k, second);
    expect(Buffer.from((await storage.get(k)) ?? []).equals(second)).toBe(true);
    expect(await sizeOf(storage, k)).toBe(2_500);
  });

  it('answers null for a missing key, and deleting one is no error', async () => {
    const k = key();
    expect(await storage.get(k)).toBeNull();
    expect(await storage.open(k)).toBeNull();
    await expect(storage.delete(k)).resolves.toBeUndefined();
  });

  it('deletes', async () => {
    const k = key();
    await storage.put(k, Buffer.from('to be deleted'));
    await storage.delete(k);
    expect(await storage.get(k)).toBeNull();
    expect(await storage.list('files')).not.toContain(k);
  });

  it('respects its size limit: up to it stored, one byte over refused with nothing stored', async () => {
    const atLimit = key();
    const full = randomBytes(MAX_BYTES);
    await storage.put(atLimit, full);
    expect(Buffer.from((await storage.get(atLimit)) ?? []).equals(full)).toBe(true);

    const over = key();
    await expect(storage.put(over, randomBytes(MAX_BYTES + 1))).rejects.toBeInstanceOf(
      ObjectTooLargeError,
    );
    expect(await storage.get(over)).toBeNull();
    // An existing object is left as it was.
    await expect(storage.put(atLimit, randomBytes(MAX_BYTES + 1))).rejects.toBeInstanceOf(
      ObjectTooLargeError,
    );
    expect(Buffer.from((await storage.get(atLimit)) ?? []).equals(full)).toBe(true);
  });

  it('takes concurrent puts of different keys, every key whole', async () => {
    const many = Array.from({ length: 16 }, () => ({ k: key(), bytes: randomBytes(3_000) }));
    await Promise.all(many.map(({ k, bytes }) => storage.put(k, bytes)));
    for (const { k, bytes } of many)
      expect(Buffer.from((await storage.get(k)) ?? []).equals(bytes)).toBe(true);
  });

  it.skipIf(subject.atomicOverwrite === false)(
    'ends one key raced by concurrent puts as exactly one of its writes',
    async () => {
      const shared = key();
      const versions = Array.from({ length: 8 }, (_, i) => randomBytes(1_500 + i * 700));
      await Promise.all(versions.map((bytes) => storage.put(shared, bytes)));
      const final = Buffer.from((await storage.get(shared)) ?? []);
      expect(versions.filter((v) => v.equals(final))).toHaveLength(1);
      expect(await sizeOf(storage, shared)).toBe(final.length);
    },
  );

  it('lists the keys directly under a prefix, and only those', async () => {
    const staged = [key('staged'), key('staged')].map((k) => `${k}.json`);
    for (const k of staged) await storage.put(k, Buffer.from('{}'));
    const listed = await storage.list('staged');
    expect(listed).toEqual(expect.arrayContaining(staged));
    expect(listed.every((k) => k.startsWith('staged/'))).toBe(true);
    expect(await storage.list('nothing-here')).toEqual([]);
  });

  it('refuses keys and prefixes that are not ours', async () => {
    for (const bad of ['../x', 'files/../../x', '/etc/passwd', 'files/a/../../b', 'FILES/x', 'x'])
      for (const call of [
        () => storage.put(bad, Buffer.from('x')),
        () => storage.get(bad),
        () => storage.open(bad),
        () => storage.delete(bad),
      ])
        await expect(call()).rejects.toThrow(/invalid storage key/);
    await expect(storage.list('../')).rejects.toThrow(/invalid storage prefix/);
  });
});

/** The size `open` reports, the stream closed unread (a file handle is not left to the GC). */
async function sizeOf(storage: AttachmentStorage, k: string): Promise<number | undefined> {
  const object = await storage.open(k);
  object?.body.destroy();
  return object?.sizeBytes;
}

function never(): never {
  throw new Error('unreachable');
}
