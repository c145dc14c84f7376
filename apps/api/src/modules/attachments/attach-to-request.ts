import { attachableKinds } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { AppError, forbidden, notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { consume, RATE_LIMITS } from '../rate-limit/rate-limit';
import { sopDefinition, staffOf, visibleRequests } from '../workflow/access';
import { tokenMatches } from './access-token';
import { attachUpload } from './attach-upload';
import { type AttachmentKind, REQUESTER_ATTACHMENT_KINDS } from './attachment-kinds';

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
    attachUpload(tx, ctx.attachments(), ctx, {
      requestId: request.id,
      uploadId: args.uploadId,
      kind: args.kind,
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
