import { isUniqueViolation, type Prisma } from '@blk/db';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import type { AttachmentKind } from './attachment-kinds';
import { fileKey, findStagedUpload } from './staged-uploads';
import type { AttachmentStorage } from './storage';

/**
 * Attaches a staged upload to a request: one RequestAttachment row pointing at the uploaded
 * bytes. Call inside the transaction that changes the request, so both land together. An
 * unknown or expired upload is a validation error on `field`; an upload already attached
 * elsewhere is ALREADY_EXISTS.
 */
export async function attachUpload(
  tx: Prisma.TransactionClient,
  storage: AttachmentStorage,
  ctx: Pick<Context, 'lang' | 'now'>,
  args: {
    requestId: string;
    uploadId: string;
    kind: AttachmentKind;
    uploadedById: string | null;
    field: string;
    /** The attachment's id, when the caller records it elsewhere in the same transaction. */
    id?: string;
  },
) {
  const upload = await attachableUpload(tx, storage, ctx, args.uploadId, args.field);
  const storageKey = fileKey(upload.uploadId);
  const alreadyAttached = () =>
    new AppError('ALREADY_EXISTS', `upload ${upload.uploadId} is already attached`);
  try {
    return await tx.requestAttachment.create({
      data: {
        ...(args.id ? { id: args.id } : {}),
        requestId: args.requestId,
        kind: args.kind,
        fileName: upload.fileName,
        mimeType: upload.mimeType,
        sizeBytes: upload.sizeBytes,
        sha256: upload.sha256,
        storageKey,
        uploadedById: args.uploadedById,
        createdAt: ctx.now(),
      },
    });
  } catch (error) {
    // Two concurrent attaches of one upload: the unique storageKey lets only one through.
    if (isUniqueViolation(error)) throw alreadyAttached();
    throw error;
  }
}

/**
 * The staged upload `uploadId`, not attached anywhere yet (to a request or as a berita acara): an
 * unknown or expired upload is a validation error on `field`, one already attached ALREADY_EXISTS.
 * The unique storageKey of each table settles two concurrent attaches of one upload.
 */
async function attachableUpload(
  tx: Prisma.TransactionClient,
  storage: AttachmentStorage,
  ctx: Pick<Context, 'lang' | 'now'>,
  uploadId: string,
  field: string,
) {
  const upload = isUuid(uploadId)
    ? await findStagedUpload(storage, uploadId.toLowerCase(), ctx.now())
    : null;
  if (!upload) invalidField(ctx, 'upload.not_found', [field]);
  const where = { where: { storageKey: fileKey(upload.uploadId) }, select: { id: true } };
  const attached =
    (await tx.requestAttachment.findUnique(where)) ?? (await tx.beritaAcaraFile.findUnique(where));
  if (attached)
    throw new AppError('ALREADY_EXISTS', `upload ${upload.uploadId} is already attached`);
  return upload;
}

/**
 * Files a staged upload as the berita acara of a consultation, replacing the one it had; returns
 * the storage key of the replaced file, whose bytes the caller deletes after the commit.
 */
export async function attachBeritaAcara(
  tx: Prisma.TransactionClient,
  storage: AttachmentStorage,
  ctx: Pick<Context, 'lang' | 'now'>,
  args: { consultationId: string; uploadId: string; uploadedById: string; field: string },
): Promise<{ replacedKey: string | null }> {
  const upload = await attachableUpload(tx, storage, ctx, args.uploadId, args.field);
  const previous = await tx.beritaAcaraFile.findUnique({
    where: { consultationId: args.consultationId },
    select: { storageKey: true },
  });
  const file = {
    fileName: upload.fileName,
    mimeType: upload.mimeType,
    sizeBytes: upload.sizeBytes,
    sha256: upload.sha256,
    storageKey: fileKey(upload.uploadId),
    uploadedById: args.uploadedById,
    createdAt: ctx.now(),
  };
  try {
    await tx.beritaAcaraFile.upsert({
      where: { consultationId: args.consultationId },
      create: { consultationId: args.consultationId, ...file },
      update: file,
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('ALREADY_EXISTS', `upload ${upload.uploadId} is already attached`);
    throw error;
  }
  return { replacedKey: previous?.storageKey ?? null };
}
