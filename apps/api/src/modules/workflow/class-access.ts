import type { Context } from '../../graphql/context';
import { forbidden, notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { roleCan } from '../auth/capabilities';
import { staffOf } from './access';

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
    user.roleKey === 'instruktur' &&
    !schedule.instructors.some((i) => i.instructorId === user.instructorId)
  )
    throw forbidden('instructor not assigned to this class');
  if (schedule.cancelledAt) invalidField(ctx, 'schedule.cancelled', ['scheduleId']);
  return schedule;
}
