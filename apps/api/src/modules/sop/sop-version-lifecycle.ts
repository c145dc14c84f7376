import type { Prisma } from '@blk/db';
import { toJakartaDate } from '@blk/domain';
import { checkedSopDefinition, type SopDefinition } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { forgetRequestSopVersions } from '../workflow/request-filters';
import { type LocalizedSopProblem, loadRoleDirectory, sopProblems } from './sop-rendering';
import {
  auditVersionStep,
  putInForce,
  sopVersions,
  stepVersion,
  submitVersion,
  versionFor,
} from './versioned-documents';

/** The version still breaks SOP rules, so it cannot be signed; `problems` lists them. */
export class SopProblemsError extends AppError {
  constructor(readonly problems: LocalizedSopProblem[]) {
    super('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.code}`).join('; '));
  }
}

/**
 * Sends a draft for the head of office's review; refused with CONSULTATION_REQUIRED without a
 * public consultation on record or a reason none was needed.
 */
export function submitSopVersion(ctx: Context, id: string) {
  return submitVersion(ctx, sopVersions, id);
}

/**
 * Signs a submitted version (kepala dinas). A version that breaks any SOP rule is refused, and
 * the signer's name, position, NIP (from their staff account, when recorded) and the signing
 * date (WIB) go into the identity block ("Disahkan oleh").
 */
export async function approveSopVersion(
  ctx: Context,
  id: string,
  signer: { id: string; name: string; roleKey: string },
) {
  return ctx.prisma.$transaction(async (tx) => {
    const version = await versionFor(tx, sopVersions, id, 'approve');
    const problems = sopProblems(
      version.definition,
      await loadRoleDirectory(tx, ctx.lang),
      ctx.lang,
    );
    if (problems.length) throw new SopProblemsError(problems);
    const role = await tx.role.findUnique({ where: { key: signer.roleKey } });
    const { nip } = await tx.staffUser.findUniqueOrThrow({
      where: { id: signer.id },
      select: { nip: true },
    });
    const definition = checkedSopDefinition(version.definition);
    const now = ctx.now();
    const signed: SopDefinition = {
      ...definition,
      identity: {
        ...definition.identity,
        approvedBy: {
          name: signer.name,
          position: role?.name ?? signer.roleKey,
          ...(nip ? { nip } : {}),
          signedOn: toJakartaDate(now),
        },
      },
    };
    await stepVersion(tx, sopVersions, id, 'approve', {
      approvedById: signer.id,
      approvedAt: now,
      definition: signed as unknown as Prisma.InputJsonValue,
    });
    await auditVersionStep(tx, ctx, sopVersions, id, 'approve');
    return sopVersions.reload(tx, id);
  });
}

/**
 * Puts an approved version in force from now: new requests follow it, requests already
 * submitted keep the version they started under, and the previous published version is
 * superseded. The identity block gets the effective date and, from the second version in force
 * on, the revision number and date (revisi, tanggal revisi). CONFLICT_STALE_VERSION when another
 * version of the SOP was put in force at the same time.
 */
export async function publishSopVersion(ctx: Context, id: string) {
  const published = await ctx.prisma.$transaction(async (tx) => {
    const version = await versionFor(tx, sopVersions, id, 'publish');
    const now = ctx.now();
    const definition = checkedSopDefinition(version.definition);
    // Every version put in force after the first is a revision: its number counts the versions
    // of this SOP that were in force before it, and its date is today's.
    const earlier = await tx.sopVersion.count({
      where: { sopId: version.sopId, id: { not: id }, status: { in: ['published', 'superseded'] } },
    });
    const today = toJakartaDate(now);
    const superseded = await putInForce(tx, sopVersions, version, {
      effectiveAt: now,
      definition: {
        ...definition,
        identity: {
          ...definition.identity,
          effectiveOn: today,
          revision: earlier,
          ...(earlier > 0 ? { revisedOn: today } : {}),
        },
      } as unknown as Prisma.InputJsonValue,
    });
    await auditVersionStep(tx, ctx, sopVersions, id, 'publish', {
      versionNo: version.versionNo,
      superseded,
    });
    return sopVersions.reload(tx, id);
  });
  forgetRequestSopVersions(ctx.prisma);
  return published;
}
