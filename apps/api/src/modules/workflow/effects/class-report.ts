import { randomUUID } from 'node:crypto';
import { formatTrackingCode, toJakartaDate } from '@blk/domain';
import { type EffectOf, reportFigures } from '@blk/sop';
import type { Context } from '../../../graphql/context';
import type { AttachmentKind } from '../../attachments/attachment-kinds';
import { fileKey, sha256Hex } from '../../attachments/staged-uploads';
import { staffOf } from '../access';
import type { StandingClass } from './class-records';
import type { Db, EffectRequest } from './effect-request';
import { renderClassReportPdf } from './render-class-report-pdf';

/**
 * The `classReport` effect's document: the class report PDF, generated from the same class
 * records the report's figures were computed from, stored and attached to the request as an
 * attachment of the effect's kind. The bytes are stored before the row is written, so a row never
 * points at missing bytes; if the transition then rolls back, an unreferenced file is left.
 */
export async function attachClassReport(
  tx: Db,
  ctx: Context,
  request: Pick<EffectRequest, 'id' | 'trackingCode' | 'requester'>,
  effect: EffectOf<'classReport'>,
  standing: StandingClass,
) {
  const now = ctx.now();
  const code = formatTrackingCode(request.trackingCode);
  const bytes = await renderClassReportPdf({
    trackingCode: code,
    organizationName: request.requester.organizationName,
    class: standing,
    figures: reportFigures(standing.records),
    filedOn: toJakartaDate(now),
  });
  const id = randomUUID();
  const storageKey = fileKey(id);
  await ctx.attachments().put(storageKey, bytes);
  return tx.requestAttachment.create({
    data: {
      id,
      requestId: request.id,
      kind: effect.kind as AttachmentKind,
      fileName: `laporan-pelaksanaan-${code}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: sha256Hex(bytes),
      storageKey,
      uploadedById: staffOf(ctx).id,
      createdAt: now,
    },
  });
}
