import type { KejuruanInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { recordAudit } from '../audit/audit';
import { failIfDuplicate } from '../shared/unique-violation';
import { forgetCatalogue } from './catalogue-cache';

/** Adds a kejuruan; a taken code is ALREADY_EXISTS. */
export function createKejuruan(ctx: Context, input: KejuruanInput) {
  return failIfDuplicate(() =>
    ctx.prisma.$transaction(async (tx) => {
      const kejuruan = await tx.kejuruan.create({ data: input });
      await recordAudit(tx, ctx, {
        action: 'kejuruan.create',
        entityType: 'Kejuruan',
        entityId: kejuruan.code,
        data: input,
      });
      return kejuruan;
    }),
  ).finally(() => forgetCatalogue(ctx.prisma));
}

/** Renames a kejuruan; its code is referenced by programs and does not change. */
export function renameKejuruan(ctx: Context, input: KejuruanInput) {
  return ctx.prisma
    .$transaction(async (tx) => {
      const existing = await tx.kejuruan.findUnique({ where: { code: input.code } });
      if (!existing) throw notFound('kejuruan');
      const kejuruan = await tx.kejuruan.update({
        where: { code: input.code },
        data: { name: input.name },
      });
      await recordAudit(tx, ctx, {
        action: 'kejuruan.update',
        entityType: 'Kejuruan',
        entityId: input.code,
        data: { name: input.name, previousName: existing.name },
      });
      return kejuruan;
    })
    .finally(() => forgetCatalogue(ctx.prisma));
}
