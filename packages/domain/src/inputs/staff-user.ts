import { z } from 'zod';
import type { MessageKey } from '../messages';
import { nipSchema } from '../nip';
import { safeString } from '../text';
import { emailSchema, optional, text } from './fields';

/**
 * Password policy for staff accounts: length matters most (NIST SP 800-63B), so at least 10
 * characters, at most 128 (hashing cost), at least two kinds of character among letters, digits
 * and symbols, and at least 5 different characters so `aaaaaaaaa1` style passwords fail.
 */
export const PASSWORD_POLICY = {
  minLength: 10,
  maxLength: 128,
  minKinds: 2,
  minDistinct: 5,
} as const;

/** Why a password breaks the policy's composition rules, or null when it is acceptable. */
export function passwordWeakness(password: string): MessageKey | null {
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  const distinct = new Set(password).size;
  return kinds < PASSWORD_POLICY.minKinds || distinct < PASSWORD_POLICY.minDistinct
    ? 'password.too_weak'
    : null;
}

/** A new password that satisfies {@link PASSWORD_POLICY}; never trimmed, spaces count. */
export const passwordSchema = safeString()
  .min(PASSWORD_POLICY.minLength)
  .max(PASSWORD_POLICY.maxLength)
  .refine((p) => passwordWeakness(p) === null, 'password.too_weak');

/** Role keys are data (packages/sop has the defaults), so only their shape is checked here. */
export const roleKeySchema = safeString()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'role.invalid');

/** A staff account created by the system admin. */
export const staffUserSchema = z.strictObject({
  email: emailSchema,
  name: text(100, 2),
  roleKey: roleKeySchema,
  password: passwordSchema,
  /** The civil servant's NIP, printed under their signature on the documents they sign. */
  nip: optional(nipSchema),
});
export type StaffUserInput = z.output<typeof staffUserSchema>;

/** A signed-in user changing their own password. */
export const passwordChangeSchema = z
  .strictObject({
    currentPassword: safeString().min(1).max(PASSWORD_POLICY.maxLength),
    newPassword: passwordSchema,
  })
  .refine((p) => p.newPassword !== p.currentPassword, {
    message: 'password.same_as_current',
    path: ['newPassword'],
  });
export type PasswordChangeInput = z.output<typeof passwordChangeSchema>;

/** How long a training device stays signed in: the longest training, 3 weeks. */
export const DEVICE_SESSION_DAYS = 21;

/** The name a staff member gives a training device ("Tablet kelas Belitung"). */
export const deviceNameSchema = text(60, 2);

/**
 * Staff sign-in; the policy is not checked here so old passwords still work. With a device name
 * the session is a training device's: it lasts {@link DEVICE_SESSION_DAYS} days, offline too,
 * and the admin sees and revokes it on the staff-user screen.
 */
export const loginSchema = z.strictObject({
  email: emailSchema,
  password: safeString().min(1).max(PASSWORD_POLICY.maxLength),
  deviceName: optional(deviceNameSchema),
});
export type LoginInput = z.output<typeof loginSchema>;
