import { DEFAULT_IKM_WEIGHT, IKM_WEIGHTS, type IkmWeight } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { recordAudit } from '../audit/audit';

/** The OfficeSetting key of the IKM element weight. */
export const IKM_WEIGHT_KEY = 'ikm.weight';

const isWeight = (v: unknown): v is IkmWeight => (IKM_WEIGHTS as readonly unknown[]).includes(v);

/** The IKM element weight the office chose; 1/9 until the kepala dinas changes it. */
export async function ikmWeight(ctx: Pick<Context, 'prisma'>): Promise<IkmWeight> {
  const row = await ctx.prisma.officeSetting.findUnique({ where: { key: IKM_WEIGHT_KEY } });
  return isWeight(row?.value) ? row.value : DEFAULT_IKM_WEIGHT;
}

/**
 * Sets the IKM element weight every report from now on uses (past exports keep what they said),
 * recording the old and new value in the audit log in the same transaction.
 */
export async function setIkmWeight(ctx: Context, weight: IkmWeight): Promise<IkmWeight> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.officeSetting.findUnique({ where: { key: IKM_WEIGHT_KEY } });
    await tx.officeSetting.upsert({
      where: { key: IKM_WEIGHT_KEY },
      create: { key: IKM_WEIGHT_KEY, value: weight },
      update: { value: weight },
    });
    await recordAudit(tx, ctx, {
      action: 'settings.ikm_weight',
      entityType: 'OfficeSetting',
      entityId: IKM_WEIGHT_KEY,
      data: { from: isWeight(before?.value) ? before.value : DEFAULT_IKM_WEIGHT, to: weight },
    });
    return weight;
  });
}
