import { randomUUID } from 'node:crypto';
import type { RequesterAnswerInput, TrackingLookupInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { invalidField } from '../../graphql/validate';
import { attachUpload } from '../attachments/attach-upload';
import type { AttachmentKind } from '../attachments/attachment-kinds';
import { findRequesterRequest } from './find-requester-request';
import { requesterTaskOf } from './requester-task';
import { takeRequesterAction } from './take-requester-action';
import { publicView, type TrackedRequest } from './track-training-request';

/**
 * The requester answers what the office asked (e.g. sends the missing documents): the uploads
 * become the request's attachments and the SOP's requester action is recorded with them, in one
 * transaction, so the front desk finds the documents and the note on the step they act on next.
 */
export async function answerRequesterTask(
  ctx: Context,
  lookup: TrackingLookupInput,
  answer: RequesterAnswerInput,
): Promise<TrackedRequest> {
  const request = await findRequesterRequest(ctx, lookup);
  const events = await ctx.prisma.requestEvent.findMany({
    where: { requestId: request.id },
    orderBy: { seq: 'asc' },
    select: { fromState: true, toState: true, action: true, inputs: true },
  });
  const task = requesterTaskOf(request.definition, request, events, await ctx.calendar(), ctx.lang);
  if (!task) throw new AppError('TRANSITION_NOT_ALLOWED', 'no requester task at this step');
  if (!task.fileInput && answer.uploadIds.length)
    invalidField(ctx, 'upload.kind_not_allowed', ['uploadIds']);
  if (task.fileInput?.required && !answer.uploadIds.length)
    invalidField(ctx, 'answer.document_required', ['uploadIds']);
  const attachments = answer.uploadIds.map((uploadId) => ({ uploadId, id: randomUUID() }));
  const inputs: Record<string, unknown> = {};
  if (task.fileInput && attachments.length)
    inputs[task.fileInput.key] = attachments.map((a) => a.id);
  if (task.noteInput && answer.note) inputs[task.noteInput.key] = answer.note;
  const storage = ctx.attachments();
  await takeRequesterAction(ctx, request, task.actionKey, inputs, async (tx) => {
    for (const a of attachments)
      await attachUpload(tx, storage, ctx, {
        id: a.id,
        requestId: request.id,
        uploadId: a.uploadId,
        kind: (task.attachmentKind ?? 'berkas_pelengkap') as AttachmentKind,
        uploadedById: null,
        field: 'uploadIds',
      });
  });
  return publicView(ctx, request);
}
