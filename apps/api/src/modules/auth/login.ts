import { verifyPassword } from '@blk/db';
import type { LoginInput } from '@blk/domain';
import type { Context, Viewer } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { recordAudit } from '../audit/audit';
import { clearAccountIpThrottle, recordSignInFailure, signInWait } from './login-throttle';
import { createSession } from './sessions';

/** The viewer a freshly signed-in user acts as (for the audit row of their own sign-in). */
function staffViewer(
  user: { id: string; email: string; name: string; roleKey: string; instructorId: string | null },
  sessionId: string,
): Viewer {
  const { id, email, name, roleKey, instructorId } = user;
  return { kind: 'staff', sessionId, user: { id, email, name, roleKey, instructorId } };
}

/**
 * A password hash with the same scrypt cost as real ones. It is checked when the account is
 * unknown or the attempt is throttled, so every refusal costs the same time as a wrong password.
 */
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Signs a staff member in: checks the password (scrypt) and starts a session whose token is set
 * as an httpOnly cookie. Unknown accounts, wrong passwords and inactive accounts all answer
 * INVALID_CREDENTIALS; throttled attempts (see login-throttle.ts) answer RATE_LIMITED with
 * `retryAfterSeconds`, for real and unknown accounts alike, and take as long as the others.
 */
export async function login(ctx: Context, input: LoginInput) {
  const now = ctx.now();
  const [user, wait] = await Promise.all([
    ctx.prisma.staffUser.findUnique({ where: { email: input.email } }),
    signInWait(ctx, input.email),
  ]);
  const throttled = wait.retryAfterSeconds > 0;
  const ok = await verifyPassword(
    input.password,
    user && !throttled ? user.passwordHash : DUMMY_HASH,
  );
  if (throttled)
    throw new AppError('RATE_LIMITED', 'sign-in throttled', {
      retryAfterSeconds: wait.retryAfterSeconds,
    });
  if (!user || !ok || !user.active) {
    await recordSignInFailure(ctx, wait.keys);
    throw new AppError('INVALID_CREDENTIALS');
  }
  await clearAccountIpThrottle(ctx, input.email);
  await ctx.prisma.staffUser.update({
    where: { id: user.id },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
  });
  const meta = { ip: ctx.ip, userAgent: ctx.userAgent };
  const session =
    input.deviceName === undefined
      ? await createSession(ctx.prisma, user.id, meta, now)
      : await ctx.prisma.$transaction(async (tx) => {
          // A training device is listed and revocable on the staff-user screen, and its sign-in
          // is audited under the account that opened it.
          const started = await createSession(
            tx,
            user.id,
            { ...meta, deviceName: input.deviceName },
            now,
          );
          await recordAudit(
            tx,
            { viewer: staffViewer(user, started.sessionId), now: ctx.now },
            {
              action: 'staff_session.device_sign_in',
              entityType: 'StaffSession',
              entityId: started.sessionId,
              data: {
                deviceName: input.deviceName ?? null,
                expiresAt: started.expiresAt.toISOString(),
              },
            },
          );
          return started;
        });
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
