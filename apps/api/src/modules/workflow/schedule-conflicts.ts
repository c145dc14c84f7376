import type { Prisma } from '@blk/db';
import { addCalendarDays, countWorkingDays, type IsoDate, type WorkingCalendar } from '@blk/domain';
import { AppError } from '../../graphql/errors';
import { dbDay, isoDay } from './access';

/**
 * Working days an instructor needs between two trainings on different islands (Bangka ↔
 * Belitung is a sea or air crossing that has to be planned).
 */
export const INTER_ISLAND_GAP_WORKING_DAYS = 2;

/** Why an instructor cannot be sent to a planned training. */
export type ScheduleConflictKind =
  /** Already assigned to another, overlapping training. */
  | 'DOUBLE_BOOKING'
  /** No competency (InstructorCompetency) for the programme. */
  | 'NOT_QUALIFIED'
  /** No competency certificate for the programme. */
  | 'NO_CERTIFICATE'
  /** Every certificate for the programme expires before the training ends. */
  | 'CERTIFICATE_EXPIRED'
  /** Another training on a different island is too close for the crossing. */
  | 'INTER_ISLAND_TRAVEL';

/** A training being planned. */
export interface PlannedTraining {
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly island: string;
}

/** Another training an instructor is assigned to. */
export interface OtherAssignment {
  readonly scheduleId: string;
  readonly trackingCode: string;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly island: string;
}

/** What the rules need to know about one instructor, for one programme. */
export interface InstructorFacts {
  readonly id: string;
  readonly name: string;
  readonly qualified: boolean;
  /** Expiry dates of the instructor's certificates for the programme (null: no expiry). */
  readonly certificateExpiries: readonly (IsoDate | null)[];
  /** Non-cancelled trainings of other requests near the planned dates. */
  readonly assignments: readonly OtherAssignment[];
}

/** One conflict, with what is needed to explain it. */
export interface ScheduleConflict {
  readonly instructorId: string;
  readonly instructorName: string;
  readonly kind: ScheduleConflictKind;
  readonly other?: OtherAssignment;
  readonly expiresOn?: IsoDate;
}

/** Working days strictly between two days (0 when they touch or are out of order). */
function workingDaysStrictlyBetween(cal: WorkingCalendar, before: IsoDate, after: IsoDate) {
  return countWorkingDays(cal, addCalendarDays(before, 1), addCalendarDays(after, -1));
}

/**
 * Every reason the instructors cannot teach the planned training: double booking, missing
 * competency or certificate, a certificate expiring before the end, or an inter-island trip
 * with fewer than {@link INTER_ISLAND_GAP_WORKING_DAYS} working days to travel.
 */
export function findScheduleConflicts(
  plan: PlannedTraining,
  instructors: readonly InstructorFacts[],
  calendar: WorkingCalendar,
): ScheduleConflict[] {
  const conflicts: ScheduleConflict[] = [];
  for (const ins of instructors) {
    const base = { instructorId: ins.id, instructorName: ins.name };
    if (!ins.qualified) conflicts.push({ ...base, kind: 'NOT_QUALIFIED' });
    if (ins.certificateExpiries.length === 0) {
      conflicts.push({ ...base, kind: 'NO_CERTIFICATE' });
    } else if (ins.certificateExpiries.every((e) => e !== null && e < plan.endDate)) {
      const latest = [...ins.certificateExpiries].sort().at(-1) ?? undefined;
      conflicts.push({
        ...base,
        kind: 'CERTIFICATE_EXPIRED',
        ...(latest ? { expiresOn: latest } : {}),
      });
    }
    for (const other of ins.assignments) {
      if (other.startDate <= plan.endDate && other.endDate >= plan.startDate) {
        conflicts.push({ ...base, kind: 'DOUBLE_BOOKING', other });
        continue;
      }
      if (other.island === plan.island) continue;
      const gap =
        other.endDate < plan.startDate
          ? workingDaysStrictlyBetween(calendar, other.endDate, plan.startDate)
          : workingDaysStrictlyBetween(calendar, plan.endDate, other.startDate);
      if (gap < INTER_ISLAND_GAP_WORKING_DAYS)
        conflicts.push({ ...base, kind: 'INTER_ISLAND_TRAVEL', other });
    }
  }
  return conflicts;
}

/**
 * Calendar days looked at around the planned dates for travel conflicts: two working days can
 * span a long weekend plus cuti bersama, so a generous margin is taken.
 */
const TRAVEL_LOOKAROUND_DAYS = 21;

/**
 * Loads the facts about the instructors matching `where` for one programme and planned window,
 * ignoring the request being scheduled (its own earlier schedule is replaced). `monthStart`
 * adds each instructor's count of trainings starting that month (for ranking suggestions).
 */
export async function loadInstructorFacts(
  db: Prisma.TransactionClient,
  where: Prisma.InstructorWhereInput,
  programId: string,
  plan: PlannedTraining,
  excludeRequestId: string,
) {
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
