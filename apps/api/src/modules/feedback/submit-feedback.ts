import { createHash, randomBytes } from 'node:crypto';
import { hashToken, Prisma, randomToken } from '@blk/db';
import { addWorkingDays, type FeedbackInput, generateTrackingCode } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { consume, RATE_LIMITS } from '../rate-limit/rate-limit';

/**
 * The access token of a complaint. With an idempotency key it is derived from the key, so a
 * retried submission gets the same token back; the key is a random UUID only the sender's
 * device knows.
 */
function accessTokenFor(idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return randomToken(24);
  return createHash('sha256')
    .update(`blk-feedback-token:${idempotencyKey}`)
    .digest('base64url')
    .slice(0, 32);
}

/** Working days to answer, from the published service standard (penanganan pengaduan). */
async function responseDays(ctx: Context): Promise<number> {
  const standard = await ctx.prisma.serviceStandardVersion.findFirst({
    where: { status: 'published' },
    orderBy: { versionNo: 'desc' },
    select: { complaintResponseDays: true },
  });
  if (!standard) throw new AppError('INTERNAL', 'no published service standard');
  return standard.complaintResponseDays;
}

/**
 * Files a complaint, suggestion or question with its own tracking code and an answer deadline
 * from the service standard, and queues an acknowledgement when a contact was given. A retry
 * with the same idempotency key returns the first result.
 */
export async function submitFeedback(
  ctx: Context,
  input: FeedbackInput,
  idempotencyKey?: string,
): Promise<{ complaint: { trackingCode: string; responseDueAt: Date }; accessToken: string }> {
  const accessToken = accessTokenFor(idempotencyKey);
  if (idempotencyKey) {
    const existing = await ctx.prisma.complaint.findUnique({ where: { idempotencyKey } });
    if (existing) {
      if (existing.accessTokenHash !== hashToken(accessToken))
        throw new AppError('CONFLICT_STALE_VERSION');
      return { complaint: existing, accessToken };
    }
  }
  await consume(ctx, `feedback:ip:${ctx.ip}`, RATE_LIMITS.feedbackPerIp);
  const now = ctx.now();
  const responseDueAt = addWorkingDays(await ctx.calendar(), now, await responseDays(ctx));
  // A related code that matches nothing is not an error: saying so would reveal which codes exist.
  const related = input.trackingCode
    ? await ctx.prisma.trainingRequest.findUnique({
        where: { trackingCode: input.trackingCode },
        select: { id: true },
      })
    : null;
  for (let attempt = 0; ; attempt++) {
    const trackingCode = generateTrackingCode((n) => randomBytes(n));
    try {
      const complaint = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.complaint.create({
          data: {
            trackingCode,
            accessTokenHash: hashToken(accessToken),
            idempotencyKey: idempotencyKey ?? null,
            kind: input.kind,
            requestId: related?.id ?? null,
            name: input.name ?? null,
            phone: input.phone ?? null,
            email: input.email ?? null,
            message: input.message,
            responseDueAt,
            createdAt: now,
          },
        });
        const recipient = input.email ?? input.phone;
        if (recipient) {
          await tx.notificationOutbox.create({
            data: {
              channel: input.email ? 'email' : 'sms',
              recipient,
              template: 'feedback_received',
              payload: {
                trackingCode,
                kind: input.kind,
                responseDueAt: responseDueAt.toISOString(),
              },
              createdAt: now,
            },
          });
        }
        return created;
      });
      return { complaint, accessToken };
    } catch (error) {
      const target =
        error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
          ? String(error.meta?.target ?? error.message)
          : '';
      // Two submissions racing with one idempotency key: the loser returns the winner's result.
      if (idempotencyKey && /idempotency/i.test(target))
        return submitFeedback(ctx, input, idempotencyKey);
      if (/trackingCode/i.test(target) && attempt < 3) continue;
      throw error;
    }
  }
}
