import type { Prisma } from '@blk/db';
import { actionKeysWith } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { AppError, forbidden, notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { ownClassesOnly, roleCan } from '../auth/capabilities';
import { sopDefinition, staffOf } from './access';

/**
 * The class (schedule) a staff member wants to change participants or attendance of. Only the
 * instructor coordinator and the instructors assigned to that class may; a cancelled class is
 * read-only.
 */
export async function loadManagedSchedule(ctx: Context, scheduleId: string) {
  const user = staffOf(ctx);
  if (!roleCan(user.roleKey, 'manageParticipants')) throw forbidden('role cannot manage classes');
  const schedule = isUuid(scheduleId)
    ? await ctx.prisma.trainingSchedule.findUnique({
        where: { id: scheduleId },
        include: {
          instructors: { select: { instructorId: true } },
          program: true,
          request: { select: { requester: { select: { type: true } } } },
          _count: { select: { participants: true } },
        },
      })
    : null;
  if (!schedule) throw notFound('schedule');
  if (
    ownClassesOnly(user.roleKey) &&
    !schedule.instructors.some((i) => i.instructorId === user.instructorId)
  )
    throw forbidden('instructor not assigned to this class');
  if (schedule.cancelledAt) invalidField(ctx, 'schedule.cancelled', ['scheduleId']);
  await assertClassOpen(ctx.prisma, schedule, false);
  return schedule;
}

/**
 * A class change (participants, attendance, scores) after the training was finished: the
 * certificates were issued from the class as it stood, so it no longer changes.
 */
export class ClassFinishedError extends AppError {
  constructor(readonly finishedAt: Date) {
    super('CLASS_FINISHED', `training finished at ${finishedAt.toISOString()}`);
  }
}

/**
 * Refuses a change to a class whose training was finished (an event of its request, after
 * the class was made). Inside the change's transaction it first takes a share lock on the
 * request row, which the finishing transition updates: a change and a finish racing each other
 * are serialised, so no change lands after the finish has counted the class.
 */
export async function assertClassOpen(
  db: Prisma.TransactionClient,
  schedule: { requestId: string; createdAt: Date },
  lock: boolean,
): Promise<void> {
  if (lock)
    await db.$queryRaw`SELECT 1 FROM "TrainingRequest" WHERE "id" = ${schedule.requestId}::uuid FOR SHARE`;
  // The actions that end a class's training are those that issue its certificates, in the
  // request's own SOP version (never a key written here).
  const request = await db.trainingRequest.findUnique({
    where: { id: schedule.requestId },
    select: { sopVersion: { select: { definition: true } } },
  });
  const finishing = request
    ? actionKeysWith(sopDefinition(request.sopVersion.definition), 'issueCertificates')
    : [];
  const finish = await db.requestEvent.findFirst({
    where: {
      requestId: schedule.requestId,
      action: { in: finishing },
      at: { gte: schedule.createdAt },
    },
    orderBy: { seq: 'desc' },
    select: { at: true },
  });
  if (finish) throw new ClassFinishedError(finish.at);
}
