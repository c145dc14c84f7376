import { verifyPassword } from '@blk/db';
import type { LoginInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { createSession } from './sessions';

/** Failed attempts before an account is locked, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/** A password hash to compare against for unknown e-mails, so timing does not reveal accounts. */
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Signs a staff member in: checks the password (scrypt), locks the account for 15 minutes after
 * five failures in a row, and starts a session whose token is set as an httpOnly cookie.
 */
export async function login(ctx: Context, input: LoginInput) {
  const now = ctx.now();
  const user = await ctx.prisma.staffUser.findUnique({ where: { email: input.email } });
  if (user?.lockedUntil && user.lockedUntil > now)
    throw new AppError('ACCOUNT_LOCKED', undefined, {
      lockedUntil: user.lockedUntil.toISOString(),
    });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active) {
    if (user) {
      const failed = user.failedLoginCount + 1;
      await ctx.prisma.staffUser.update({
        where: { id: user.id },
        data:
          failed >= MAX_FAILED_LOGINS
            ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) }
            : { failedLoginCount: failed },
      });
    }
    throw new AppError('INVALID_CREDENTIALS');
  }
  await ctx.prisma.staffUser.update({
    where: { id: user.id },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
  });
  const session = await createSession(
    ctx.db,
    user.id,
    { ip: ctx.ip, userAgent: ctx.userAgent },
    now,
  );
  ctx.setSessionCookie(session.token, session.expiresAt);
  return user;
}

/** Ends the caller's session and clears the cookie. */
export async function logout(ctx: Context): Promise<boolean> {
  if (ctx.viewer.kind === 'staff') {
    await ctx.prisma.staffSession.update({
      where: { id: ctx.viewer.sessionId },
      data: { revokedAt: ctx.now() },
    });
  }
  ctx.setSessionCookie(null);
  return true;
}
