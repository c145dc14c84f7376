import type { Context } from '../../graphql/context';
import { AppError, forbidden, notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { roleCan } from '../auth/capabilities';
import { consume, RATE_LIMITS } from '../rate-limit/rate-limit';
import { tokenMatches } from './access-token';
import { attachUpload } from './attach-upload';
import { type AttachmentKind, REQUESTER_ATTACHMENT_KINDS } from './attachment-kinds';
import { attachmentStorageFor } from './storage';

/**
 * The requester adds a document to their own open request, proving ownership with the access
 * token. A wrong code or token is NOT_FOUND either way, so neither can be probed.
 */
export async function attachToTrainingRequest(
  ctx: Context,
  args: { trackingCode: string; accessToken: string; uploadId: string; kind: AttachmentKind },
) {
  await consume(ctx, `attach:ip:${ctx.ip}`, RATE_LIMITS.lookupPerIp);
  await consume(ctx, `attach:code:${args.trackingCode}`, RATE_LIMITS.lookupPerCode);
  if (!REQUESTER_ATTACHMENT_KINDS.includes(args.kind))
    invalidField(ctx, 'upload.kind_not_allowed', ['kind']);
  const request = await ctx.prisma.trainingRequest.findUnique({
    where: { trackingCode: args.trackingCode },
    select: { id: true, accessTokenHash: true, closedAt: true },
  });
  if (!request || !tokenMatches(args.accessToken, request.accessTokenHash))
    throw notFound('training request');
  if (request.closedAt) throw new AppError('TRANSITION_NOT_ALLOWED', 'request is closed');
  return ctx.prisma.$transaction((tx) =>
    attachUpload(tx, attachmentStorageFor(ctx.db), ctx, {
      requestId: request.id,
      uploadId: args.uploadId,
      kind: args.kind,
      uploadedById: null,
      field: 'uploadId',
    }),
  );
}

/** A staff member adds a document (survey photos, reports, letters) to any request. */
export async function attachFileToRequest(
  ctx: Context,
  args: { requestId: string; uploadId: string; kind: AttachmentKind },
) {
  if (ctx.viewer.kind !== 'staff' || !roleCan(ctx.viewer.user.roleKey, 'viewRequests'))
    throw forbidden('attaching needs a staff role that sees requests');
  const staffId = ctx.viewer.user.id;
  const request = isUuid(args.requestId)
    ? await ctx.prisma.trainingRequest.findUnique({
        where: { id: args.requestId },
        select: { id: true },
      })
    : null;
  if (!request) throw notFound('training request');
  return ctx.prisma.$transaction((tx) =>
    attachUpload(tx, attachmentStorageFor(ctx.db), ctx, {
      requestId: request.id,
      uploadId: args.uploadId,
      kind: args.kind,
      uploadedById: staffId,
      field: 'uploadId',
    }),
  );
}
