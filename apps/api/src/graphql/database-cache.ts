import type { PrismaClient } from '@blk/db';

/** A value read from a database, kept per process for a while (see {@link databaseCache}). */
export interface DatabaseCache<T> {
  /** The cached value, loaded again once `ttlMs` has passed or after {@link forget}. */
  get(prisma: PrismaClient): Promise<T>;
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
  const entries = new WeakMap<PrismaClient, { value: Promise<T>; at: number }>();
  return {
    get(prisma) {
      const known = entries.get(prisma);
      if (known && Date.now() - known.at < ttlMs) return known.value;
      const entry = { value: load(prisma), at: Date.now() };
      entries.set(prisma, entry);
      entry.value.catch(() => {
        if (entries.get(prisma) === entry) entries.delete(prisma);
      });
      return entry.value;
    },
    forget(prisma) {
      entries.delete(prisma);
    },
  };
}
