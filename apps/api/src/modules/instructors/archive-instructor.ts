import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';

/**
 * Retires an instructor from new assignments (archived) or brings them back. Past assignments
 * and attendance keep pointing at the record, so it is never deleted.
 */
export async function setInstructorArchived(ctx: Context, id: string, archived: boolean) {
  if (!isUuid(id)) throw notFound('instructor');
  return ctx.prisma.$transaction(async (tx) => {
    const instructor = await tx.instructor.findUnique({ where: { id } });
    if (!instructor) throw notFound('instructor');
    if (instructor.active === !archived) return instructor;
    const updated = await tx.instructor.update({
      where: { id },
      data: { active: !archived, archivedAt: archived ? ctx.now() : null },
    });
    await recordAudit(tx, ctx, {
      action: archived ? 'instructor.archive' : 'instructor.restore',
      entityType: 'Instructor',
      entityId: id,
    });
    return updated;
  });
}
