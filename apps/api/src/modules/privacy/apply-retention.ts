import type { PrismaClient } from '@blk/db';
import { readSopDefinition, reportStepKeys } from '@blk/sop';
import type { Logger } from 'pino';
import type { Env } from '../../env';
import { type PeriodicJob, startPeriodicJob } from '../shared/periodic-job';

/**
 * The SOP steps whose completion is "the training's report" (laporan pelaksanaan), per SOP
 * version, as `<versionId>:<stepKey>`: the steps whose action carries the `classReport` effect.
 * The retention clock of a class's participants starts there; a class whose request closed
 * without a report (cancelled, refused) starts when the request closed, and a cancelled class
 * when it was cancelled.
 */
export async function reportSteps(prisma: Pick<PrismaClient, 'sopVersion'>): Promise<string[]> {
  const versions = await prisma.sopVersion.findMany({ select: { id: true, definition: true } });
  return versions.flatMap((v) =>
    reportStepKeys(readSopDefinition(v.definition)).map((key) => `${v.id}:${key}`),
  );
}

/** How long personal data is kept (from the validated env; docs/privacy.md). */
export interface RetentionSettings {
  /** Years after the training's report before participants are anonymised. */
  participantYears: number;
  /** Days a sent or failed notification is kept. */
  outboxDays: number;
}

/** The retention settings from the validated env. */
export function retentionSettings(env: Env): RetentionSettings {
  return {
    participantYears: env.BLK_RETENTION_PARTICIPANT_YEARS,
    outboxDays: env.BLK_RETENTION_OUTBOX_DAYS,
  };
}

/** What one run did: counts only, never personal data (it is written to the audit log). */
export interface RetentionResult {
  participantsAnonymised: number;
  outboxMessagesDeleted: number;
  /** Classes reported before this instant had their participants anonymised. */
  reportedBefore: string;
  /** Sent or failed notifications older than this were deleted. */
  outboxBefore: string;
}

/** `date` minus whole calendar years (29 February becomes 28 February or 1 March as UTC does). */
function yearsBefore(date: Date, years: number): Date {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

/**
 * Applies the retention policy once, in one transaction with its audit row:
 * - participants of classes reported more than `participantYears` ago lose their NIK, birth date,
 *   phone and address; their name, sex, age on the first day, education, attendance, scores and
 *   certificate number stay, so class counts, completion reports and certificates still work;
 * - sent and failed notifications (which hold a phone number or an e-mail address) older than
 *   `outboxDays` are deleted; pending ones are kept until delivered.
 * Idempotent: a second run finds nothing left to do (and still records that it ran).
 */
export async function applyRetention(
  prisma: PrismaClient,
  settings: RetentionSettings,
  now: Date = new Date(),
): Promise<RetentionResult> {
  const reportedBefore = yearsBefore(now, settings.participantYears);
  const outboxBefore = new Date(now.getTime() - settings.outboxDays * 24 * 60 * 60 * 1000);
  const reported = await reportSteps(prisma);
  return prisma.$transaction(async (tx) => {
    // age() of two dates counts whole years as people do (a birthday on the first day counts).
    const participantsAnonymised = await tx.$executeRaw`
      UPDATE "Participant" AS p
      SET "ageAtStart" = COALESCE(p."ageAtStart",
            date_part('year', age(s."startDate", p."birthDate"))::int),
          "nik" = NULL, "birthDate" = NULL, "phone" = NULL, "address" = NULL,
          "anonymisedAt" = ${now}, "updatedAt" = ${now}
      FROM "TrainingSchedule" AS s
      JOIN "TrainingRequest" AS r ON r."id" = s."requestId"
      WHERE p."scheduleId" = s."id"
        AND p."anonymisedAt" IS NULL
        AND COALESCE(
              (SELECT min(e."at") FROM "RequestEvent" AS e
                WHERE e."requestId" = r."id"
                  AND (r."sopVersionId"::text || ':' || e."stepKey") = ANY(${reported}::text[])),
              r."closedAt",
              s."cancelledAt") < ${reportedBefore}`;
    const { count: outboxMessagesDeleted } = await tx.notificationOutbox.deleteMany({
      where: {
        OR: [
          { status: 'sent', sentAt: { lt: outboxBefore } },
          { status: 'failed', createdAt: { lt: outboxBefore } },
        ],
      },
    });
    const result: RetentionResult = {
      participantsAnonymised,
      outboxMessagesDeleted,
      reportedBefore: reportedBefore.toISOString(),
      outboxBefore: outboxBefore.toISOString(),
    };
    await tx.auditLog.create({
      data: {
        at: now,
        actorType: 'system',
        action: 'privacy.retention',
        entityType: 'RetentionPolicy',
        data: {
          ...result,
          participantYears: settings.participantYears,
          outboxDays: settings.outboxDays,
        },
      },
    });
    return result;
  });
}

/**
 * Runs the retention job in this process: once shortly after start, then every `intervalMs`.
 * `stop()` waits for a run in progress. Several API processes may each run it: the updates only
 * touch rows not yet anonymised, so concurrent runs do the work once.
 */
export function startRetentionJob(
  prisma: PrismaClient,
  options: {
    settings: RetentionSettings;
    intervalMs: number;
    firstRunMs?: number;
    logger?: Logger;
  },
): PeriodicJob {
  return startPeriodicJob(
    async () => {
      const result = await applyRetention(prisma, options.settings);
      options.logger?.info(result, 'retention job ran');
    },
    {
      firstRunMs: options.firstRunMs ?? 60_000,
      intervalMs: options.intervalMs,
      onError: (error) => options.logger?.error({ err: error }, 'retention job failed'),
    },
  );
}
