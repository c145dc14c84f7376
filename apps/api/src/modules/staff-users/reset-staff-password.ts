import { hashPassword } from '@blk/db';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { clearAccountThrottles } from '../auth/login-throttle';
import { revokeSessions } from './staff-accounts';

/**
 * Sets a temporary password chosen by the admin for a user who lost theirs: it also lifts a
 * sign-in lockout and ends every session of the account (whoever held them must sign in again).
 */
export async function resetStaffPassword(ctx: Context, id: string, password: string) {
  if (!isUuid(id)) throw notFound('staff user');
  const passwordHash = await hashPassword(password);
  return ctx.prisma.$transaction(async (tx) => {
    if (!(await tx.staffUser.findUnique({ where: { id }, select: { id: true } })))
      throw notFound('staff user');
    const user = await tx.staffUser.update({
      where: { id },
      data: { passwordHash, passwordChangedAt: ctx.now(), failedLoginCount: 0, lockedUntil: null },
    });
    await revokeSessions(tx, id, ctx.now());
    // The owner signs in with the new password at once, from anywhere.
    await clearAccountThrottles(tx, user.email);
    await recordAudit(tx, ctx, {
      action: 'staff_user.reset_password',
      entityType: 'StaffUser',
      entityId: id,
    });
    return user;
  });
}
