import type { Complaint } from '@blk/db';
import type { Context } from '../../graphql/context';
import { changeOpenFeedback } from './respond-to-feedback';

/** Staff close a complaint once handled (or as spam); the sender is told. */
export function closeFeedback(ctx: Context, id: string): Promise<Complaint> {
  return changeOpenFeedback(ctx, id, {
    action: 'feedback.close',
    template: 'feedback_closed',
    data: { status: 'closed', closedAt: ctx.now() },
  });
}
