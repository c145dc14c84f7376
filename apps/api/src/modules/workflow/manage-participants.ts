import { CONSTRAINTS, isCheckViolation, isUniqueViolation } from '@blk/db';
import { checkParticipantAge, type ParticipantInput } from '@blk/domain';
import type { z } from 'zod';
import type { Context } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { assertNoRuleIssues, invalidField, isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { dbDay, isoDay } from './access';
import { loadManagedSchedule } from './class-access';
import type { attendanceEntriesSchema, testScoresSchema } from './class-inputs';

/**
 * Enrols a participant in a class: the programme's age limits apply on the first training day
 * (not for lapas/bapas classes), the class may not exceed its maximum size, and one NIK may
 * appear only once per class.
 */
export async function addParticipant(ctx: Context, scheduleId: string, input: ParticipantInput) {
  const schedule = await loadManagedSchedule(ctx, scheduleId);
  const { program } = schedule;
  assertNoRuleIssues(
    checkParticipantAge(
      { ageMin: program.minAge, ageMax: program.maxAge },
      schedule.request.requester.type,
      input.birthDate,
      isoDay(schedule.startDate),
    ),
    ctx,
  );
  const classFull = () =>
    invalidField(ctx, 'class.too_many_participants', ['scheduleId'], { max: program.classSizeMax });
  if (schedule._count.participants >= program.classSizeMax) classFull();
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const participant = await tx.participant.create({
        data: {
          scheduleId: schedule.id,
          nik: input.nik,
          name: input.name,
          birthDate: dbDay(input.birthDate),
          sex: input.sex,
          phone: input.phone ?? null,
          education: input.education,
          address: input.address,
          createdAt: ctx.now(),
        },
      });
      // The audit row names the class, not the NIK: the log is not a second register of IDs.
      await recordAudit(tx, ctx, {
        action: 'participant.add',
        entityType: 'Participant',
        entityId: participant.id,
        data: { scheduleId: schedule.id },
      });
      return participant;
    });
  } catch (error) {
    // Two enrolments at once: the database settles the race (the count above could not).
    if (isCheckViolation(error, CONSTRAINTS.classSize)) classFull();
    if (isUniqueViolation(error, CONSTRAINTS.participantNikPerClass))
      throw new AppError('ALREADY_EXISTS', 'NIK already in this class');
    throw error;
  }
}

async function loadParticipant(ctx: Context, participantId: string) {
  const participant = isUuid(participantId)
    ? await ctx.prisma.participant.findUnique({
        where: { id: participantId },
        select: { id: true, scheduleId: true },
      })
    : null;
  if (!participant) throw notFound('participant');
  await loadManagedSchedule(ctx, participant.scheduleId);
  return participant;
}

/** Removes a participant (and their attendance) from a class. */
export async function removeParticipant(ctx: Context, participantId: string) {
  const participant = await loadParticipant(ctx, participantId);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.participant.delete({ where: { id: participant.id } });
    await recordAudit(tx, ctx, {
      action: 'participant.remove',
      entityType: 'Participant',
      entityId: participant.id,
      data: { scheduleId: participant.scheduleId },
    });
  });
  return { scheduleId: participant.scheduleId };
}

/** Records (or corrects) one training day's attendance for participants of its class. */
export async function recordAttendance(
  ctx: Context,
  sessionId: string,
  entries: z.output<typeof attendanceEntriesSchema>,
) {
  const session = isUuid(sessionId)
    ? await ctx.prisma.trainingSession.findUnique({ where: { id: sessionId } })
    : null;
  if (!session) throw notFound('session');
  const schedule = await loadManagedSchedule(ctx, session.scheduleId);
  const ids = entries.map((e) => e.participantId);
  const known = ids.every(isUuid)
    ? await ctx.prisma.participant.count({ where: { id: { in: ids }, scheduleId: schedule.id } })
    : 0;
  if (known !== ids.length) invalidField(ctx, 'attendance.not_in_class', ['entries']);
  const recordedById = ctx.viewer.kind === 'staff' ? ctx.viewer.user.id : null;
  const recordedAt = ctx.now();
  await ctx.prisma.$transaction(async (tx) => {
    for (const e of entries) {
      await tx.attendance.upsert({
        where: {
          participantId_sessionId: { participantId: e.participantId, sessionId: session.id },
        },
        create: {
          participantId: e.participantId,
          sessionId: session.id,
          status: e.status,
          recordedById,
          recordedAt,
        },
        update: { status: e.status, recordedById, recordedAt },
      });
    }
    await recordAudit(tx, ctx, {
      action: 'attendance.record',
      entityType: 'TrainingSession',
      entityId: session.id,
      data: { entries: entries.length },
    });
  });
  return session;
}

/** Records a participant's pre-test and post-test scores. */
export async function recordTestScores(
  ctx: Context,
  participantId: string,
  scores: z.output<typeof testScoresSchema>,
) {
  const participant = await loadParticipant(ctx, participantId);
  return ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.participant.update({
      where: { id: participant.id },
      data: {
        ...(scores.preTestScore === undefined ? {} : { preTestScore: scores.preTestScore }),
        ...(scores.postTestScore === undefined ? {} : { postTestScore: scores.postTestScore }),
      },
    });
    await recordAudit(tx, ctx, {
      action: 'participant.scores',
      entityType: 'Participant',
      entityId: participant.id,
      data: scores,
    });
    return updated;
  });
}
