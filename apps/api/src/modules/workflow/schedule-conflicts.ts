import type { Prisma } from '@blk/db';
import {
  addCalendarDays,
  type InstructorFacts,
  type PlannedTraining,
  type ScheduleConflict,
} from '@blk/domain';
import { AppError } from '../../graphql/errors';
import { dbDay, isoDay } from './access';

/**
 * Calendar days looked at around the planned dates for travel conflicts: two working days can
 * span a long weekend plus cuti bersama, so a generous margin is taken.
 */
const TRAVEL_LOOKAROUND_DAYS = 21;

/**
 * Loads what the scheduling rules (`findScheduleConflicts` in packages/domain) need to know
 * about the instructors matching `where` for one program and planned window, ignoring the request being scheduled (its own earlier schedule is replaced). `monthStart`
 * adds each instructor's count of trainings starting that month (for ranking suggestions).
 */
export async function loadInstructorFacts(
  db: Prisma.TransactionClient,
  where: Prisma.InstructorWhereInput,
  programId: string,
  plan: PlannedTraining,
  excludeRequestId: string,
): Promise<(InstructorFacts & { homeIsland: string; assignmentsThisMonth: number })[]> {
  const from = dbDay(addCalendarDays(plan.startDate, -TRAVEL_LOOKAROUND_DAYS));
  const to = dbDay(addCalendarDays(plan.endDate, TRAVEL_LOOKAROUND_DAYS));
  const monthStart = `${plan.startDate.slice(0, 7)}-01`;
  const nextMonth = addCalendarDays(monthStart, 32).slice(0, 7);
  const rows = await db.instructor.findMany({
    where: { ...where, active: true },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      homeIsland: true,
      competencies: { where: { programId }, select: { programId: true } },
      certifications: { where: { programId }, select: { expiresOn: true } },
      assignments: {
        where: {
          schedule: {
            cancelledAt: null,
            requestId: { not: excludeRequestId },
            startDate: { lte: to },
            endDate: { gte: from },
          },
        },
        select: {
          schedule: {
            select: {
              id: true,
              startDate: true,
              endDate: true,
              island: true,
              request: { select: { trackingCode: true } },
            },
          },
        },
      },
      _count: {
        select: {
          assignments: {
            where: {
              schedule: {
                cancelledAt: null,
                startDate: { gte: dbDay(monthStart), lt: dbDay(`${nextMonth}-01`) },
              },
            },
          },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    homeIsland: r.homeIsland,
    assignmentsThisMonth: r._count.assignments,
    qualified: r.competencies.length > 0,
    certificateExpiries: r.certifications.map((c) => (c.expiresOn ? isoDay(c.expiresOn) : null)),
    assignments: r.assignments.map(({ schedule: s }) => ({
      scheduleId: s.id,
      trackingCode: s.request.trackingCode,
      startDate: isoDay(s.startDate),
      endDate: isoDay(s.endDate),
      island: s.island,
    })),
  }));
}

/** The instructors chosen for a training cannot all go; `conflicts` explains each problem. */
export class ScheduleConflictError extends AppError {
  constructor(readonly conflicts: readonly ScheduleConflict[]) {
    super('SCHEDULE_CONFLICT', conflicts.map((c) => `${c.instructorId}: ${c.kind}`).join('; '));
  }
}
