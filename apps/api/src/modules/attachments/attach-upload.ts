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
  const upload = isUuid(args.uploadId)
    ? await findStagedUpload(storage, args.uploadId.toLowerCase(), ctx.now())
    : null;
  if (!upload) invalidField(ctx, 'upload.not_found', [args.field]);
  const storageKey = fileKey(upload.uploadId);
  const alreadyAttached = () =>
    new AppError('ALREADY_EXISTS', `upload ${upload.uploadId} is already attached`);
  if (await tx.requestAttachment.findUnique({ where: { storageKey }, select: { id: true } }))
    throw alreadyAttached();
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
