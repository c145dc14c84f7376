import type { Prisma } from '@blk/db';
import type { Context } from '../../graphql/context';

/** What an audited change records; `data` must never hold secrets (password hashes, keys). */
export interface AuditEntry {
  /** Verb of the change, e.g. `program.create`. */
  action: string;
  /** The kind of record changed, e.g. `TrainingProgram`. */
  entityType: string;
  /** Its id or natural key (a holiday's date). */
  entityId: string;
  data?: Prisma.InputJsonValue;
}

/**
 * Writes one audit row inside the caller's transaction, so a change and its audit record are
 * committed (or rolled back) together. The actor is the signed-in staff member or the API key.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  ctx: Pick<Context, 'viewer' | 'now'>,
  entry: AuditEntry,
): Promise<void> {
  const { viewer } = ctx;
  await tx.auditLog.create({
    data: {
      at: ctx.now(),
      actorType:
        viewer.kind === 'staff'
          ? 'staff'
          : viewer.kind === 'integrator'
            ? 'integrator'
            : 'requester',
      actorStaffId: viewer.kind === 'staff' ? viewer.user.id : null,
      actorApiKeyId: viewer.kind === 'integrator' ? viewer.apiKey.id : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      ...(entry.data === undefined ? {} : { data: entry.data }),
    },
  });
}
