import type { TrackingLookupInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { notifyRequester } from '../notifications/notify-requester';
import { findRequesterRequest } from './find-requester-request';
import { requesterActionWith, takeRequesterAction } from './take-requester-action';
import { publicView, type TrackedRequest } from './track-training-request';

/**
 * Cancels a request for its requester, where the SOP allows it (before scheduling), and tells
 * the requester's contact. Returns the updated public view.
 */
export async function cancelTrainingRequest(
  ctx: Context,
  lookup: TrackingLookupInput,
  reason: string | undefined,
): Promise<TrackedRequest> {
  const request = await findRequesterRequest(ctx, lookup);
  const action = requesterActionWith(ctx, request.definition, request.state, 'withdrawRequest');
  await takeRequesterAction(ctx, request, action, reason ? { reason } : {}, (tx) =>
    notifyRequester(tx, request.requester, {
      template: 'request_cancelled',
      payload: {
        trackingCode: request.trackingCode,
        organizationName: request.requester.organizationName,
        ...(reason ? { reason } : {}),
      },
      createdAt: ctx.now(),
    }),
  );
  return publicView(ctx, request);
}
