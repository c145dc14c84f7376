import type { AttendanceStatus } from '@blk/domain';
import type { ClassRecords } from '@blk/sop';
import { isoDay } from '../access';
import type { Db } from './effect-request';

/** The request's standing class with its records, as the guard rails and the report read them. */
export interface StandingClass {
  readonly scheduleId: string;
  readonly programName: string;
  readonly programCode: string;
  readonly venue: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly instructors: readonly string[];
  readonly participantNames: readonly string[];
  readonly records: ClassRecords;
}

/**
 * The standing (not cancelled) class of a request with its participants, attendance and scores;
 * null when the request has no class. One query: the class pages record these rows.
 */
export async function loadClassRecords(db: Db, requestId: string): Promise<StandingClass | null> {
  const schedule = await db.trainingSchedule.findFirst({
    where: { requestId, cancelledAt: null },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      venue: true,
      startDate: true,
      endDate: true,
      program: { select: { name: true, code: true, classSizeMax: true } },
      instructors: {
        orderBy: [{ lead: 'desc' }, { createdAt: 'asc' }],
        select: { instructor: { select: { name: true } } },
      },
      sessions: { orderBy: { date: 'asc' }, select: { id: true, date: true } },
      participants: {
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        select: {
          name: true,
          preTestScore: true,
          postTestScore: true,
          attendance: { select: { sessionId: true, status: true } },
        },
      },
    },
  });
  if (!schedule) return null;
  const dayOf = new Map(schedule.sessions.map((s) => [s.id, isoDay(s.date)]));
  return {
    scheduleId: schedule.id,
    programName: schedule.program.name,
    programCode: schedule.program.code,
    venue: schedule.venue,
    startDate: isoDay(schedule.startDate),
    endDate: isoDay(schedule.endDate),
    instructors: schedule.instructors.map((i) => i.instructor.name),
    participantNames: schedule.participants.map((p) => p.name),
    records: {
      classSizeMax: schedule.program.classSizeMax,
      days: schedule.sessions.map((s) => isoDay(s.date)),
      participants: schedule.participants.map((p) => ({
        attendance: p.attendance.flatMap((a) => {
          const date = dayOf.get(a.sessionId);
          return date ? [{ date, status: a.status as AttendanceStatus }] : [];
        }),
        preTestScore: p.preTestScore === null ? null : Number(p.preTestScore),
        postTestScore: p.postTestScore === null ? null : Number(p.postTestScore),
      })),
    },
  };
}
