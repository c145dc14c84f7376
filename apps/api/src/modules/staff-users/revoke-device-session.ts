import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';

/**
 * Signs a training device out (a lost tablet, a training that ended): its session is revoked,
 * so what it sends from now on is refused with DEVICE_SESSION_REVOKED and nothing it queued is
 * applied. The audit log records who revoked which device. Revoking a revoked device changes
 * nothing and records nothing (two admins, or a retried click). Only device sessions are listed
 * and revoked here; ordinary sessions end on their own within 12 hours.
 */
export async function revokeDeviceSession(ctx: Context, id: string) {
  if (!isUuid(id)) throw notFound('device session');
  return ctx.prisma.$transaction(async (tx) => {
    const now = ctx.now();
    // The conditional update decides (revokedAt IS NULL): of two concurrent revokes, one writes.
    const { count } = await tx.staffSession.updateMany({
      where: { id, device: true, revokedAt: null },
      data: { revokedAt: now },
    });
    const session = await tx.staffSession.findFirst({ where: { id, device: true } });
    if (!session) throw notFound('device session');
    if (count === 1)
      await recordAudit(tx, ctx, {
        action: 'staff_session.revoke_device',
        entityType: 'StaffSession',
        entityId: id,
        data: { userId: session.userId, deviceName: session.deviceName },
      });
    return session;
  });
}
