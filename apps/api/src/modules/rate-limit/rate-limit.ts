import { Prisma } from '@blk/db';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';

/** At most `limit` calls per fixed window of `windowMs` milliseconds. */
export interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Limits of the public operations. Generous per IP because village offices and mobile carriers
 * (CGNAT) put many honest people behind one address; the per-code limit stops a distributed
 * guess of one request's token or phone.
 */
export const RATE_LIMITS = {
  /** Tracking, cancelling or surveying a request, or tracking a complaint, per client IP. */
  lookupPerIp: { limit: 20, windowMs: 10 * MINUTE },
  /**
   * Failed lookups per tracking code, whoever asks. Past it the guessable proof (the phone) is
   * refused for the rest of the window; the unguessable access token always passes.
   */
  lookupPerCode: { limit: 30, windowMs: 10 * MINUTE },
  /** New training requests per client IP. */
  submissionPerIp: { limit: 20, windowMs: HOUR },
  /** New complaints, suggestions and questions per client IP. */
  feedbackPerIp: { limit: 10, windowMs: HOUR },
} as const satisfies Record<string, RateLimit>;

/** About one call in this many also deletes buckets whose window ended long ago. */
const PRUNE_EVERY = 100;

/**
 * Counts one call against `key` (e.g. `track:ip:10.0.0.1`) and throws RATE_LIMITED, with
 * `retryAfterSeconds`, once the window's limit is exceeded. The counter lives in the database
 * and is incremented in one statement, so concurrent calls and several API processes share it
 * exactly. Windows are aligned to multiples of `windowMs`; a key must always be used with the
 * same limit. Returns the calls left in the window.
 */
export async function consume(
  ctx: Pick<Context, 'prisma' | 'now'>,
  key: string,
  limit: RateLimit,
): Promise<{ remaining: number }> {
  const { remaining } = await consumeWith(ctx, key, limit, Prisma.sql`SELECT "count" FROM counted`);
  return { remaining };
}

/**
 * {@link consume} with a read in the same statement, to save the round trip of a separate query:
 * `select` reads the counted row from the CTE `counted` (its `"count"` column) and gives exactly
 * one row. The count is checked before the row is returned, so a refused call sees nothing of
 * what was read.
 */
export async function consumeWith<Row extends object>(
  ctx: Pick<Context, 'prisma' | 'now'>,
  key: string,
  { limit, windowMs }: RateLimit,
  select: Prisma.Sql,
): Promise<{ row: Row; remaining: number }> {
  if (windowMs <= 0 || windowMs > DAY) throw new RangeError(`window must be 1 ms..1 day`);
  const now = ctx.now().getTime();
  const windowStart = new Date(now - (now % windowMs));
  // A row left from an earlier window restarts at 1; GREATEST keeps a newer window that a
  // process with a slightly faster clock already opened.
  const rows = await ctx.prisma.$queryRaw<(Row & { count: number })[]>`
    WITH counted AS (
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
      VALUES (${key}, ${windowStart}::timestamp(3), 1)
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE
          WHEN "RateLimitBucket"."windowStart" >= EXCLUDED."windowStart"
          THEN "RateLimitBucket"."count" + 1
          ELSE 1
        END,
        "windowStart" = GREATEST("RateLimitBucket"."windowStart", EXCLUDED."windowStart")
      RETURNING "count"
    )
    ${select}`;
  const row = rows[0];
  if (!row) throw new Error(`the read counted against ${key} returned no row`);
  const count = Number(row.count);
  if (Math.random() * PRUNE_EVERY < 1) {
    await ctx.prisma.rateLimitBucket.deleteMany({
      where: { windowStart: { lt: new Date(now - DAY) } },
    });
  }
  if (count > limit) {
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((windowStart.getTime() + windowMs - now) / 1000),
    );
    throw new AppError('RATE_LIMITED', `rate limit ${limit}/${windowMs}ms exceeded for ${key}`, {
      retryAfterSeconds,
    });
  }
  return { row, remaining: limit - count };
}

/**
 * Throws RATE_LIMITED when `key` has already used up its limit in the current window, without
 * counting this call (for limits that count only failures).
 */
export async function assertNotExhausted(
  ctx: Pick<Context, 'prisma' | 'now'>,
  key: string,
  { limit, windowMs }: RateLimit,
): Promise<void> {
  const now = ctx.now().getTime();
  const windowStart = new Date(now - (now % windowMs));
  const bucket = await ctx.prisma.rateLimitBucket.findUnique({ where: { key } });
  if (!bucket || bucket.windowStart < windowStart || bucket.count < limit) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
  throw new AppError('RATE_LIMITED', `rate limit ${limit}/${windowMs}ms used up for ${key}`, {
    retryAfterSeconds,
  });
}
