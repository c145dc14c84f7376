import type { PrismaClient } from '@blk/db';
import type { SopDefinition } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { type MaybePromise, settling } from '../../graphql/maybe-promise';
import { sopDefinition } from './access';

const caches = new WeakMap<PrismaClient, Map<string, () => MaybePromise<SopDefinition>>>();

/**
 * The definition of an SOP version, read and parsed once per process. A published version never
 * changes and requests only follow published ones, so rows carry the version id and never the
 * JSON; a version not yet published (still editable) is read again each time.
 */
export function sopDefinitionOf(
  ctx: Pick<Context, 'prisma'>,
  versionId: string,
): MaybePromise<SopDefinition> {
  let cache = caches.get(ctx.prisma);
  if (!cache) {
    cache = new Map();
    caches.set(ctx.prisma, cache);
  }
  const known = cache.get(versionId);
  if (known) return known();
  const versions = cache;
  const loading = ctx.prisma.sopVersion
    .findUniqueOrThrow({ where: { id: versionId }, select: { status: true, definition: true } })
    .then((v) => {
      if (v.status !== 'published' && v.status !== 'superseded') versions.delete(versionId);
      return sopDefinition(v.definition);
    });
  loading.catch(() => versions.delete(versionId));
  versions.set(versionId, settling(loading));
  return loading;
}
