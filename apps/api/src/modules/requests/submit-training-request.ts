import { insertTrainingRequest, type TrainingRequest } from '@blk/db';
import {
  checkClassSize,
  checkPreferredWindow,
  type TrainingRequestInput,
  toJakartaDate,
} from '@blk/domain';
import { firstDeadline, initialState, REQUEST_SOP_CODE, readSopDefinition } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { assertNoRuleIssues, invalidField, isUuid } from '../../graphql/validate';
import { attachUpload } from '../attachments/attach-upload';
import { insertWithTrackingCode, startSubmission } from '../shared/public-submission';

/** The SOP version in force for new requests. */
export async function sopInForce(ctx: Context) {
  const version = await ctx.prisma.sopVersion.findFirst({
    where: { status: 'published', sop: { code: REQUEST_SOP_CODE } },
    orderBy: { versionNo: 'desc' },
  });
  if (!version) throw new AppError('INTERNAL', 'no published SOP for training requests');
  return { id: version.id, definition: readSopDefinition(version.definition) };
}

/**
 * Submits a training request: checks it against the program and the calendar, then writes the
 * request, its first event, the confirmation notification and, when given, the staged upload of
 * the request letter (surat permohonan) in one transaction. A retry with
 * the same idempotency key and the same data returns the first result instead of creating a
 * second request; the same key with other data is refused (IDEMPOTENCY_KEY_REUSED).
 */
export async function submitTrainingRequest(
  ctx: Context,
  input: TrainingRequestInput,
  idempotencyKey?: string,
  letterUploadId?: string,
): Promise<{ request: TrainingRequest; accessToken: string }> {
  const { accessToken, columns, existing } = await startSubmission(
    'request',
    idempotencyKey,
    { input, letterUploadId },
    (key) => ctx.prisma.trainingRequest.findUnique({ where: { idempotencyKey: key } }),
  );
  if (existing) return { request: existing, accessToken };
  const now = ctx.now();
  const calendar = await ctx.calendar();
  if (input.programId) {
    const program = isUuid(input.programId)
      ? await ctx.prisma.trainingProgram.findFirst({ where: { id: input.programId, active: true } })
      : null;
    if (!program) invalidField(ctx, 'request.unknown_program', ['programId']);
    const limits = { ...program, ageMin: program.minAge, ageMax: program.maxAge };
    assertNoRuleIssues(
      [
        ...checkClassSize(limits, input.participantsExpected),
        ...checkPreferredWindow(calendar, limits, input, toJakartaDate(now)),
      ],
      ctx,
    );
  } else {
    assertNoRuleIssues(
      checkPreferredWindow(calendar, { durationDays: 1 }, input, toJakartaDate(now)),
      ctx,
    );
  }
  const region = await ctx.prisma.region.findUnique({ where: { code: input.regionCode } });
  if (!region || (region.level !== 'desa' && region.level !== 'kelurahan')) {
    invalidField(ctx, 'region.not_village', ['regionCode']);
  }
  const sop = await sopInForce(ctx);
  const request = await insertWithTrackingCode(
    (trackingCode) =>
      ctx.prisma.$transaction(async (tx) => {
        const created = await insertTrainingRequest(tx, {
          input,
          ...columns,
          trackingCode,
          sopVersionId: sop.id,
          initialState: initialState(sop.definition),
          firstDeadline: firstDeadline(sop.definition, now, calendar),
          submittedAt: now,
        });
        if (letterUploadId)
          await attachUpload(tx, ctx.attachments(), ctx, {
            requestId: created.id,
            uploadId: letterUploadId,
            kind: 'surat_permohonan',
            uploadedById: null,
            field: 'letterUploadId',
          });
        return created;
      }),
    idempotencyKey
      ? async () =>
          (await submitTrainingRequest(ctx, input, idempotencyKey, letterUploadId)).request
      : undefined,
  );
  return { request, accessToken };
}
