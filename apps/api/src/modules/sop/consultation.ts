import { CONSTRAINTS, isCheckViolation, type Prisma } from '@blk/db';
import {
  type ConsultationInput,
  consultationRequirement,
  consultationSchema,
  noConsultationReasonSchema,
  optional,
} from '@blk/domain';
import { z } from 'zod';
import type { Context } from '../../graphql/context';
import { AppError, forbidden, notFound } from '../../graphql/errors';
import { isUuid, validated } from '../../graphql/validate';
import { attachBeritaAcara } from '../attachments/attach-upload';
import { recordAudit } from '../audit/audit';
import { roleCan } from '../auth/capabilities';
import { dateColumn } from '../shared/date-column';

type Tx = Prisma.TransactionClient;

/** The draft a consultation is held on: an SOP version or a service-standard version. */
export type ConsultationTarget =
  | { kind: 'sop'; id: string }
  | { kind: 'serviceStandard'; id: string };

const uploadId = optional(z.string().trim().max(64));

/** A consultation as the API takes it: the shared domain schema and the berita acara upload. */
export const consultationRecordSchema = consultationSchema.extend({
  beritaAcaraUploadId: uploadId,
});
export type ConsultationRecord = z.output<typeof consultationRecordSchema>;

/** The draft's capability: SOP drafts are the draftSop roles', standards manageServiceStandard's. */
export const TARGET_CAPABILITY = {
  sop: 'draftSop',
  serviceStandard: 'manageServiceStandard',
} as const;

