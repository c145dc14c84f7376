import type { ProgramInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { recordAudit } from '../audit/audit';
import { failIfDuplicate } from '../shared/unique-violation';
import { forgetCatalogue } from './catalogue-cache';
import { assertKejuruanExists, programAuditData, programColumns, unitRows } from './program-data';

/** Adds a program with its competency units to the catalogue; a taken code is ALREADY_EXISTS. */
export function createProgram(ctx: Context, input: ProgramInput) {
  return failIfDuplicate(() =>
    ctx.prisma.$transaction(async (tx) => {
      await assertKejuruanExists(tx, ctx, input.kejuruan);
      const program = await tx.trainingProgram.create({ data: programColumns(input) });
      await tx.competencyUnit.createMany({ data: unitRows(program.id, input) });
      await recordAudit(tx, ctx, {
        action: 'program.create',
        entityType: 'TrainingProgram',
        entityId: program.id,
        data: programAuditData(input),
      });
      return program;
    }),
  ).finally(() => forgetCatalogue(ctx.prisma));
}
