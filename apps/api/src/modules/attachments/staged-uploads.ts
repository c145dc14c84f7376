import { createHash, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@blk/db';
import type { AcceptedFileType } from './detect-file-type';
import type { AttachmentStorage } from './storage';

/**
 * Uploads are staged before they belong to a request: the public form uploads the letter first
 * and submits the request after. A staged upload is two objects in the attachment store, no
 * database row: the bytes under `files/<uploadId>` and a small JSON sidecar under
 * `staged/<uploadId>.json`. Attaching creates the RequestAttachment row pointing at the same
 * bytes (storageKey is unique, so one upload attaches once). Keeping staging beside the bytes
 * needs no schema change, survives restarts, and works for several API hosts sharing the store.
 */
export interface StagedUpload {
  uploadId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

/** An upload may be attached for this long; after that it is garbage. */
export const STAGED_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * Clean-up waits this much longer than the TTL, so a transaction that accepted an upload just
 * before it expired has committed its row before clean-up looks for it.
 */
const CLEANUP_GRACE_MS = 60 * 60 * 1000;

/** Storage key of an upload's bytes (also the attachment's storageKey once attached). */
export const fileKey = (uploadId: string) => `files/${uploadId}`;
const sidecarKey = (uploadId: string) => `staged/${uploadId}.json`;

/** Stores uploaded bytes and their sidecar; returns what the client needs to attach them. */
export async function stageUpload(
  storage: AttachmentStorage,
  file: { bytes: Uint8Array; fileName: string; type: AcceptedFileType },
  now: Date,
): Promise<StagedUpload> {
  const upload: StagedUpload = {
    uploadId: randomUUID(),
    fileName: file.fileName,
    mimeType: file.type.mimeType,
    sizeBytes: file.bytes.byteLength,
    sha256: sha256Hex(file.bytes),
    createdAt: now.toISOString(),
  };
  // Bytes first: a sidecar always points at bytes that exist.
  await storage.put(fileKey(upload.uploadId), file.bytes);
  await storage.put(sidecarKey(upload.uploadId), Buffer.from(JSON.stringify(upload)));
  return upload;
}

/** The staged upload with this id, or null when unknown or older than the TTL. */
export async function findStagedUpload(
  storage: AttachmentStorage,
  uploadId: string,
  now: Date,
): Promise<StagedUpload | null> {
  const raw = await storage.get(sidecarKey(uploadId));
  if (!raw) return null;
  const upload = JSON.parse(Buffer.from(raw).toString('utf8')) as StagedUpload;
  return now.getTime() - Date.parse(upload.createdAt) < STAGED_UPLOAD_TTL_MS ? upload : null;
}

/**
 * Deletes uploads not attached within the TTL (bytes and sidecar) and the sidecars of attached
 * ones (to a request, or as a consultation's berita acara). Runs from the API's maintenance loop; returns what it removed.
 */
export async function cleanUpStagedUploads(
  prisma: PrismaClient,
  storage: AttachmentStorage,
  now: Date,
): Promise<{ deleted: number; kept: number }> {
  let deleted = 0;
  let kept = 0;
  for (const key of await storage.list('staged')) {
    const uploadId = /^staged\/([0-9a-f-]{36})\.json$/.exec(key)?.[1];
    if (!uploadId) continue;
    const raw = await storage.get(key);
    if (!raw) continue;
    const { createdAt } = JSON.parse(Buffer.from(raw).toString('utf8')) as StagedUpload;
    if (now.getTime() - Date.parse(createdAt) < STAGED_UPLOAD_TTL_MS + CLEANUP_GRACE_MS) continue;
    const where = { where: { storageKey: fileKey(uploadId) }, select: { id: true } };
    const attached =
      (await prisma.requestAttachment.findUnique(where)) ??
      (await prisma.beritaAcaraFile.findUnique(where));
    if (attached) kept++;
    else {
      await storage.delete(fileKey(uploadId));
      deleted++;
    }
    await storage.delete(key);
  }
  return { deleted, kept };
}

/** Runs {@link cleanUpStagedUploads} now and then every hour until `stop()`. */
export function startUploadCleanup(
  prisma: PrismaClient,
  storage: AttachmentStorage,
  onError: (error: unknown) => void,
): { stop(): void } {
  const run = () => cleanUpStagedUploads(prisma, storage, new Date()).catch(onError);
  void run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Hex SHA-256 of some bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