/** Refuses a staff member whose role does not edit this kind of draft. */
function assertMayEdit(ctx: Context, target: ConsultationTarget) {
  if (ctx.viewer.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  if (!roleCan(ctx.viewer.user.roleKey, TARGET_CAPABILITY[target.kind]))
    throw forbidden(`${ctx.viewer.user.roleKey} does not edit ${target.kind} drafts`);
}

const consultationOn = (target: ConsultationTarget) =>
  target.kind === 'sop' ? { sopVersionId: target.id } : { serviceStandardVersionId: target.id };

/**
 * Locks the draft's row (FOR NO KEY UPDATE, as an UPDATE of it would) and checks it is still a
 * draft. Every change to its consultations and the submission take this lock first (the database
 * trigger `PublicConsultation_draft_only` does too), so a submission never counts consultations
 * that are being removed. Reading it this way leaves `updatedAt` alone: the SOP editor's
 * optimistic check on the draft's content is not disturbed by a consultation.
 */
async function lockDraft(tx: Tx, target: ConsultationTarget): Promise<{ updatedAt: Date }> {
  if (!isUuid(target.id)) throw notFound('draft');
  const locked: { status: string; updatedAt: Date }[] =
    target.kind === 'sop'
      ? await tx.$queryRaw`SELECT "status"::text AS "status", "updatedAt" FROM "SopVersion" WHERE "id" = ${target.id}::uuid FOR NO KEY UPDATE`
      : await tx.$queryRaw`SELECT "status"::text AS "status", "updatedAt" FROM "ServiceStandardVersion" WHERE "id" = ${target.id}::uuid FOR NO KEY UPDATE`;
  const [version] = locked;
  if (!version) throw notFound('draft');
  if (version.status !== 'draft')
    throw new AppError('TRANSITION_NOT_ALLOWED', 'consultations change only on a draft');
  return version;
}

/** The draft of a stored consultation. */
export function targetOf(c: {
  sopVersionId: string | null;
  serviceStandardVersionId: string | null;
}): ConsultationTarget {
  return c.sopVersionId
    ? { kind: 'sop', id: c.sopVersionId }
    : { kind: 'serviceStandard', id: c.serviceStandardVersionId ?? '' };
}

const rows = (input: ConsultationInput) => ({
  participants: {
    create: input.participants.map((p, position) => ({ position, ...p })),
  },
  inputs: {
    create: input.inputs.map((i, position) => ({
      position,
      input: i.input,
      decision: i.decision,
      reason: i.reason ?? null,
    })),
  },
});

const auditData = (input: ConsultationRecord) => ({
  heldOn: input.heldOn,
  place: input.place,
  participants: input.participants.length,
  inputs: input.inputs.length,
  beritaAcara: Boolean(input.beritaAcaraUploadId),
});

/** A consultation refused by the database because its draft moved on meanwhile. */
function draftMovedOn(error: unknown): never {
  if (isCheckViolation(error, CONSTRAINTS.consultationDraftOnly))
    throw new AppError('TRANSITION_NOT_ALLOWED', 'consultations change only on a draft');
  throw error;
}

/** Deletes replaced berita acara bytes once the change that replaced them is committed. */
async function deleteReplaced(ctx: Context, key: string | null) {
  if (key) await ctx.attachments().delete(key);
}

/** Records a public consultation on a draft, with its berita acara when one was uploaded. */
export async function recordConsultation(
  ctx: Context,
  target: ConsultationTarget,
  input: ConsultationRecord,
  staffId: string,
) {
  assertMayEdit(ctx, target);
  return ctx.prisma
    .$transaction(async (tx) => {
      await lockDraft(tx, target);
      const consultation = await tx.publicConsultation.create({
        data: {
          ...consultationOn(target),
          heldOn: dateColumn(input.heldOn),
          place: input.place,
          createdById: staffId,
          createdAt: ctx.now(),
          ...rows(input),
        },
      });
      if (input.beritaAcaraUploadId)
        await attachBeritaAcara(tx, ctx.attachments(), ctx, {
          consultationId: consultation.id,
          uploadId: input.beritaAcaraUploadId,
          uploadedById: staffId,
          field: 'beritaAcaraUploadId',
        });
      await recordAudit(tx, ctx, {
        action: 'consultation.record',
        entityType: 'PublicConsultation',
        entityId: consultation.id,
        data: { target: target.kind, draftId: target.id, ...auditData(input) },
      });
      return consultation;
    })
    .catch(draftMovedOn);
}

/**
 * A recorded consultation that this staff member may change: its draft is locked for the rest of
 * the transaction, so the draft cannot move on meanwhile.
 */
async function consultationToChange(tx: Tx, ctx: Context, id: string) {
  const found = isUuid(id) ? await tx.publicConsultation.findUnique({ where: { id } }) : null;
  if (!found) throw notFound('consultation');
  assertMayEdit(ctx, targetOf(found));
  await lockDraft(tx, targetOf(found));
  return found;
}

/**
 * Replaces what a consultation records (date, place, participants, inputs); a new berita acara
 * upload replaces the file, none keeps it.
 */
export async function updateConsultation(
  ctx: Context,
  id: string,
  input: ConsultationRecord,
  staffId: string,
) {
  let replacedKey: string | null = null;
  const updated = await ctx.prisma
    .$transaction(async (tx) => {
      await consultationToChange(tx, ctx, id);
      await tx.consultationParticipant.deleteMany({ where: { consultationId: id } });
      await tx.consultationInput.deleteMany({ where: { consultationId: id } });
      const consultation = await tx.publicConsultation.update({
        where: { id },
        data: { heldOn: dateColumn(input.heldOn), place: input.place, ...rows(input) },
      });
      if (input.beritaAcaraUploadId) {
        ({ replacedKey } = await attachBeritaAcara(tx, ctx.attachments(), ctx, {
          consultationId: id,
          uploadId: input.beritaAcaraUploadId,
          uploadedById: staffId,
          field: 'beritaAcaraUploadId',
        }));
      }
      await recordAudit(tx, ctx, {
        action: 'consultation.update',
        entityType: 'PublicConsultation',
        entityId: id,
        data: auditData(input),
      });
      return consultation;
    })
    .catch(draftMovedOn);
  await deleteReplaced(ctx, replacedKey);
  return updated;
}

/** Removes a consultation recorded on a draft by mistake, with its berita acara. */
export async function removeConsultation(ctx: Context, id: string) {
  let removedKey: string | null = null;
  const removed = await ctx.prisma
    .$transaction(async (tx) => {
      const existing = await consultationToChange(tx, ctx, id);
      const file = await tx.beritaAcaraFile.findUnique({
        where: { consultationId: id },
        select: { storageKey: true },
      });
      removedKey = file?.storageKey ?? null;
      await tx.publicConsultation.delete({ where: { id } });
      await recordAudit(tx, ctx, {
        action: 'consultation.remove',
        entityType: 'PublicConsultation',
        entityId: id,
        data: { heldOn: existing.heldOn.toISOString().slice(0, 10), place: existing.place },
      });
      return existing;
    })
    .catch(draftMovedOn);
  await deleteReplaced(ctx, removedKey);
  return removed;
}

/**
 * Records why a draft needs no consultation (an editorial change), or clears it with null. The
 * reason is checked with the shared `noConsultationReasonSchema`; the draft's `updatedAt` stays.
 */
export async function setNoConsultationReason(
  ctx: Context,
  target: ConsultationTarget,
  reason: string | null,
) {
  const value =
    reason === null || reason.trim() === ''
      ? null
      : validated(noConsultationReasonSchema, { reason }, ctx).reason;
  assertMayEdit(ctx, target);
  await ctx.prisma.$transaction(async (tx) => {
    const { updatedAt } = await lockDraft(tx, target);
    const data = { noConsultationReason: value, updatedAt };
    if (target.kind === 'sop') await tx.sopVersion.update({ where: { id: target.id }, data });
    else await tx.serviceStandardVersion.update({ where: { id: target.id }, data });
    await recordAudit(tx, ctx, {
      action: `${target.kind === 'sop' ? 'sop' : 'service_standard'}.no_consultation_reason`,
      entityType: target.kind === 'sop' ? 'SopVersion' : 'ServiceStandardVersion',
      entityId: target.id,
      data: { reason: value },
    });
  });
}

/**
 * The submission gate (UU 25/2009 pasal 20(2)): call inside the submitting transaction AFTER the
 * draft's row was moved out of draft (which locks it), so the count sees every committed change.
 * Throws CONSULTATION_REQUIRED under the shared rule `consultationRequirement`.
 */
export async function assertConsulted(tx: Tx, target: ConsultationTarget) {
  const consultations = await tx.publicConsultation.count({ where: consultationOn(target) });
  const version =
    target.kind === 'sop'
      ? await tx.sopVersion.findUniqueOrThrow({
          where: { id: target.id },
          select: { noConsultationReason: true },
        })
      : await tx.serviceStandardVersion.findUniqueOrThrow({
          where: { id: target.id },
          select: { noConsultationReason: true },
        });
  if (consultationRequirement({ consultations, ...version }))
    throw new AppError('CONSULTATION_REQUIRED', `${target.kind} ${target.id} not consulted`);
}
