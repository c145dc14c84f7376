import { hashPassword, verifyPassword } from '@blk/db';
import type { PasswordChangeInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { recordAudit } from '../audit/audit';
import { revokeSessions } from './staff-accounts';

/**
 * A signed-in staff member changes their own password. The current one must be right; every
 * other session of the account ends, so a session opened with the old password stops working.
 */
export async function changePassword(ctx: Context, input: PasswordChangeInput) {
  if (ctx.viewer.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  const { id: userId } = ctx.viewer.user;
  const { sessionId } = ctx.viewer;
  const user = await ctx.prisma.staffUser.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw new AppError('INVALID_CREDENTIALS', 'wrong current password');
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.staffUser.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: ctx.now() },
    });
    await revokeSessions(tx, userId, ctx.now(), sessionId);
    await recordAudit(tx, ctx, {
      action: 'staff_user.change_password',
      entityType: 'StaffUser',
      entityId: userId,
    });
    return updated;
  });
}
