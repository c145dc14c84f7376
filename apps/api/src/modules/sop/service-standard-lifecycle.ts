import type { Prisma } from '@blk/db';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { assertConsulted } from './consultation';
import { assertMovedOne, versionAtStatus } from './version-status';

type Tx = Prisma.TransactionClient;
type Status = 'draft' | 'submitted' | 'approved';

async function standardAt(tx: Tx, id: string, expected: Status) {
  const version = isUuid(id) ? await tx.serviceStandardVersion.findUnique({ where: { id } }) : null;
  return versionAtStatus(version, expected, 'service standard version');
}

/** Moves the version on only if nobody moved it first. */
async function move(
  tx: Tx,
  id: string,
  from: Status,
  data: Prisma.ServiceStandardVersionUncheckedUpdateManyInput,
) {
  assertMovedOne(await tx.serviceStandardVersion.updateMany({ where: { id, status: from }, data }));
}

/**
 * Sends a draft for review; refused with CONSULTATION_REQUIRED unless a public consultation is
 * on record (UU 25/2009 pasal 20(2)) or the reason none was needed.
 */
export async function submitServiceStandard(ctx: Context, id: string) {
  return ctx.prisma.$transaction(async (tx) => {
    await standardAt(tx, id, 'draft');
    await move(tx, id, 'draft', { status: 'submitted' });
    // After the move, which locked the row: see assertConsulted.
    await assertConsulted(tx, { kind: 'serviceStandard', id });
    await recordAudit(tx, ctx, {
      action: 'service_standard.submit',
      entityType: 'ServiceStandardVersion',
      entityId: id,
    });
    return tx.serviceStandardVersion.findUniqueOrThrow({ where: { id } });
  });
}

/** The head of office signs the standard and its Maklumat Pelayanan. */
export async function approveServiceStandard(ctx: Context, id: string, signerId: string) {
  return ctx.prisma.$transaction(async (tx) => {
    await standardAt(tx, id, 'submitted');
    await move(tx, id, 'submitted', {
      status: 'approved',
      approvedById: signerId,
      approvedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'service_standard.approve',
      entityType: 'ServiceStandardVersion',
      entityId: id,
    });
    return tx.serviceStandardVersion.findUniqueOrThrow({ where: { id } });
  });
}

/**
 * Publishes a signed standard: it becomes the public promise and the previous one is superseded.
 * Its SOP version must be the one in force, so the promised jangka waktu is the rule applied.
 */
export async function publishServiceStandard(ctx: Context, id: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const version = await standardAt(tx, id, 'approved');
    const sop = await tx.sopVersion.findUniqueOrThrow({ where: { id: version.sopVersionId } });
    if (sop.status !== 'published')
      throw new AppError('TRANSITION_NOT_ALLOWED', 'its SOP version is not in force');
    const now = ctx.now();
    const previous = await tx.serviceStandardVersion.findMany({
      where: { status: 'published' },
      select: { id: true, versionNo: true },
    });
    await tx.serviceStandardVersion.updateMany({
      where: { id: { in: previous.map((p) => p.id) }, status: 'published' },
      data: { status: 'superseded' },
    });
    await move(tx, id, 'approved', { status: 'published', effectiveAt: now, publishedAt: now });
    await recordAudit(tx, ctx, {
      action: 'service_standard.publish',
      entityType: 'ServiceStandardVersion',
      entityId: id,
      data: { versionNo: version.versionNo, superseded: previous.map((p) => p.versionNo) },
    });
    return tx.serviceStandardVersion.findUniqueOrThrow({ where: { id } });
  });
}
