import { addWorkingDays, type FeedbackInput, PRIVACY_NOTICE_VERSION } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { notifyRequester } from '../notifications/notify-requester';
import { consume, RATE_LIMITS } from '../rate-limit/rate-limit';
import { insertWithTrackingCode, startSubmission } from '../shared/public-submission';

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
 * with the same idempotency key and data returns the first result; other data under the same
 * key is refused (IDEMPOTENCY_KEY_REUSED).
 */
export async function submitFeedback(
  ctx: Context,
  input: FeedbackInput,
  idempotencyKey?: string,
): Promise<{ complaint: { trackingCode: string; responseDueAt: Date }; accessToken: string }> {
  const { accessToken, columns, existing } = await startSubmission(
    'feedback',
    idempotencyKey,
    input,
    (key) => ctx.prisma.complaint.findUnique({ where: { idempotencyKey: key } }),
  );
  if (existing) return { complaint: existing, accessToken };
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
  const complaint = await insertWithTrackingCode(
    (trackingCode) =>
      ctx.prisma.$transaction(async (tx) => {
        const created = await tx.complaint.create({
          data: {
            trackingCode,
            ...columns,
            kind: input.kind,
            requestId: related?.id ?? null,
            name: input.name ?? null,
            phone: input.phone ?? null,
            email: input.email ?? null,
            message: input.message,
            consentAt: input.privacyConsent ? now : null,
            privacyNoticeVersion: input.privacyConsent ? PRIVACY_NOTICE_VERSION : null,
            responseDueAt,
            createdAt: now,
          },
        });
        await notifyRequester(tx, input, {
          template: 'feedback_received',
          payload: { trackingCode, kind: input.kind, responseDueAt: responseDueAt.toISOString() },
          createdAt: now,
        });
        return created;
      }),
    idempotencyKey
      ? async () => (await submitFeedback(ctx, input, idempotencyKey)).complaint
      : undefined,
  );
  return { complaint, accessToken };
}
