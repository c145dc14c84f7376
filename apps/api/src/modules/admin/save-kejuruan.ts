import { text } from '@blk/domain';
import { z } from 'zod';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { recordAudit } from '../audit/audit';
import { failIfDuplicate } from './unique-violation';

/**
 * A kejuruan (vocational field) as an admin enters it. packages/domain has no schema for this
 * reference table yet, so it is built here from the domain's field rules and messages.
 */
export const kejuruanSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,10}$/, 'programme.invalid_code'),
  name: text(100, 2),
});
export type KejuruanInput = z.output<typeof kejuruanSchema>;

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
  );
}

/** Renames a kejuruan; its code is referenced by programmes and does not change. */
export function renameKejuruan(ctx: Context, input: KejuruanInput) {
  return ctx.prisma.$transaction(async (tx) => {
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
  });
}
