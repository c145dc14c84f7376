import type { Prisma } from '@blk/db';
import { complaintResponseDaysSchema, optional, serviceStandardSchema } from '@blk/domain';
import { nextVersionNo, REQUEST_SOP_CODE } from '@blk/sop';
import { z } from 'zod';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import {
  changeDraft,
  draftUnderNextNumber,
  serviceStandardVersions,
  versionFor,
} from './versioned-documents';

const responseDays = complaintResponseDaysSchema;
const versionId = z.string().trim().max(64);

/**
 * A service standard draft: the 14 components and the Maklumat (shared domain schema), the SOP
 * version whose time standards give the published jangka waktu, and the complaint answer time.
 */
export const serviceStandardDraftSchema = serviceStandardSchema.extend({
  sopVersionId: optional(versionId),
  complaintResponseDays: responseDays,
});
export type ServiceStandardDraft = z.output<typeof serviceStandardDraftSchema>;

/** Changes to a draft; absent fields stay as they are. */
export const serviceStandardUpdateSchema = serviceStandardSchema.partial().extend({
  sopVersionId: optional(versionId),
  complaintResponseDays: responseDays.optional(),
});
export type ServiceStandardUpdate = z.output<typeof serviceStandardUpdateSchema>;

type Tx = Prisma.TransactionClient;

/** The SOP version a standard may rest on: one signed (approved) or in force. */
async function linkableSop(ctx: Context, tx: Tx, id: string | undefined) {
  if (id === undefined) {
    const inForce = await tx.sopVersion.findFirst({
      where: { status: 'published', sop: { code: REQUEST_SOP_CODE } },
      orderBy: { versionNo: 'desc' },
    });
    if (!inForce) throw notFound('published SOP version');
    return inForce.id;
  }
  const version = isUuid(id) ? await tx.sopVersion.findUnique({ where: { id } }) : null;
  if (!version || (version.status !== 'approved' && version.status !== 'published'))
    invalidField(ctx, 'common.invalid_id', ['sopVersionId']);
  return version.id;
}

/** Starts a new draft; its number is the next free one (a concurrent draft makes us retry). */
export async function draftServiceStandard(
  ctx: Context,
  input: ServiceStandardDraft,
  staffId: string,
) {
  return draftUnderNextNumber(serviceStandardVersions, () =>
    ctx.prisma.$transaction(async (tx) => {
      const sopVersionId = await linkableSop(ctx, tx, input.sopVersionId);
      const last = await tx.serviceStandardVersion.aggregate({ _max: { versionNo: true } });
      const version = await tx.serviceStandardVersion.create({
        data: {
          versionNo: nextVersionNo(last._max.versionNo),
          status: 'draft',
          components: input.components,
          maklumat: input.maklumat,
          sopVersionId,
          complaintResponseDays: input.complaintResponseDays,
          createdById: staffId,
          createdAt: ctx.now(),
        },
      });
      await recordAudit(tx, ctx, {
        action: 'service_standard.draft',
        entityType: 'ServiceStandardVersion',
        entityId: version.id,
        data: { versionNo: version.versionNo, sopVersionId },
      });
      return version;
    }),
  );
}

/**
 * Changes a draft; only drafts can change. With `expectedUpdatedAt` (the `updatedAt` the editor
 * loaded), a draft someone else saved since is refused as stale.
 */
export async function updateServiceStandardDraft(
  ctx: Context,
  id: string,
  input: ServiceStandardUpdate,
  expectedUpdatedAt?: Date,
) {
  return ctx.prisma.$transaction(async (tx) => {
    const version = await versionFor(tx, serviceStandardVersions, id, 'edit');
    const sopVersionId =
      input.sopVersionId === undefined ? undefined : await linkableSop(ctx, tx, input.sopVersionId);
    await changeDraft(
      tx,
      serviceStandardVersions,
      version,
      {
        ...(input.components ? { components: input.components } : {}),
        ...(input.maklumat ? { maklumat: input.maklumat } : {}),
        ...(sopVersionId ? { sopVersionId } : {}),
        ...(input.complaintResponseDays
          ? { complaintResponseDays: input.complaintResponseDays }
          : {}),
      },
      expectedUpdatedAt,
    );
    await recordAudit(tx, ctx, {
      action: 'service_standard.update_draft',
      entityType: 'ServiceStandardVersion',
      entityId: id,
      data: { fields: Object.keys(input) },
    });
    return tx.serviceStandardVersion.findUniqueOrThrow({ where: { id } });
  });
}
