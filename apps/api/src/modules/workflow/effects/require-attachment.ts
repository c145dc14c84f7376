import { randomUUID } from 'node:crypto';
import { effectOf, type SopEffect } from '@blk/sop';
import type { Context } from '../../../graphql/context';
import { attachUpload } from '../../attachments/attach-upload';
import type { AttachmentKind } from '../../attachments/attachment-kinds';
import { staffOf } from '../access';
import type { Db } from './effect-request';

/** Uploads a `requireAttachment` effect files, with the attachment ids the event records. */
export interface PlannedAttachments {
  /** The event inputs with attachment ids in place of the upload ids. */
  inputs: Record<string, unknown>;
  uploads: { id: string; uploadId: string; kind: AttachmentKind; input: string }[];
}

/**
 * Plans the `requireAttachment` effect of a staff action: each upload id of the file input gets
 * the id of the attachment it becomes, so the event (written first, under the version check)
 * names the attachments rather than the short-lived uploads.
 */
export function planAttachments(
  effects: readonly SopEffect[],
  inputs: Readonly<Record<string, unknown>>,
): PlannedAttachments {
  const effect = effectOf(effects, 'requireAttachment');
  const given = effect ? inputs[effect.input] : undefined;
  if (!effect || given === undefined) return { inputs: { ...inputs }, uploads: [] };
  const uploads = (Array.isArray(given) ? given : [given]).map((uploadId) => ({
    id: randomUUID(),
    uploadId: String(uploadId),
    kind: effect.kind as AttachmentKind,
    input: effect.input,
  }));
  const ids = uploads.map((u) => u.id);
  return {
    inputs: { ...inputs, [effect.input]: Array.isArray(given) ? ids : ids[0] },
    uploads,
  };
}

/**
 * The `requireAttachment` effect: the planned uploads become the request's attachments of the
 * effect's kind. Anything that is not a staged upload (`"nope"`, an expired or already attached
 * one) is refused as a validation error on the input, and the whole transition with it.
 */
export async function requireAttachment(
  tx: Db,
  ctx: Context,
  requestId: string,
  planned: PlannedAttachments,
) {
  const storage = ctx.attachments();
  for (const u of planned.uploads)
    await attachUpload(tx, storage, ctx, {
      id: u.id,
      requestId,
      uploadId: u.uploadId,
      kind: u.kind,
      uploadedById: staffOf(ctx).id,
      field: `input.${u.input}`,
    });
}
