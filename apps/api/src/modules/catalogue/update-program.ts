import type { ProgramInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { failIfDuplicate } from '../shared/unique-violation';
import { forgetCatalogue } from './catalogue-cache';
import { assertKejuruanExists, programAuditData, programColumns, unitRows } from './program-data';

/**
 * Replaces a program's fields and units. `expectedUpdatedAt` is the `updatedAt` the editor
 * loaded: when someone saved in between, the edit is refused as stale instead of overwriting.
 * Requests keep pointing at the program, so they see the new text (the units carry no history).
 */
export function updateProgram(
  ctx: Context,
  id: string,
  expectedUpdatedAt: Date,
  input: ProgramInput,
) {
  if (!isUuid(id)) throw notFound('program');
  return failIfDuplicate(() =>
    ctx.prisma.$transaction(async (tx) => {
      await assertKejuruanExists(tx, ctx, input.kejuruan);
      const { count } = await tx.trainingProgram.updateMany({
        where: { id, updatedAt: expectedUpdatedAt },
        data: programColumns(input),
      });
      if (count === 0) {
        const exists = await tx.trainingProgram.findUnique({ where: { id }, select: { id: true } });
        throw exists ? new AppError('CONFLICT_STALE_VERSION') : notFound('program');
      }
      await tx.competencyUnit.deleteMany({ where: { programId: id } });
      await tx.competencyUnit.createMany({ data: unitRows(id, input) });
      await recordAudit(tx, ctx, {
        action: 'program.update',
        entityType: 'TrainingProgram',
        entityId: id,
        data: programAuditData(input),
      });
      return tx.trainingProgram.findUniqueOrThrow({ where: { id } });
    }),
  ).finally(() => forgetCatalogue(ctx.prisma));
}
