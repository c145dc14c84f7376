import type { Database } from '@blk/db';

/** The audit rows recorded on one record, oldest first. */
export function auditTrail(api: { db: Database }, entityType: string, entityId: string) {
  return api.db.prisma.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });
}
