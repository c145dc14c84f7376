import type { Prisma } from '@blk/db';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { type AuditEntry, recordAudit } from '../audit/audit';

/** How one kind of revocable record (it has a `revokedAt`) is revoked, found and audited. */
export interface Revocable<Row> {
  /** The record's name in a NOT_FOUND error. */
  noun: string;
  /** Sets `revokedAt` where it is still null, and says how many rows it changed (0 or 1). */
  revoke(tx: Prisma.TransactionClient, revokedAt: Date): Promise<{ count: number }>;
  /** The record after the revoke, or null when there is none. */
  find(tx: Prisma.TransactionClient): Promise<Row | null>;
  /** What the audit log records about the revoke. */
  audit(row: Row): AuditEntry;
}

/**
 * Revokes a record for good and audits it, in one transaction. Revoking a revoked record changes
 * and records nothing (two admins, or a retried click): the conditional update decides
 * (revokedAt IS NULL), so of two concurrent revokes one writes. An unknown id is NOT_FOUND.
 */
export async function revokeOnce<Row>(
  ctx: Context,
  id: string,
  revocable: Revocable<Row>,
): Promise<Row> {
  if (!isUuid(id)) throw notFound(revocable.noun);
  return ctx.prisma.$transaction(async (tx) => {
    const { count } = await revocable.revoke(tx, ctx.now());
    const row = await revocable.find(tx);
    if (!row) throw notFound(revocable.noun);
    if (count === 1) await recordAudit(tx, ctx, revocable.audit(row));
    return row;
  });
}
