import { CONSTRAINTS, isUniqueViolation, type Prisma } from '@blk/db';
import { optional } from '@blk/domain';
import { nextVersionNo, REQUEST_SOP_CODE, sopChangeNoteSchema } from '@blk/sop';
import { z } from 'zod';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { changeDraft, draftUnderNextNumber, sopVersions, versionFor } from './versioned-documents';

/**
 * A draft's content. The definition only has to be a JSON object here: a draft is work in
 * progress, so its problems are reported (`SopVersion.problems`) instead of refused, and approval
 * refuses a version that still has any.
 */
export const sopDraftSchema = z.strictObject({
  basedOnVersionId: optional(z.string().trim().max(64)),
  definition: z.record(z.string(), z.unknown()),
  changeNote: sopChangeNoteSchema,
});
export type SopDraftInput = z.output<typeof sopDraftSchema>;

/** Changes to a draft; absent fields stay as they are. */
export const sopDraftUpdateSchema = z.strictObject({
  definition: z.record(z.string(), z.unknown()).optional(),
  changeNote: optional(sopChangeNoteSchema),
});
export type SopDraftUpdate = z.output<typeof sopDraftUpdateSchema>;

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * Starts a new draft version of an SOP: of the SOP of `basedOnVersionId`, or of the training
 * request SOP. Its number is the next free one; a concurrent draft taking it makes us retry.
 * `sourceReviewId` links a draft started from an SOP review to it.
 */
export async function draftSopVersion(
  ctx: Context,
  input: SopDraftInput,
  staffId: string,
  options: { sourceReviewId?: string } = {},
) {
  let sopId: string;
  if (input.basedOnVersionId) {
    const base = isUuid(input.basedOnVersionId)
      ? await ctx.prisma.sopVersion.findUnique({ where: { id: input.basedOnVersionId } })
      : null;
    if (!base) invalidField(ctx, 'common.invalid_id', ['basedOnVersionId']);
    sopId = base.sopId;
  } else {
    const sop = await ctx.prisma.sopDefinition.findUnique({ where: { code: REQUEST_SOP_CODE } });
    if (!sop) throw notFound('training request SOP');
    sopId = sop.id;
  }
  // The version number race is retried; a second draft from one review is the caller's.
  const numberTaken = (error: unknown) =>
    isUniqueViolation(error) && !isUniqueViolation(error, CONSTRAINTS.draftPerReview);
  return draftUnderNextNumber(
    sopVersions,
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const last = await tx.sopVersion.aggregate({ where: { sopId }, _max: { versionNo: true } });
        const version = await tx.sopVersion.create({
          data: {
            sopId,
            versionNo: nextVersionNo(last._max.versionNo),
            status: 'draft',
            definition: json(input.definition),
            changeNote: input.changeNote,
            createdById: staffId,
            createdAt: ctx.now(),
            sourceReviewId: options.sourceReviewId ?? null,
          },
        });
        await recordAudit(tx, ctx, {
          action: 'sop.draft',
          entityType: 'SopVersion',
          entityId: version.id,
          data: {
            versionNo: version.versionNo,
            basedOnVersionId: input.basedOnVersionId ?? null,
            sourceReviewId: options.sourceReviewId ?? null,
            changeNote: input.changeNote,
          },
        });
        return version;
      }),
    numberTaken,
  );
}

/**
 * Changes a draft's definition or change note; only drafts can change. With `expectedUpdatedAt`
 * (the `updatedAt` the editor loaded), a draft someone else saved since is refused as stale.
 */
export async function updateSopDraft(
  ctx: Context,
  id: string,
  input: SopDraftUpdate,
  expectedUpdatedAt?: Date,
) {
  return ctx.prisma.$transaction(async (tx) => {
    const version = await versionFor(tx, sopVersions, id, 'edit');
    await changeDraft(
      tx,
      sopVersions,
      version,
      {
        ...(input.definition ? { definition: json(input.definition) } : {}),
        ...(input.changeNote ? { changeNote: input.changeNote } : {}),
      },
      expectedUpdatedAt,
    );
    await recordAudit(tx, ctx, {
      action: 'sop.update_draft',
      entityType: 'SopVersion',
      entityId: id,
      data: { definitionChanged: Boolean(input.definition), changeNote: input.changeNote ?? null },
    });
    return tx.sopVersion.findUniqueOrThrow({ where: { id } });
  });
}
