import type { TrackingLookupInput } from '@blk/domain';
import { attachableKinds } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { AppError, forbidden, notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { proveRequesterRequest } from '../requests/find-requester-request';
import { sopDefinition, staffOf, visibleRequests } from '../workflow/access';
import { attachUpload } from './attach-upload';
import { type AttachmentKind, REQUESTER_ATTACHMENT_KINDS } from './attachment-kinds';

/**
 * The requester adds a document to their own open request, proving ownership with the access
 * token exactly as tracking does (`proveRequesterRequest`: counted per IP, failures per code, a
 * wrong code or token NOT_FOUND either way, and the right token never locked out by strangers'
 * guesses).
 */
export async function attachToTrainingRequest(
  ctx: Context,
  owner: TrackingLookupInput,
  file: { uploadId: string; kind: AttachmentKind },
) {
  if (!REQUESTER_ATTACHMENT_KINDS.includes(file.kind))
    invalidField(ctx, 'upload.kind_not_allowed', ['kind']);
  const { id } = await proveRequesterRequest(ctx, owner);
  const request = await ctx.prisma.trainingRequest.findUnique({
    where: { id },
    select: { closedAt: true },
  });
  if (!request) throw notFound('training request');
  if (request.closedAt) throw new AppError('TRANSITION_NOT_ALLOWED', 'request is closed');
  return ctx.prisma.$transaction((tx) =>
    attachUpload(tx, ctx.attachments(), ctx, {
      requestId: id,
      uploadId: file.uploadId,
      kind: file.kind,
      uploadedById: null,
      field: 'uploadId',
    }),
  );
}

/**
 * A staff member files a document on a request, as its current SOP step allows: only the role
 * carrying out that step, only the kinds listed for it (`STEP_ATTACHMENT_KINDS` in @blk/sop),
 * never on a closed request, and an instructor only on a request of their own class (to anyone
 * else that request does not exist).
 */
export async function attachFileToRequest(
  ctx: Context,
  args: { requestId: string; uploadId: string; kind: AttachmentKind },
) {
  const user = staffOf(ctx);
  const request = isUuid(args.requestId)
    ? await ctx.prisma.trainingRequest.findFirst({
        where: { AND: [{ id: args.requestId }, visibleRequests(ctx)] },
        select: {
          id: true,
          state: true,
          closedAt: true,
          sopVersion: { select: { definition: true } },
        },
      })
    : null;
  if (!request) throw notFound('training request');
  if (request.closedAt) throw new AppError('TRANSITION_NOT_ALLOWED', 'request is closed');
  const kinds = attachableKinds(
    sopDefinition(request.sopVersion.definition),
    request.state,
    user.roleKey,
  );
  if (kinds.length === 0)
    throw forbidden(`${user.roleKey} does not attach at step ${request.state}`);
  if (!kinds.includes(args.kind)) invalidField(ctx, 'upload.kind_not_allowed', ['kind']);
  return ctx.prisma.$transaction((tx) =>
    attachUpload(tx, ctx.attachments(), ctx, {
      requestId: request.id,
      uploadId: args.uploadId,
      kind: args.kind,
      uploadedById: user.id,
      field: 'uploadId',
    }),
  );
}
