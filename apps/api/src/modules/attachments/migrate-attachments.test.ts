import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@blk/db';
import { createTestDatabase, testDatabaseKinds } from '@blk/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startS3Server } from '../../testing/s3-server';
import { DatabaseStorage } from './database-storage';
import { migrateAttachments } from './migrate-attachments';
import { S3Storage } from './s3-storage';
import { fileKey, sha256Hex } from './staged-uploads';
import { type AttachmentStorage, LocalFolderStorage } from './storage';

describe.each(testDatabaseKinds())('moving local attachments into another store on %s', (kind) => {
  let db: Database;
  let dir: string;
  let folder: LocalFolderStorage;
  const files: { key: string; bytes: Buffer }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(kind, inject('testTemplates'));
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-migrate-'));
    folder = new LocalFolderStorage(dir);
    const request = await db.prisma.trainingRequest.findFirstOrThrow({ select: { id: true } });
    for (let i = 0; i < 5; i++) {
      const uploadId = crypto.randomUUID();
      const bytes = randomBytes(1000 + i * 300_000);
      files.push({ key: fileKey(uploadId), bytes });
      await folder.put(fileKey(uploadId), bytes);
      await db.prisma.requestAttachment.create({
        data: {
          requestId: request.id,
          kind: 'surat_permohonan',
          fileName: `surat-${i}.pdf`,
          mimeType: 'application/pdf',
          sizeBytes: bytes.length,
          sha256: sha256Hex(bytes),
          storageKey: fileKey(uploadId),
        },
      });
    }
    // A staged upload not attached yet moves too.
    const staged = crypto.randomUUID();
    await folder.put(`staged/${staged}.json`, Buffer.from('{"uploadId":"x"}'));
    files.push({ key: `staged/${staged}.json`, bytes: Buffer.from('{"uploadId":"x"}') });
  });
  afterAll(async () => {
    await db?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function expectAllIn(target: AttachmentStorage) {
    for (const { key, bytes } of files)
      expect(Buffer.from((await target.get(key)) ?? []).equals(bytes)).toBe(true);
  }

  it('copies every file into the database store, verified, and again finds nothing to copy', async () => {
    const target = new DatabaseStorage(db.prisma);
    const first = await migrateAttachments(db.prisma, folder, target);
    expect(first).toMatchObject({ from: 'local', to: 'database', copied: 6, alreadyThere: 0 });
    expect(first.missing).toEqual([]);
    await expectAllIn(target);
    const again = await migrateAttachments(db.prisma, folder, target);
    expect(again).toMatchObject({ copied: 0, alreadyThere: 6, missing: [] });
  });

  it('reports an attachment whose bytes are nowhere, and then keeps the source', async () => {
    const request = await db.prisma.trainingRequest.findFirstOrThrow({ select: { id: true } });
    const lost = await db.prisma.requestAttachment.create({
      data: {
        requestId: request.id,
        kind: 'surat_permohonan',
        fileName: 'hilang.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 3,
        sha256: sha256Hex(Buffer.from('abc')),
        storageKey: fileKey(crypto.randomUUID()),
      },
    });
    const report = await migrateAttachments(db.prisma, folder, new DatabaseStorage(db.prisma), {
      deleteSource: true,
    });
    expect(report.missing).toEqual([{ attachmentId: lost.id, storageKey: lost.storageKey }]);
    expect(report.deletedFromSource).toBe(0);
    expect(await folder.list('files')).toHaveLength(5);
    await db.prisma.requestAttachment.delete({ where: { id: lost.id } });
  });

  it.runIf(kind === 'pglite')(
    'moves into an S3 bucket and removes the folder copies when asked',
    async () => {
      const server = await startS3Server('blk-migrate');
      const target = new S3Storage(server.storage);
      try {
        const report = await migrateAttachments(db.prisma, folder, target, { deleteSource: true });
        expect(report).toMatchObject({ to: 's3', copied: 6, deletedFromSource: 6, missing: [] });
        await expectAllIn(target);
        expect(await folder.list('files')).toEqual([]);
        expect(await folder.list('staged')).toEqual([]);
      } finally {
        await target.close();
        await server.close();
      }
    },
  );
});
