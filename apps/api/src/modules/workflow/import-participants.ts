import { CONSTRAINTS, isCheckViolation, isUniqueViolation, type Prisma } from '@blk/db';
import {
  checkParticipantImport,
  type ImportRow,
  type ImportRowCheck,
  MAX_IMPORT_ROWS,
} from '@blk/domain';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { invalidField } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { dbDay, isoDay } from './access';
import { assertClassOpen, loadManagedSchedule } from './class-access';

/** One row of the import report: the verdict and, once saved, the new participant. */
export interface ImportReportRow {
  check: ImportRowCheck;
  /** The name as sent, so the report can say whose row it is. */
  name: string | null;
  participantId: string | null;
}

/** The outcome of an import or its dry run. */
export interface ImportReport {
  dryRun: boolean;
  rows: ImportReportRow[];
  imported: number;
}

type Db = Prisma.TransactionClient;

/**
 * Imports participants into a class from a spreadsheet. Every row is checked with the rules of
 * enrolling one participant (see `checkParticipantImport`); a dry run only reports, otherwise
 * the valid rows are enrolled together in one transaction, re-checked inside it so a
 * participant added meanwhile is not doubled. Rows with problems are never saved.
 */
export async function importParticipants(
  ctx: Context,
  scheduleId: string,
  rows: ImportRow[],
  dryRun: boolean,
): Promise<ImportReport> {
  if (rows.length === 0) invalidField(ctx, 'import.no_rows', ['rows']);
  if (rows.length > MAX_IMPORT_ROWS)
    invalidField(ctx, 'import.too_many_rows', ['rows'], {
      count: rows.length,
      max: MAX_IMPORT_ROWS,
    });
  const schedule = await loadManagedSchedule(ctx, scheduleId);
  const check = async (db: Db) => {
    const enrolled = await db.participant.findMany({
      where: { scheduleId: schedule.id },
      select: { nik: true },
    });
    return checkParticipantImport(
      rows,
      {
        program: {
          ageMin: schedule.program.minAge,
          ageMax: schedule.program.maxAge,
          classSizeMax: schedule.program.classSizeMax,
        },
        requesterType: schedule.request.requester.type,
        trainingStart: isoDay(schedule.startDate),
        enrolledNiks: new Set(enrolled.flatMap((p) => (p.nik === null ? [] : [p.nik]))),
      },
      ctx.lang,
    );
  };
  const report = (checks: ImportRowCheck[], created = new Map<number, string>()) => ({
    dryRun,
    imported: created.size,
    rows: checks.map((c, i) => {
      const name = rows[i]?.name;
      return {
        check: c,
        name: typeof name === 'string' && name.trim() ? name.trim() : null,
        participantId: created.get(c.index) ?? null,
      };
    }),
  });
  if (dryRun) return report(await check(ctx.prisma));
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      // One writer per class from here on (the same row lock as the database's class-size
      // trigger), so the re-check sees every participant committed before and none meanwhile.
      await tx.$queryRaw`SELECT 1 FROM "TrainingSchedule" WHERE "id" = ${schedule.id}::uuid FOR NO KEY UPDATE`;
      await assertClassOpen(tx, schedule, true);
      const checks = await check(tx);
      const created = new Map<number, string>();
      const createdAt = ctx.now();
      for (const c of checks) {
        if (!c.ok) continue;
        const p = c.participant;
        const participant = await tx.participant.create({
          data: {
            scheduleId: schedule.id,
            nik: p.nik,
            name: p.name,
            birthDate: dbDay(p.birthDate),
            sex: p.sex,
            phone: p.phone ?? null,
            education: p.education,
            address: p.address,
            createdAt,
          },
          select: { id: true },
        });
        created.set(c.index, participant.id);
      }
      if (created.size > 0) {
        // Like addParticipant's: the audit row names the class and the new ids, never a NIK.
        await recordAudit(tx, ctx, {
          action: 'participant.import',
          entityType: 'TrainingSchedule',
          entityId: schedule.id,
          data: { participantIds: [...created.values()], rows: rows.length },
        });
      }
      return report(checks, created);
    });
  } catch (error) {
    if (isUniqueViolation(error, CONSTRAINTS.participantNikPerClass))
      throw new AppError('ALREADY_EXISTS', 'NIK already in this class');
    if (isCheckViolation(error, CONSTRAINTS.classSize))
      invalidField(ctx, 'class.too_many_participants', ['scheduleId'], {
        max: schedule.program.classSizeMax,
      });
    throw error;
  }
}
