import type { Prisma } from '@blk/db';
import {
  type AttendanceStatus,
  formatTrackingCode,
  participantCompletion,
  toJakartaDate,
} from '@blk/domain';

/**
 * Issues certificate numbers when a class's training is finished: every participant of the
 * request's active class who meets the completion rule (`participantCompletion`) and has none
 * yet gets `BLK-OTS/<year>/<tracking code as printed>/<nn>`. Returns how many were issued.
 */
export async function issueCertificates(
  tx: Prisma.TransactionClient,
  request: { id: string; trackingCode: string },
  now: Date,
): Promise<number> {
  const schedules = await tx.trainingSchedule.findMany({
    where: { requestId: request.id, cancelledAt: null },
    select: {
      _count: { select: { sessions: true } },
      participants: {
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          certificateNo: true,
          preTestScore: true,
          postTestScore: true,
          attendance: { select: { status: true } },
        },
      },
    },
  });
  const year = toJakartaDate(now).slice(0, 4);
  let issued = 0;
  for (const schedule of schedules) {
    let next = schedule.participants.filter((p) => p.certificateNo).length;
    for (const p of schedule.participants) {
      if (p.certificateNo) continue;
      const { completed } = participantCompletion(schedule._count.sessions, {
        attendance: p.attendance.map((a) => ({ status: a.status as AttendanceStatus })),
        preTestScore: p.preTestScore === null ? null : Number(p.preTestScore),
        postTestScore: p.postTestScore === null ? null : Number(p.postTestScore),
      });
      if (!completed) continue;
      next++;
      await tx.participant.update({
        where: { id: p.id },
        data: {
          certificateNo: `BLK-OTS/${year}/${formatTrackingCode(request.trackingCode)}/${String(next).padStart(2, '0')}`,
        },
      });
      issued++;
    }
  }
  return issued;
}
