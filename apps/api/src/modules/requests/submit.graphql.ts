import { REQUESTER_TYPE_LABELS, REQUESTER_TYPES, trainingRequestSchema } from '@blk/domain';
import { builder } from '../../graphql/builder';
import { enumValues } from '../../graphql/enum-values';
import { mutationErrors } from '../../graphql/error-types';
import { instant, nullableInstant } from '../../graphql/instant-field';
import { validated } from '../../graphql/validate';
import { consume, RATE_LIMITS } from '../rate-limit/rate-limit';
import { IdempotencyKeyReusedError } from '../shared/public-submission';
import {
  idempotencyKeyArgs,
  idempotencyKeyOf,
  receiptFields,
} from '../shared/public-submission.graphql';
import { submitTrainingRequest } from './submit-training-request';

export const RequesterTypeEnum = builder.enumType('RequesterType', {
  description: 'Who is asking for training.',
  values: enumValues(REQUESTER_TYPES, (t) => REQUESTER_TYPE_LABELS[t].en),
});

const SubmitTrainingRequestInput = builder.inputType('SubmitTrainingRequestInput', {
  description: 'A request for on-site training. Validated with the same schema as the public form.',
  fields: (t) => ({
    requesterType: t.field({
      type: RequesterTypeEnum,
      required: true,
      description: 'Kind of requester.',
    }),
    organizationName: t.string({
      required: true,
      description: 'Requesting organisation, e.g. "Pemerintah Desa Kace".',
    }),
    contactName: t.string({ required: true, description: 'Contact person.' }),
    contactPhone: t.string({
      required: true,
      description: 'Contact phone; any Indonesian format, stored as +62….',
    }),
    contactEmail: t.string({ required: false, description: 'Contact e-mail, for notifications.' }),
    regionCode: t.string({
      required: true,
      description: 'Kemendagri code of the desa/kelurahan where training happens.',
    }),
    address: t.string({ required: true, description: 'Street address of the venue.' }),
    venueDetails: t.string({
      required: false,
      description: 'Room, power, access: what instructors should know.',
    }),
    programId: t.id({ required: false, description: 'Catalogue program, if one fits.' }),
    needDescription: t.string({
      required: false,
      description: 'The training needed, when no program fits.',
    }),
    participantsExpected: t.int({
      required: true,
      description: 'Expected number of participants.',
    }),
    participantProfile: t.string({ required: false, description: 'Who the participants are.' }),
    preferredStart: t.field({
      type: 'Date',
      required: true,
      description: 'Earliest preferred start day.',
    }),
    preferredEnd: t.field({
      type: 'Date',
      required: true,
      description: 'Latest preferred end day.',
    }),
    note: t.string({ required: false, description: 'Anything else.' }),
    privacyConsent: t.boolean({
      required: false,
      description:
        'The requester ticked "Saya telah membaca pemberitahuan privasi dan menyetujui …" (notice version in `privacyNoticeVersion`). Must be true: otherwise a ValidationError on this field.',
    }),
  }),
});

interface Receipt {
  trackingCode: string;
  accessToken: string;
  state: string;
  submittedAt: Date;
  stepDueAt: Date | null;
}

const SubmitTrainingRequestSuccess = builder
  .objectRef<Receipt>('SubmitTrainingRequestSuccess')
  .implement({
    description:
      'The request was received. Show the tracking code and the access token: the token is shown only once.',
    fields: (t) => ({
      ...receiptFields(t),
      state: t.exposeString('state', {
        description: 'SOP step the request is at (the first one).',
      }),
      submittedAt: t.expose('submittedAt', instant('When it was received.')),
      firstDeadline: t.expose(
        'stepDueAt',
        nullableInstant('When the office must finish the first step, by the SOP time standard.'),
      ),
    }),
  });

builder.mutationFields((t) => ({
  submitTrainingRequest: t.field({
    type: SubmitTrainingRequestSuccess,
    description:
      'Submit a training request (public, no login). Retrying with the same idempotencyKey and data returns the first result, with the same access token; other data under the same key gives IdempotencyKeyReusedError.',
    errors: mutationErrors(IdempotencyKeyReusedError),
    args: {
      input: t.arg({
        type: SubmitTrainingRequestInput,
        required: true,
        description: 'The request.',
      }),
      ...idempotencyKeyArgs,
      letterUploadId: t.arg.id({
        required: false,
        description:
          'The request letter (surat permohonan) uploaded with POST /uploads; attached as surat_permohonan.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const input = validated(trainingRequestSchema, args.input, ctx);
      const key = idempotencyKeyOf(args, ctx);
      // Counted after the schema check, so correcting form errors does not use up the quota.
      await consume(ctx, `submit:ip:${ctx.ip}`, RATE_LIMITS.submissionPerIp);
      const { request, accessToken } = await submitTrainingRequest(
        ctx,
        input,
        key,
        args.letterUploadId ? String(args.letterUploadId) : undefined,
      );
      return { ...request, accessToken };
    },
  }),
}));
