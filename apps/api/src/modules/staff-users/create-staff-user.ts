import { hashPassword } from '@blk/db';
import type { StaffUserInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { recordAudit } from '../audit/audit';
import { failIfDuplicate } from '../shared/unique-violation';
import { assertInstructorExists, assertRoleExists } from './staff-accounts';

/**
 * Opens a staff account with an initial password (scrypt-hashed, never stored or logged in
 * clear). A taken e-mail or NIP, or an instructor already linked to an account, is ALREADY_EXISTS.
 */
export async function createStaffUser(
  ctx: Context,
  input: StaffUserInput,
  instructorId: string | null,
) {
  const passwordHash = await hashPassword(input.password);
  return failIfDuplicate(() =>
    ctx.prisma.$transaction(async (tx) => {
      await assertRoleExists(tx, ctx, input.roleKey);
      if (instructorId) await assertInstructorExists(tx, ctx, instructorId);
      const user = await tx.staffUser.create({
        data: {
          email: input.email,
          name: input.name,
          roleKey: input.roleKey,
          nip: input.nip ?? null,
          instructorId,
          passwordHash,
          passwordChangedAt: ctx.now(),
        },
      });
      await recordAudit(tx, ctx, {
        action: 'staff_user.create',
        entityType: 'StaffUser',
        entityId: user.id,
        data: {
          email: user.email,
          name: user.name,
          roleKey: user.roleKey,
          nip: user.nip,
          instructorId,
        },
      });
      return user;
    }),
  );
}
