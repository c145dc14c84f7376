import type { Prisma } from '@blk/db';
import type { Context } from '../../graphql/context';
import { invalidField, isUuid } from '../../graphql/validate';

/** Ends a user's open sessions (all of them, or all but the one still in use). */
export function revokeSessions(
  tx: Prisma.TransactionClient,
  userId: string,
  now: Date,
  keepSessionId?: string,
) {
  return tx.staffSession.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(keepSessionId ? { id: { not: keepSessionId } } : {}),
    },
    data: { revokedAt: now },
  });
}

/** Roles are data (they come with the SOP), so a role key is checked against the table. */
export async function assertRoleExists(
  tx: Prisma.TransactionClient,
  ctx: Pick<Context, 'lang'>,
  roleKey: string,
): Promise<void> {
  if (!(await tx.role.findUnique({ where: { key: roleKey } })))
    invalidField(ctx, 'role.unknown', ['roleKey']);
}

/** The instructor record an instruktur account acts for must exist. */
export async function assertInstructorExists(
  tx: Prisma.TransactionClient,
  ctx: Pick<Context, 'lang'>,
  instructorId: string,
): Promise<void> {
  const found =
    isUuid(instructorId) &&
    (await tx.instructor.findUnique({ where: { id: instructorId }, select: { id: true } }));
  if (!found) invalidField(ctx, 'common.invalid_id', ['instructorId']);
}
