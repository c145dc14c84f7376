import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { failIfDuplicate } from '../shared/unique-violation';
import { assertInstructorExists, assertRoleExists, revokeSessions } from './staff-accounts';

/** Changes to a staff account; absent fields stay as they are. */
export interface StaffUserChanges {
  name?: string;
  roleKey?: string;
  active?: boolean;
  /** The NIP (digits only); null removes it. */
  nip?: string | null;
  /** The instructor an instruktur account acts for; null unlinks it. */
  instructorId?: string | null;
}

/**
 * Renames, re-roles, links or (de)activates a staff account. Deactivating ends the account's
 * sessions at once. Admins cannot deactivate or re-role themselves, so the office is never left
 * without anyone able to manage users by a slip of the mouse.
 */
export function updateStaffUser(ctx: Context, id: string, changes: StaffUserChanges) {
  if (!isUuid(id)) throw notFound('staff user');
  const self = ctx.viewer.kind === 'staff' && ctx.viewer.user.id === id;
  return failIfDuplicate(() =>
    ctx.prisma.$transaction(async (tx) => {
      const existing = await tx.staffUser.findUnique({ where: { id } });
      if (!existing) throw notFound('staff user');
      if (self && changes.active === false) invalidField(ctx, 'staff.own_account', ['active']);
      if (self && changes.roleKey !== undefined && changes.roleKey !== existing.roleKey)
        invalidField(ctx, 'staff.own_account', ['roleKey']);
      if (changes.roleKey !== undefined) await assertRoleExists(tx, ctx, changes.roleKey);
      if (changes.instructorId) await assertInstructorExists(tx, ctx, changes.instructorId);
      const user = await tx.staffUser.update({ where: { id }, data: changes });
      if (existing.active && changes.active === false) await revokeSessions(tx, id, ctx.now());
      await recordAudit(tx, ctx, {
        action: 'staff_user.update',
        entityType: 'StaffUser',
        entityId: id,
        data: { ...changes },
      });
      return user;
    }),
  );
}
