import { loginSchema } from '@blk/domain';
import { builder } from '../../graphql/builder';
import { mutationErrors } from '../../graphql/error-types';
import { instant } from '../../graphql/instant-field';
import { validated } from '../../graphql/validate';
import { CAPABILITIES, type Capability, roleCan } from './capabilities';
import { requireCapability } from './capability';
import { login, logout } from './login';
import { unlockStaffSignIn } from './unlock-sign-in';

export const Role = builder.prismaObject('Role', {
  description:
    'A staff role (petugas layanan, kepala seksi, ...). SOP steps name the role that performs them.',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
  }),
});

export const StaffUser = builder.prismaObject('StaffUser', {
  description: 'A staff account of the office.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { authScopes: { staff: true } }),
    role: t.relation('role'),
    active: t.exposeBoolean('active'),
    lastLoginAt: t.expose('lastLoginAt', {
      type: 'DateTime',
      nullable: true,
      authScopes: { staff: true },
    }),
  }),
});

const capabilityFields = Object.keys(CAPABILITIES) as Capability[];

const ViewerCan = builder.objectRef<{ roleKey: string | null }>('ViewerCan').implement({
  description: 'What the signed-in user may do; the admin app shows only these parts.',
  fields: (t) =>
    Object.fromEntries(
      capabilityFields.map((c) => [
        c,
        t.boolean({
          description: `May ${c.replace(/[A-Z]/g, (m) => ` ${m.toLowerCase()}`)}.`,
          resolve: ({ roleKey }) => roleKey !== null && roleCan(roleKey, c),
        }),
      ]),
    ),
});

const RevokedDevice = builder
  .objectRef<{ name: string | null; revokedAt: Date }>('RevokedDevice')
  .implement({
    description:
      'The training device this call came from, signed out by the admin: its changes are not applied until its owner signs in again.',
    fields: (t) => ({
      name: t.exposeString('name', { nullable: true, description: 'The device’s name.' }),
      revokedAt: t.expose('revokedAt', instant('When it was revoked.')),
    }),
  });

const ViewerRef = builder
  .objectRef<{
    kind: string;
    userId: string | null;
    roleKey: string | null;
    revokedDevice: { name: string | null; revokedAt: Date } | null;
  }>('Viewer')
  .implement({
    description: 'Who is calling.',
    fields: (t) => ({
      kind: t.exposeString('kind', { description: 'anonymous, staff or integrator.' }),
      user: t.field({
        type: StaffUser,
        nullable: true,
        description: 'The signed-in staff member, if any.',
        // One row per request: a plain lookup (prismaField would warn when it returns null unused).
        resolve: (v, _args, ctx) =>
          v.userId ? ctx.prisma.staffUser.findUnique({ where: { id: v.userId } }) : null,
      }),
      revokedDevice: t.expose('revokedDevice', {
        type: RevokedDevice,
        nullable: true,
        description:
          'Set for an anonymous caller whose cookie is a revoked training device’s, so the device can say why it was signed out and what to do.',
      }),
      can: t.field({
        type: ViewerCan,
        description: 'Capabilities of the signed-in user.',
        resolve: (v) => ({ roleKey: v.roleKey }),
      }),
    }),
  });

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    description:
      'The caller: anonymous, a staff member (session cookie) or an integrator (API key).',
    resolve: (_root, _args, ctx) => ({
      kind: ctx.viewer.kind,
      userId: ctx.viewer.kind === 'staff' ? ctx.viewer.user.id : null,
      roleKey: ctx.viewer.kind === 'staff' ? ctx.viewer.user.roleKey : null,
      revokedDevice: (ctx.viewer.kind === 'anonymous' && ctx.viewer.revokedDevice) || null,
    }),
  }),
}));

const LoginInput = builder.inputType('LoginInput', {
  description: 'Staff sign-in.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'Account e-mail.' }),
    password: t.string({ required: true, description: 'Password.' }),
    deviceName: t.string({
      required: false,
      description:
        'Sign in a training device ("Perangkat pelatihan"): a name for it, 2–60 characters. The session then lasts 21 days, signal or not, is listed on the staff-user screen and can be revoked there; the sign-in is audited. Absent: an ordinary session (12 hours idle, 7 days at most).',
    }),
  }),
});

builder.mutationFields((t) => ({
  login: t.prismaField({
    type: 'StaffUser',
    description:
      'Sign in; sets an httpOnly, SameSite=Strict session cookie. Unknown e-mail, wrong password and inactive account all give INVALID_CREDENTIALS. Repeated failures are throttled per address, per account and address, and per account from unfamiliar addresses, with a growing delay: RATE_LIMITED with retryAfterSeconds (HTTP 429, Retry-After), never a lockout of the owner at their usual address.',
    errors: mutationErrors(),
    args: {
      input: t.arg({ type: LoginInput, required: true, description: 'E-mail and password.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { deviceName, ...rest } = args.input;
      const input = validated(loginSchema, { ...rest, deviceName: deviceName ?? undefined }, ctx);
      const user = await login(ctx, input);
      return ctx.prisma.staffUser.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  unlockStaffSignIn: t.prismaField({
    type: 'StaffUser',
    description:
      'Lift every sign-in throttle on an account, for an owner who cannot wait (capability manageUsers); recorded in the audit log.',
    authScopes: requireCapability('manageUsers'),
    errors: mutationErrors(),
    args: { id: t.arg.id({ required: true, description: 'Account id.' }) },
    resolve: async (query, _root, args, ctx) => {
      const user = await unlockStaffSignIn(ctx, String(args.id));
      return ctx.prisma.staffUser.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  logout: t.boolean({
    description: 'Sign out: ends the session and clears the cookie.',
    resolve: (_root, _args, ctx) => logout(ctx),
  }),
}));
