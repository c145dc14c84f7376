import { CONSTRAINTS, isCheckViolation, isUniqueViolation } from '@blk/db';
import type { attendanceEntriesSchema, testScoresSchema } from '@blk/domain';
import { checkParticipantAge, type ParticipantInput } from '@blk/domain';
import type { z } from 'zod';
import type { Context } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { assertNoRuleIssues, invalidField, isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { dbDay, isoDay } from './access';
import { assertClassOpen, loadManagedSchedule } from './class-access';
import { clientCall, runOnce } from './client-mutation';

/**
 * Enrols a participant in a class: the program's age limits apply on the first training day
 * (not for lapas/bapas classes), the class may not exceed its maximum size, and one NIK may
 * appear only once per class. With a `clientMutationId` a replay returns the first participant.
 */
export async function addParticipant(
  ctx: Context,
  scheduleId: string,
  input: ParticipantInput,
  clientMutationId?: string | null,
) {
  const call = clientCall(ctx, clientMutationId, 'addParticipant', { scheduleId, input });
  let schedule!: Awaited<ReturnType<typeof loadManagedSchedule>>;
  const classFull = () =>
    invalidField(ctx, 'class.too_many_participants', ['scheduleId'], {
      max: schedule.program.classSizeMax,
    });
  try {
    return await runOnce(ctx, call, {
      replay: (id) => ctx.prisma.participant.findUniqueOrThrow({ where: { id } }),
      async check() {
        schedule = await loadManagedSchedule(ctx, scheduleId);
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
        if (schedule._count.participants >= program.classSizeMax) classFull();
      },
      async work(tx) {
        await assertClassOpen(tx, schedule, true);
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
          data: { scheduleId: schedule.id, clientMutationId: call?.id ?? null },
        });
        return { entityId: participant.id, value: participant };
      },
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
  const schedule = await loadManagedSchedule(ctx, participant.scheduleId);
  return { ...participant, schedule };
}

/** Removes a participant (and their attendance) from a class. */
export async function removeParticipant(ctx: Context, participantId: string) {
  const participant = await loadParticipant(ctx, participantId);
  await ctx.prisma.$transaction(async (tx) => {
    await assertClassOpen(tx, participant.schedule, true);
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

/** When a call's marks were made: the device's time, never later than the server's clock. */
function markTime(ctx: Context, markedAt: Date | null | undefined): Date {
  const now = ctx.now();
  return markedAt && markedAt < now ? markedAt : now;
}

/**
 * Records (or corrects) one training day's attendance for participants of its class.
 *
 * The rule when marks meet (two instructors, or a device sending what it marked offline): per
 * (participant, day) the mark made last on its device wins (`markedAt`, clamped to the server's
 * clock; equal times, the one stored last). A mark older than the stored one is kept in the
 * history (`AttendanceMark`, applied = false) but does not replace it; the answer shows the day as
 * it stands, so the device sees whose mark won. One conditional upsert per entry decides, so
 * parallel writers cannot both win.
 */
export async function recordAttendance(
  ctx: Context,
  sessionId: string,
  entries: z.output<typeof attendanceEntriesSchema>,
  options: { clientMutationId?: string | null; markedAt?: Date | null } = {},
) {
  const call = clientCall(ctx, options.clientMutationId, 'recordAttendance', {
    sessionId,
    entries,
    markedAt: options.markedAt?.toISOString() ?? null,
  });
  let session!: NonNullable<Awaited<ReturnType<typeof ctx.prisma.trainingSession.findUnique>>>;
  let schedule!: Awaited<ReturnType<typeof loadManagedSchedule>>;
  return runOnce(ctx, call, {
    replay: (id) => ctx.prisma.trainingSession.findUniqueOrThrow({ where: { id } }),
    async check() {
      const found = isUuid(sessionId)
        ? await ctx.prisma.trainingSession.findUnique({ where: { id: sessionId } })
        : null;
      if (!found) throw notFound('session');
      session = found;
      schedule = await loadManagedSchedule(ctx, session.scheduleId);
      const ids = entries.map((e) => e.participantId);
      const known = ids.every(isUuid)
        ? await ctx.prisma.participant.count({
            where: { id: { in: ids }, scheduleId: schedule.id },
          })
        : 0;
      if (known !== ids.length) invalidField(ctx, 'attendance.not_in_class', ['entries']);
    },
    async work(tx) {
      await assertClassOpen(tx, schedule, true);
      const recordedById = ctx.viewer.kind === 'staff' ? ctx.viewer.user.id : null;
      const recordedAt = ctx.now();
      const markedAt = markTime(ctx, options.markedAt);
      const at = (d: Date) => d.toISOString();
      let superseded = 0;
      for (const e of entries) {
        const won = await tx.$queryRaw<{ applied: boolean }[]>`
          INSERT INTO "Attendance" ("participantId", "sessionId", "status", "recordedById", "recordedAt", "markedAt")
          VALUES (${e.participantId}::uuid, ${session.id}::uuid, ${e.status}::"AttendanceStatus",
            ${recordedById}::uuid, (${at(recordedAt)}::timestamptz AT TIME ZONE 'UTC'),
            (${at(markedAt)}::timestamptz AT TIME ZONE 'UTC'))
          ON CONFLICT ("participantId", "sessionId") DO UPDATE SET
            "status" = EXCLUDED."status", "recordedById" = EXCLUDED."recordedById",
            "recordedAt" = EXCLUDED."recordedAt", "markedAt" = EXCLUDED."markedAt"
          WHERE "Attendance"."markedAt" <= EXCLUDED."markedAt"
          RETURNING true AS applied`;
        const applied = won.length > 0;
        if (!applied) superseded++;
        await tx.attendanceMark.create({
          data: {
            participantId: e.participantId,
            sessionId: session.id,
            status: e.status,
            markedAt,
            recordedAt,
            recordedById,
            clientMutationId: call?.id ?? null,
            applied,
          },
        });
      }
      await recordAudit(tx, ctx, {
        action: 'attendance.record',
        entityType: 'TrainingSession',
        entityId: session.id,
        data: { entries: entries.length, superseded, clientMutationId: call?.id ?? null },
      });
      return { entityId: session.id, value: session };
    },
  });
}

/**
 * Records a participant's pre-test and post-test scores; a score left out is kept. When two
 * devices send scores of one participant, the one stored last stands (each is in the audit log).
 */
export async function recordTestScores(
  ctx: Context,
  participantId: string,
  scores: z.output<typeof testScoresSchema>,
  clientMutationId?: string | null,
) {
  const call = clientCall(ctx, clientMutationId, 'recordTestScores', { participantId, scores });
  let participant!: Awaited<ReturnType<typeof loadParticipant>>;
  return runOnce(ctx, call, {
    replay: (id) => ctx.prisma.participant.findUniqueOrThrow({ where: { id } }),
    async check() {
      participant = await loadParticipant(ctx, participantId);
    },
    async work(tx) {
      await assertClassOpen(tx, participant.schedule, true);
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
        data: { ...scores, clientMutationId: call?.id ?? null },
      });
      return { entityId: updated.id, value: updated };
    },
  });
}
