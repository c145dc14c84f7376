import { PASSWORD_POLICY, passwordChangeSchema, staffUserSchema } from '@blk/domain';
import { builder } from '../../graphql/builder';
import { mutationErrors } from '../../graphql/error-types';
import type { InputFields } from '../../graphql/field-group';
import { validated } from '../../graphql/validate';
import { requireCapability } from '../auth/capability';
import { changePassword } from './change-password';
import { createStaffUser } from './create-staff-user';
import { resetStaffPassword } from './reset-staff-password';
import { revokeDeviceSession } from './revoke-device-session';
import { updateStaffUser } from './update-staff-user';

/** A training device's session (`login` with a device name), as the admin sees it. */
export const DeviceSession = builder.prismaObject('StaffSession', {
  name: 'DeviceSession',
  description:
    'A training device kept signed in for up to 21 days (an instructor’s tablet): listed on the staff-user screen and revocable by the admin. The device holds only its session cookie, never a password.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({
      description: 'The name given at sign-in, e.g. “Tablet kelas Belitung”.',
      resolve: (s) => s.deviceName ?? '',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectFields('StaffUser', (t) => ({
  deviceSessions: t.relation('sessions', {
    query: (_args, ctx) => ({
      where: { device: true, expiresAt: { gt: ctx.now() } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 50,
    }),
  }),
  instructor: t.relation('instructor', { nullable: true, authScopes: { staff: true } }),
  createdAt: t.expose('createdAt', { type: 'DateTime', authScopes: { staff: true } }),
  nip: t.exposeString('nip', {
    nullable: true,
    description:
      'NIP (Nomor Induk Pegawai, 18 digits) of a civil servant, printed on the documents they sign.',
    authScopes: { staff: true },
  }),
}));

/** What a new account sets and a change may change (`required` for a new one). */
const staffAccountFields = (t: InputFields, required: boolean) => ({
  name: t.string({ required, description: 'Full name.' }),
  roleKey: t.string({ required, description: 'Key of an existing role (see `roles`).' }),
  instructorId: t.id({
    required: false,
    description:
      'For an instruktur account: the instructor it acts for; in a change, null unlinks it.',
  }),
  nip: t.string({
    required: false,
    description:
      'NIP (18 digits, spaces allowed) of a civil servant; printed under their signature on the SOP ("Disahkan oleh"). In a change, null or empty removes it.',
  }),
});

/** The password rule as integrators read it, from the policy the schema checks. */
const PASSWORD_RULE = `at least ${PASSWORD_POLICY.minLength} characters (at most ${PASSWORD_POLICY.maxLength}) of ${PASSWORD_POLICY.minKinds} kinds or more (letters, digits, symbols), ${PASSWORD_POLICY.minDistinct} of them different`;

const CreateStaffUserInput = builder.inputType('CreateStaffUserInput', {
  description: 'A new staff account, validated with the shared staff-user schema.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'Login e-mail; unique.' }),
    password: t.string({
      required: true,
      description: `Initial password: ${PASSWORD_RULE}.`,
    }),
    ...staffAccountFields(t, true),
  }),
});

const UpdateStaffUserInput = builder.inputType('UpdateStaffUserInput', {
  description: 'Changes to a staff account; absent fields stay as they are.',
  fields: (t) => ({
    ...staffAccountFields(t, false),
    active: t.boolean({
      required: false,
      description: 'False deactivates the account and ends its sessions.',
    }),
  }),
});

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  description: 'A password change by the signed-in user.',
  fields: (t) => ({
    currentPassword: t.string({ required: true, description: 'The password in use now.' }),
    newPassword: t.string({
      required: true,
      description: `The new password: ${PASSWORD_RULE}.`,
    }),
  }),
});

const staffUserChangesSchema = staffUserSchema
  .pick({ name: true, roleKey: true, nip: true })
  .partial();
const resetPasswordSchema = staffUserSchema.pick({ password: true });
const manageUsers = requireCapability('manageUsers');

