import type { PrismaClient } from '@blk/db';
import { describe, expect, it } from 'vitest';
import { databaseCache } from './database-cache';
import { whenBothReady, whenReady } from './maybe-promise';

const prisma = {} as PrismaClient;

describe('databaseCache', () => {
  it('answers with a promise while loading, then with the value itself until forgotten', async () => {
    let loads = 0;
    const cache = databaseCache(async () => ++loads, 60_000);
    const first = cache.get(prisma);
    expect(first).toBeInstanceOf(Promise);
    expect(cache.get(prisma)).toBe(first);
    expect(await first).toBe(1);
    expect(cache.get(prisma)).toBe(1);
    cache.forget(prisma);
    expect(await cache.get(prisma)).toBe(2);
    expect(cache.get(prisma)).toBe(2);
  });

  it('keeps no failed load', async () => {
    let fail = true;
    const cache = databaseCache(async () => {
      if (fail) throw new Error('down');
      return 'up';
    }, 60_000);
    await expect(cache.get(prisma)).rejects.toThrow('down');
    fail = false;
    expect(await cache.get(prisma)).toBe('up');
    expect(cache.get(prisma)).toBe('up');
  });

  it('loads again once its time has passed', async () => {
    let loads = 0;
    const cache = databaseCache(async () => ++loads, 0);
    expect(await cache.get(prisma)).toBe(1);
    expect(await cache.get(prisma)).toBe(2);
  });
});

describe('whenReady', () => {
  it('applies at once to a value at hand and later to a promise', async () => {
    expect(whenReady(2, (n) => n * 3)).toBe(6);
    const later = whenReady(Promise.resolve(2), (n) => n * 3);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(6);
    expect(whenBothReady(2, 5, (a, b) => a + b)).toBe(7);
    expect(await whenBothReady(2, Promise.resolve(5), (a, b) => a + b)).toBe(7);
  });
});
