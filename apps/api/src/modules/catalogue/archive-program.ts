import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';

/**
 * Takes a program out of the public catalogue (archived) or puts it back. It is never deleted:
 * requests, schedules and certificates made for it keep showing it.
 */
export async function setProgramArchived(ctx: Context, id: string, archived: boolean) {
  if (!isUuid(id)) throw notFound('program');
  return ctx.prisma.$transaction(async (tx) => {
    const program = await tx.trainingProgram.findUnique({ where: { id } });
    if (!program) throw notFound('program');
    if (program.active === !archived) return program;
    const updated = await tx.trainingProgram.update({
      where: { id },
      data: { active: !archived, archivedAt: archived ? ctx.now() : null },
    });
    await recordAudit(tx, ctx, {
      action: archived ? 'program.archive' : 'program.restore',
      entityType: 'TrainingProgram',
      entityId: id,
    });
    return updated;
  });
}
