import { type Database, Prisma } from '@blk/db';
import { createTestDatabase, testDatabaseKinds } from '@blk/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { consume, consumeWith } from './rate-limit';

describe.each(testDatabaseKinds())('the database rate limiter on %s', (kind) => {
  let db: Database;
  let clock = new Date('2026-11-30T03:00:00Z');
  const ctx = () => createContext(db, { now: () => clock });
  const limit = { limit: 3, windowMs: 60_000 };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('allows the limit, then refuses with the seconds left in the window', async () => {
    clock = new Date('2026-11-30T03:00:15Z');
    const left = [];
    for (let i = 0; i < 3; i++) left.push((await consume(ctx(), 'a', limit)).remaining);
    expect(left).toEqual([2, 1, 0]);
    const error = await consume(ctx(), 'a', limit).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('RATE_LIMITED');
    expect((error as AppError).extra).toEqual({ retryAfterSeconds: 45 });
    // Other keys have their own counters.
    expect((await consume(ctx(), 'b', limit)).remaining).toBe(2);
  });

  it('starts a new count in the next window and stores the window in UTC', async () => {
    clock = new Date('2026-11-30T03:01:05Z');
    expect((await consume(ctx(), 'a', limit)).remaining).toBe(2);
    const bucket = await db.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: 'a' } });
    expect(bucket.windowStart.toISOString()).toBe('2026-11-30T03:01:00.000Z');
    expect(bucket.count).toBe(1);
  });

  it('counts concurrent calls exactly', async () => {
    clock = new Date('2026-11-30T04:00:00Z');
    const wide = { limit: 15, windowMs: 60_000 };
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => consume(ctx(), 'burst', wide)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(15);
    expect(
      results.filter((r) => r.status === 'rejected' && r.reason.code === 'RATE_LIMITED'),
    ).toHaveLength(5);
    const bucket = await db.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: 'burst' } });
    expect(bucket.count).toBe(20);
  });

  it('keeps counting when a process with a slower clock reports an older window', async () => {
    clock = new Date('2026-11-30T05:00:30Z');
    await consume(ctx(), 'skew', limit);
    clock = new Date('2026-11-30T04:59:59Z');
    await consume(ctx(), 'skew', limit);
    const bucket = await db.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: 'skew' } });
    expect([bucket.count, bucket.windowStart.toISOString()]).toEqual([
      2,
      '2026-11-30T05:00:00.000Z',
    ]);
  });

  it('reads in the same statement, counts concurrent reads exactly, and refuses past the limit', async () => {
    clock = new Date('2026-11-30T06:00:00Z');
    const wide = { limit: 15, windowMs: 60_000 };
    const read = () =>
      consumeWith<{ word: string }>(
        ctx(),
        'with-read',
        wide,
        Prisma.sql`SELECT counted."count", ${'seen'}::text AS "word" FROM counted`,
      );
    const results = await Promise.allSettled(Array.from({ length: 20 }, read));
    const served = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(served.map((r) => r.row.word)).toEqual(Array(15).fill('seen'));
    expect(served.map((r) => r.remaining).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 15 }, (_, i) => i),
    );
    expect(
      results.filter((r) => r.status === 'rejected' && r.reason.code === 'RATE_LIMITED'),
    ).toHaveLength(5);
    const bucket = await db.prisma.rateLimitBucket.findUniqueOrThrow({
      where: { key: 'with-read' },
    });
    expect(bucket.count).toBe(20);
  });

  it('refuses windows it cannot prune safely', async () => {
    await expect(consume(ctx(), 'x', { limit: 1, windowMs: 2 * 86_400_000 })).rejects.toThrow(
      RangeError,
    );
  });
});
