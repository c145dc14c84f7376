import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import {
  auditVersionStep,
  putInForce,
  serviceStandardVersions,
  stepVersion,
  submitVersion,
  versionFor,
} from './versioned-documents';

/**
 * Sends a draft for review; refused with CONSULTATION_REQUIRED unless a public consultation is
 * on record (UU 25/2009 pasal 20(2)) or the reason none was needed.
 */
export function submitServiceStandard(ctx: Context, id: string) {
  return submitVersion(ctx, serviceStandardVersions, id);
}

/** The head of office signs the standard and its Maklumat Pelayanan. */
export async function approveServiceStandard(ctx: Context, id: string, signerId: string) {
  return ctx.prisma.$transaction(async (tx) => {
    await versionFor(tx, serviceStandardVersions, id, 'approve');
    await stepVersion(tx, serviceStandardVersions, id, 'approve', {
      approvedById: signerId,
      approvedAt: ctx.now(),
    });
    await auditVersionStep(tx, ctx, serviceStandardVersions, id, 'approve');
    return serviceStandardVersions.reload(tx, id);
  });
}

/**
 * Publishes a signed standard: it becomes the public promise and the previous one is superseded.
 * Its SOP version must be the one in force, so the promised jangka waktu is the rule applied.
 * CONFLICT_STALE_VERSION when another standard was published at the same time.
 */
export async function publishServiceStandard(ctx: Context, id: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const version = await versionFor(tx, serviceStandardVersions, id, 'publish');
    const sop = await tx.sopVersion.findUniqueOrThrow({ where: { id: version.sopVersionId } });
    if (sop.status !== 'published')
      throw new AppError('TRANSITION_NOT_ALLOWED', 'its SOP version is not in force');
    const now = ctx.now();
    const superseded = await putInForce(tx, serviceStandardVersions, version, {
      effectiveAt: now,
      publishedAt: now,
    });
    await auditVersionStep(tx, ctx, serviceStandardVersions, id, 'publish', {
      versionNo: version.versionNo,
      superseded,
    });
    return serviceStandardVersions.reload(tx, id);
  });
}
