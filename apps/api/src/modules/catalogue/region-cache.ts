import type { Region } from '@blk/db';
import type { Context } from '../../graphql/context';
import { databaseCache } from '../../graphql/database-cache';
import { type MaybePromise, whenReady } from '../../graphql/maybe-promise';

/**
 * Every region by its code, read once per process: the Kemendagri codes are reference data that
 * only the seed and migrations write (about 450 rows for the province), so a request's village,
 * kecamatan and kabupaten come from here instead of three joins per listed row. Read again after
 * ten minutes, so a re-seeded database is seen without a restart.
 */
const regions = databaseCache(
  async (prisma) => new Map((await prisma.region.findMany()).map((r) => [r.code, r])),
  10 * 60_000,
);

/**
 * The region with this code, `levelsUp` parents above it (0: itself); null past the top. A code
 * the cached table lacks (a region written since it was read: a re-seed) reads the table again.
 */
export function regionAbove(
  ctx: Pick<Context, 'prisma'>,
  code: string,
  levelsUp: number,
): MaybePromise<Region | null> {
  const walk = (byCode: Map<string, Region>) => {
    let region = byCode.get(code) ?? null;
    for (let i = 0; i < levelsUp && region; i++)
      region = region.parentCode ? (byCode.get(region.parentCode) ?? null) : null;
    return region;
  };
  const known = regions.get(ctx.prisma);
  if (known instanceof Promise || known.has(code)) return whenReady(known, walk);
  regions.forget(ctx.prisma);
  return Promise.resolve(regions.get(ctx.prisma)).then(walk);
}
