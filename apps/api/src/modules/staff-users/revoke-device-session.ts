import type { Context } from '../../graphql/context';
import { revokeOnce } from '../shared/revoke-once';

/**
 * Signs a training device out (a lost tablet, a training that ended): its session is revoked,
 * so what it sends from now on is refused with DEVICE_SESSION_REVOKED and nothing it queued is
 * applied. The audit log records who revoked which device; revoking twice is a no-op. Only
 * device sessions are listed and revoked here; ordinary sessions end on their own within 12 hours.
 */
export function revokeDeviceSession(ctx: Context, id: string) {
  return revokeOnce(ctx, id, {
    noun: 'device session',
    revoke: (tx, revokedAt) =>
      tx.staffSession.updateMany({
        where: { id, device: true, revokedAt: null },
        data: { revokedAt },
      }),
    find: (tx) => tx.staffSession.findFirst({ where: { id, device: true } }),
    audit: (session) => ({
      action: 'staff_session.revoke_device',
      entityType: 'StaffSession',
      entityId: id,
      data: { userId: session.userId, deviceName: session.deviceName },
    }),
  });
}
