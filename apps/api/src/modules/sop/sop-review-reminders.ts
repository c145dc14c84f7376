import type { PrismaClient } from '@blk/db';
import type { Logger } from 'pino';
import { CAPABILITIES } from '../auth/capabilities';
import { type PeriodicJob, startPeriodicJob } from '../shared/periodic-job';
import { sopReviewStatuses } from './sop-review';

/**
 * Queues the "review due" e-mail to every active kepala seksi and kepala dinas (capability
 * viewSopReviews) for each SOP version in force whose review fell due, once per version and due
 * day: the reminder row (primary key version + due day, inserted with ON CONFLICT DO NOTHING)
 * and the messages are written in one transaction, so two processes running this at once queue
 * them once. Returns how many reminders it queued.
 */
export async function queueSopReviewReminders(
  prisma: PrismaClient,
  now: Date = new Date(),
): Promise<number> {
  const due = (await sopReviewStatuses(prisma, now)).filter((s) => s.due);
  let queued = 0;
  for (const status of due) {
    queued += await prisma.$transaction(async (tx) => {
      const { count } = await tx.sopReviewReminder.createMany({
        data: [
          {
            sopVersionId: status.sopVersionId,
            dueOn: new Date(`${status.dueOn}T00:00:00.000Z`),
            sentAt: now,
          },
        ],
        skipDuplicates: true,
      });
      if (count === 0) return 0;
      const recipients = await tx.staffUser.findMany({
        where: { active: true, roleKey: { in: [...CAPABILITIES.viewSopReviews] } },
        select: { email: true },
        orderBy: { email: 'asc' },
      });
      await tx.notificationOutbox.createMany({
        data: recipients.map((r) => ({
          channel: 'email' as const,
          recipient: r.email,
          template: 'sop_review_due',
          payload: {
            sopVersionId: status.sopVersionId,
            sopName: status.sopName,
            versionNo: status.versionNo,
            dueOn: status.dueOn,
          },
          createdAt: now,
        })),
      });
      return 1;
    });
  }
  return queued;
}

/** Checks for due SOP reviews shortly after start, then every `intervalMs` (hourly by default). */
export function startSopReviewReminders(
  prisma: PrismaClient,
  options: { intervalMs?: number; firstRunMs?: number; logger?: Logger } = {},
): PeriodicJob {
  return startPeriodicJob(
    async () => {
      const queued = await queueSopReviewReminders(prisma);
      if (queued) options.logger?.info({ queued }, 'SOP review reminders queued');
    },
    {
      firstRunMs: options.firstRunMs ?? 30_000,
      intervalMs: options.intervalMs ?? 60 * 60 * 1000,
      onError: (error) => options.logger?.error({ err: error }, 'SOP review reminders failed'),
    },
  );
}