builder.queryFields((t) => ({
  roles: t.prismaField({
    type: ['Role'],
    description: 'The staff roles, by name (staff only).',
    authScopes: { staff: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.role.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
  staffUsers: t.prismaConnection({
    type: 'StaffUser',
    cursor: 'id',
    description: 'Staff accounts by name (capability manageUsers).',
    authScopes: manageUsers,
    args: {
      search: t.arg.string({ required: false, description: 'Words in the name or e-mail.' }),
      roleKey: t.arg.string({ required: false, description: 'Only accounts with this role.' }),
      active: t.arg.boolean({
        required: false,
        description: 'Only active (true) or deactivated (false) accounts; both when absent.',
      }),
    },
    resolve: (query, _root, args, ctx) => {
      const search = args.search?.trim();
      return ctx.prisma.staffUser.findMany({
        ...query,
        where: {
          ...(args.roleKey ? { roleKey: args.roleKey } : {}),
          ...(args.active == null ? {} : { active: args.active }),
          ...(search
            ? {
                OR: [
                  { name: { contains: search, mode: 'insensitive' } },
                  { email: { contains: search, mode: 'insensitive' } },
                ],
              }
            : {}),
        },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  createStaffUser: t.prismaField({
    type: 'StaffUser',
    description: 'Open a staff account (capability manageUsers).',
    authScopes: manageUsers,
    errors: mutationErrors(),
    args: {
      input: t.arg({ type: CreateStaffUserInput, required: true, description: 'The account.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { instructorId, nip, ...rest } = args.input;
      const input = validated(staffUserSchema, { ...rest, ...(nip == null ? {} : { nip }) }, ctx);
      const user = await createStaffUser(ctx, input, instructorId ? String(instructorId) : null);
      return ctx.prisma.staffUser.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  updateStaffUser: t.prismaField({
    type: 'StaffUser',
    description:
      'Rename, re-role, link or (de)activate a staff account (capability manageUsers). Not for one’s own role or activity.',
    authScopes: manageUsers,
    errors: mutationErrors(),
    args: {
      id: t.arg.id({ required: true, description: 'Account id.' }),
      input: t.arg({ type: UpdateStaffUserInput, required: true, description: 'The changes.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { active, instructorId, nip, ...rest } = args.input;
      // An empty NIP field clears the NIP; an absent one leaves it as it is.
      const clearNip = nip === null || (typeof nip === 'string' && nip.trim() === '');
      const changes = validated(
        staffUserChangesSchema,
        { ...rest, ...(nip == null || clearNip ? {} : { nip }) },
        ctx,
      );
      const user = await updateStaffUser(ctx, String(args.id), {
        ...changes,
        ...(clearNip ? { nip: null } : {}),
        ...(active == null ? {} : { active }),
        ...(instructorId === undefined
          ? {}
          : { instructorId: instructorId === null ? null : String(instructorId) }),
      });
      return ctx.prisma.staffUser.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  resetStaffPassword: t.prismaField({
    type: 'StaffUser',
    description:
      'Set a temporary password for a user who lost theirs; ends their sessions and lifts a lockout (capability manageUsers).',
    authScopes: manageUsers,
    errors: mutationErrors(),
    args: {
      id: t.arg.id({ required: true, description: 'Account id.' }),
      password: t.arg.string({
        required: true,
        description: 'The temporary password to hand over; the user should change it.',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { password } = validated(resetPasswordSchema, { password: args.password }, ctx);
      const user = await resetStaffPassword(ctx, String(args.id), password);
      return ctx.prisma.staffUser.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  revokeDeviceSession: t.prismaField({
    type: DeviceSession,
    description:
      'Sign a training device out (capability manageUsers): what it sends afterwards is refused with DEVICE_SESSION_REVOKED and none of its queued changes is applied. Recorded in the audit log; revoking it again changes nothing. NOT_FOUND for an unknown id or an ordinary session.',
    authScopes: manageUsers,
    errors: mutationErrors(),
    args: { id: t.arg.id({ required: true, description: 'Device session id.' }) },
    resolve: async (query, _root, args, ctx) => {
      const session = await revokeDeviceSession(ctx, String(args.id));
      return ctx.prisma.staffSession.findUniqueOrThrow({ ...query, where: { id: session.id } });
    },
  }),
  changePassword: t.prismaField({
    type: 'StaffUser',
    description:
      'Change one’s own password (any signed-in staff member); the account’s other sessions end.',
    authScopes: { staff: true },
    errors: mutationErrors(),
    args: {
      input: t.arg({ type: ChangePasswordInput, required: true, description: 'Old and new.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const user = await changePassword(ctx, validated(passwordChangeSchema, args.input, ctx));
      return ctx.prisma.staffUser.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
}));
