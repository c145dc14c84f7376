import type { PrismaClient } from '@blk/db';
import { sha256Hex } from './staged-uploads';
import type { AttachmentStorage } from './storage';

/** What {@link migrateAttachments} did. */
export interface AttachmentMigrationReport {
  from: string;
  to: string;
  /** Objects written to the target and read back equal. */
  copied: number;
  /** Objects the target already held, byte for byte. */
  alreadyThere: number;
  /** Objects removed from the source after their copy was verified (`deleteSource`). */
  deletedFromSource: number;
  /** Attachment rows whose bytes the target does not hold with the recorded checksum. */
  missing: { attachmentId: string; storageKey: string }[];
}

/** The folder-like prefixes the app writes: upload bytes and staged-upload sidecars. */
const PREFIXES = ['files', 'staged'] as const;

/**
 * Copies every object of `source` (the old local folder) into `target` (the configured store),
 * reading each copy back before counting it, then checks that the bytes of every RequestAttachment
 * and BeritaAcaraFile are in the target with their recorded SHA-256. Idempotent: run it again after an interruption.
 * With `deleteSource`, the source objects are removed only when nothing is missing.
 */
export async function migrateAttachments(
  prisma: PrismaClient,
  source: AttachmentStorage,
  target: AttachmentStorage,
  options: { deleteSource?: boolean; log?: (line: string) => void } = {},
): Promise<AttachmentMigrationReport> {
  const log = options.log ?? (() => {});
  const report: AttachmentMigrationReport = {
    from: source.kind,
    to: target.kind,
    copied: 0,
    alreadyThere: 0,
    deletedFromSource: 0,
    missing: [],
  };
  const moved: string[] = [];
  for (const prefix of PREFIXES) {
    for (const key of await source.list(prefix)) {
      const bytes = await source.get(key);
      if (!bytes) continue; // removed meanwhile (a staged upload cleaned up)
      const existing = await target.get(key);
      if (existing && Buffer.from(existing).equals(Buffer.from(bytes))) {
        report.alreadyThere++;
      } else {
        await target.put(key, bytes);
        const copy = await target.get(key);
        if (!copy || !Buffer.from(copy).equals(Buffer.from(bytes)))
          throw new Error(`${key}: the copy in the ${target.kind} store differs from the source`);
        report.copied++;
        log(`copied ${key} (${bytes.byteLength} bytes)`);
      }
      moved.push(key);
    }
  }
  const select = { id: true, storageKey: true, sha256: true } as const;
  const rows = [
    ...(await prisma.requestAttachment.findMany({ select, orderBy: { id: 'asc' } })),
    // A consultation's berita acara lives in the same store (issue 13).
    ...(await prisma.beritaAcaraFile.findMany({ select, orderBy: { id: 'asc' } })),
  ];
  for (const row of rows) {
    const bytes = await target.get(row.storageKey);
    if (!bytes || sha256Hex(bytes) !== row.sha256)
      report.missing.push({ attachmentId: row.id, storageKey: row.storageKey });
  }
  if (options.deleteSource && report.missing.length === 0) {
    for (const key of moved) await source.delete(key);
    report.deletedFromSource = moved.length;
  }
  return report;
}
