import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { clearAccountThrottles } from './login-throttle';

/**
 * Lifts every sign-in throttle on an account (from any address), for an owner who cannot wait,
 * and records who did it. Per-address limits across accounts stay: they belong to the address.
 */
export async function unlockStaffSignIn(ctx: Context, id: string) {
  if (!isUuid(id)) throw notFound('staff user');
  return ctx.prisma.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({ where: { id } });
    if (!user) throw notFound('staff user');
    const lifted = await clearAccountThrottles(tx, user.email);
    await tx.staffUser.update({
      where: { id },
      data: { failedLoginCount: 0, lockedUntil: null },
    });
    await recordAudit(tx, ctx, {
      action: 'staff_user.unlock_sign_in',
      entityType: 'StaffUser',
      entityId: id,
      data: { throttlesLifted: lifted },
    });
    return user;
  });
}
