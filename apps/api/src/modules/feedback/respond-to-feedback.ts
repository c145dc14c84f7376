import type { Complaint, Prisma } from '@blk/db';
import type { Context } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { notifyRequester } from '../notifications/notify-requester';

/**
 * Changes an open complaint in one transaction with its audit row and a notification to the
 * sender. The update only matches a complaint that is not closed, so a close racing with an
 * answer cannot reopen it.
 */
export async function changeOpenFeedback(
  ctx: Context,
  id: string,
  change: {
    action: string;
    template: string;
    data: Prisma.ComplaintUncheckedUpdateManyInput;
  },
): Promise<Complaint> {
  const before = isUuid(id) ? await ctx.prisma.complaint.findUnique({ where: { id } }) : null;
  if (!before) throw notFound('complaint');
  if (before.status === 'closed') throw new AppError('TRANSITION_NOT_ALLOWED', 'complaint closed');
  return ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.complaint.updateMany({
      where: { id, status: { not: 'closed' } },
      data: change.data,
    });
    if (updated.count !== 1) throw new AppError('CONFLICT_STALE_VERSION');
    const after = await tx.complaint.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, ctx, {
      action: change.action,
      entityType: 'Complaint',
      entityId: id,
      data: { from: before.status, to: after.status },
    });
    // The answer itself travels in the message, so the sender need not open the site to read it.
    const payload = {
      trackingCode: after.trackingCode,
      status: after.status,
      ...(after.response ? { response: after.response } : {}),
    };
    await notifyRequester(tx, after, { template: change.template, payload, createdAt: ctx.now() });
    return after;
  });
}

/** Staff answer a complaint (or correct their answer); the sender is told. */
export function respondToFeedback(ctx: Context, id: string, response: string): Promise<Complaint> {
  if (ctx.viewer.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  const staffId = ctx.viewer.user.id;
  return changeOpenFeedback(ctx, id, {
    action: 'feedback.respond',
    template: 'feedback_answered',
    data: { status: 'answered', response, respondedAt: ctx.now(), respondedById: staffId },
  });
}
