import type { PrismaClient } from '@blk/db';
import { type MaybePromise, settling } from './maybe-promise';

/** A value read from a database, kept per process for a while (see {@link databaseCache}). */
export interface DatabaseCache<T> {
  /**
   * The cached value (itself once loaded, a promise while loading), loaded again once `ttlMs`
   * has passed or after {@link forget}.
   */
  get(prisma: PrismaClient): MaybePromise<T>;
  /** Drops the value after this process changed what it was read from. */
  forget(prisma: PrismaClient): void;
}

/**
 * Reference data read once per database and process: a change made through this process clears
 * it at once (`forget`), another API process sees it within `ttlMs`. A failed load is not kept.
 */
export function databaseCache<T>(
  load: (prisma: PrismaClient) => Promise<T>,
  ttlMs: number,
): DatabaseCache<T> {
  const entries = new WeakMap<PrismaClient, { value: () => MaybePromise<T>; at: number }>();
  return {
    get(prisma) {
      const known = entries.get(prisma);
      if (known && Date.now() - known.at < ttlMs) return known.value();
      const loading = load(prisma);
      const entry = { value: settling(loading), at: Date.now() };
      entries.set(prisma, entry);
      loading.catch(() => {
        if (entries.get(prisma) === entry) entries.delete(prisma);
      });
      return loading;
    },
    forget(prisma) {
      entries.delete(prisma);
    },
  };
}
