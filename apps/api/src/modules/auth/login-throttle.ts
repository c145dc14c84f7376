import type { Context } from '../../graphql/context';

/**
 * Sign-in throttling. Failures are counted under three keys, all by the e-mail as typed (never
 * by whether the account exists, so unknown and real accounts are treated alike):
 * - `ip:<ip>`: every failure from one address, whatever the account (stops one address trying
 *   many accounts);
 * - `account-ip:<email>|<ip>`: one account from one address (stops guessing one password);
 * - `account:<email>`: one account from all addresses, applied only to addresses the account
 *   has not signed in from lately, so a botnet is slowed while the owner at their usual
 *   address is never locked out.
 * Past each key's free failures, the next attempt waits a delay that doubles with each further
 * failure, up to a cap; a quiet hour forgets the count. Attempts refused while waiting are not
 * counted, and the password is not even looked at (no oracle).
 */
export const LOGIN_THROTTLE = {
  perIp: { free: 10, baseMs: 15_000 },
  perAccountIp: { free: 5, baseMs: 30_000 },
  perAccount: { free: 20, baseMs: 30_000 },
  /** No delay grows beyond this. */
  maxDelayMs: 15 * 60_000,
  /** A key whose last failure is older than this starts again from zero. */
  forgetAfterMs: 60 * 60_000,
  /** Addresses of sessions started this recently count as the account's usual ones. */
  familiarForMs: 90 * 24 * 60 * 60_000,
} as const;

type Rule = { free: number; baseMs: number };

const ipKey = (ip: string) => `ip:${ip}`;
const accountIpKey = (email: string, ip: string) => `account-ip:${email}|${ip}`;
const accountKey = (email: string) => `account:${email}`;

/** The keys that apply to this attempt, with their rules. */
async function applicableKeys(ctx: Context, email: string): Promise<{ key: string; rule: Rule }[]> {
  // Same query for unknown and real accounts, so its timing says nothing.
  const familiar = await ctx.prisma.staffSession.findFirst({
    where: {
      ip: ctx.ip,
      user: { email },
      createdAt: { gte: new Date(ctx.now().getTime() - LOGIN_THROTTLE.familiarForMs) },
    },
    select: { id: true },
  });
  return [
    { key: ipKey(ctx.ip), rule: LOGIN_THROTTLE.perIp },
    { key: accountIpKey(email, ctx.ip), rule: LOGIN_THROTTLE.perAccountIp },
    ...(familiar ? [] : [{ key: accountKey(email), rule: LOGIN_THROTTLE.perAccount }]),
  ];
}

/**
 * How long this attempt must wait, in whole seconds, or 0 when it may go ahead. Also returns
 * the keys that a failure of this attempt counts under.
 */
export async function signInWait(
  ctx: Context,
  email: string,
): Promise<{ retryAfterSeconds: number; keys: { key: string; rule: Rule }[] }> {
  const keys = await applicableKeys(ctx, email);
  const rows = await ctx.prisma.loginThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) } },
  });
  const now = ctx.now().getTime();
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
  return { retryAfterSeconds: until > now ? Math.ceil((until - now) / 1000) : 0, keys };
}

/** Counts a failed sign-in under every applicable key and sets each key's next delay. */
export async function recordSignInFailure(
  ctx: Context,
  keys: { key: string; rule: Rule }[],
): Promise<void> {
  const now = ctx.now();
  const forgetBefore = new Date(now.getTime() - LOGIN_THROTTLE.forgetAfterMs);
  for (const { key, rule } of keys) {
    // One statement, so concurrent failures each count.
    const [row] = await ctx.prisma.$queryRaw<{ failures: number }[]>`
      INSERT INTO "LoginThrottle" ("key", "failures", "lastFailureAt")
      VALUES (${key}, 1, ${now}::timestamp(3))
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."lastFailureAt" < ${forgetBefore}::timestamp(3)
          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "lastFailureAt" = EXCLUDED."lastFailureAt"
      RETURNING "failures"`;
    const over = Number(row?.failures ?? 1) - rule.free;
    if (over < 0) continue;
    const delay = Math.min(LOGIN_THROTTLE.maxDelayMs, rule.baseMs * 2 ** Math.min(over, 20));
    await ctx.prisma.loginThrottle.update({
      where: { key },
      data: { blockedUntil: new Date(now.getTime() + delay) },
    });
  }
}

/** After a successful sign-in: this account from this address starts afresh. */
export async function clearAccountIpThrottle(ctx: Context, email: string): Promise<void> {
  await ctx.prisma.loginThrottle.deleteMany({ where: { key: accountIpKey(email, ctx.ip) } });
}

/** Lifts every throttle on an account (the admin's unlock); returns how many were lifted. */
export async function clearAccountThrottles(
  tx: Pick<Context['prisma'], 'loginThrottle'>,
  email: string,
): Promise<number> {
  const { count } = await tx.loginThrottle.deleteMany({
    where: {
      OR: [{ key: accountKey(email) }, { key: { startsWith: `account-ip:${email}|` } }],
    },
  });
  return count;
}
