import {
  formatTimeStandard,
  type PrefilledStepReview,
  readSopDefinition,
  roleLabel,
  SOP_REVIEW_RATINGS,
  sopReviewSchema,
  stepTitle,
} from '@blk/sop';
import { builder } from '../../graphql/builder';
import { enumValues } from '../../graphql/enum-values';
import { mutationErrors } from '../../graphql/error-types';
import { instant, nullableInstant } from '../../graphql/instant-field';
import { isUuid, validated } from '../../graphql/validate';
import { roleCan } from '../auth/capabilities';
import { requireCapability } from '../auth/capability';
import { trackingCodeField } from '../shared/public-submission.graphql';
import { recordByIdQuery } from '../shared/record-by-id';
import { staffOf } from '../workflow/access';
import { rolesOf } from './sop.graphql';
import {
  type PeriodComplaint,
  prefillReview,
  recordSopReview,
  type SopReviewPrefill,
  type SopReviewStatus,
  sopReviewStatuses,
  startSopDraftFromReview,
} from './sop-review';

const viewReviews = requireCapability('viewSopReviews');

export const SopReviewRatingEnum = builder.enumType('SopReviewRating', {
  description: 'How a step of the SOP ran over the review period (PermenPAN-RB 35/2012).',
  values: enumValues(
    SOP_REVIEW_RATINGS,
    (r) =>
      ({
        berjalan_baik: 'Berjalan baik: the step ran as the SOP says.',
        tidak_berjalan_baik: 'Tidak berjalan baik: it did not; a corrective action is recorded.',
      })[r],
  ),
});

const StepPrefillRef = builder.objectRef<PrefilledStepReview>('SopReviewStepPrefill').implement({
  description: 'One office step of a review, prefilled from the figures of the period.',
  fields: (t) => ({
    stepKey: t.exposeString('stepKey', { description: 'Step key.' }),
    name: t.exposeString('name', { description: 'Step name (Bahasa Indonesia).' }),
    roleName: t.string({
      description: 'Who carries the step out (pelaksana).',
      resolve: async (s, _args, ctx) => (await rolesOf(ctx)).labels[s.role] ?? roleLabel(s.role),
    }),
    standard: t.string({
      description: 'The step’s time standard (mutu baku waktu).',
      resolve: (s, _args, ctx) => formatTimeStandard(s.standard ?? undefined, ctx.lang),
    }),
    measured: t.int({
      description: 'Visits of the step measured in the period (finished, or already overdue).',
      resolve: (s) => s.figures?.measured ?? 0,
    }),
    onTime: t.int({ description: 'Of those, on time.', resolve: (s) => s.figures?.onTime ?? 0 }),
    onTimeShare: t.float({
      nullable: true,
      description: 'onTime / measured (0 to 1); null when nothing was measured.',
      resolve: (s) => s.figures?.onTimeShare ?? null,
    }),
    medianWorkingDays: t.float({
      nullable: true,
      description: 'Median working days of the finished visits; null without any.',
      resolve: (s) => s.figures?.medianWorkingDays ?? null,
    }),
    suggestedRating: t.expose('suggestedRating', {
      type: SopReviewRatingEnum,
      nullable: true,
      description:
        'Suggested from the on-time share (80 % or more: berjalan baik); null when nothing was measured. The reviewer decides.',
    }),
    note: t.exposeString('note', { description: 'A note stating the figures (Bahasa Indonesia).' }),
  }),
});

const PeriodComplaintRef = builder.objectRef<PeriodComplaint>('SopReviewComplaint').implement({
  description: 'A complaint (pengaduan) received in the review period.',
  fields: (t) => ({
    trackingCode: t.string(trackingCodeField),
    receivedAt: t.expose('receivedAt', instant('When it came in.')),
    status: t.exposeString('status', { description: 'received, in_progress, answered, closed.' }),
    message: t.exposeString('message', { description: 'What the sender wrote.' }),
  }),
});

const PrefillRef = builder.objectRef<SopReviewPrefill>('SopReviewPrefill').implement({
  description:
    'The start of an SOP review: the figures the system has for the version over the period (the performance report’s own computation) and the complaints received.',
  fields: (t) => ({
    sopVersionId: t.exposeID('sopVersionId', { description: 'The version reviewed.' }),
    periodFrom: t.expose('periodFrom', { type: 'Date', description: 'First day (WIB).' }),
    periodTo: t.expose('periodTo', { type: 'Date', description: 'Last day (WIB).' }),
    requestCount: t.exposeInt('requestCount', {
      description: 'Requests under this version submitted in the period.',
    }),
    steps: t.expose('steps', {
      type: [StepPrefillRef],
      description: 'Every office step, in SOP order.',
    }),
    complaints: t.expose('complaints', {
      type: [PeriodComplaintRef],
      description: 'Complaints received in the period.',
    }),
  }),
});

builder.prismaObject('SopReviewStep', {
  description: 'One step’s rating in a recorded review, with the figures the reviewer saw.',
  fields: (t) => ({
    stepKey: t.exposeString('stepKey'),
    rating: t.expose('rating', { type: SopReviewRatingEnum }),
    note: t.exposeString('note'),
    correctiveAction: t.exposeString('correctiveAction', { nullable: true }),
    measured: t.exposeInt('measured'),
    onTime: t.exposeInt('onTime'),
    medianWorkingDays: t.exposeFloat('medianWorkingDays', { nullable: true }),
  }),
});

builder.prismaObject('SopReview', {
  description:
    'A monitoring and evaluation of a published SOP version over a period (PermenPAN-RB 35/2012): a rating per office step, the actions decided, who reviewed it and when.',
  fields: (t) => ({
    id: t.exposeID('id'),
    sopVersion: t.relation('sopVersion'),
    periodFrom: t.expose('periodFrom', { type: 'Date' }),
    periodTo: t.expose('periodTo', { type: 'Date' }),
    actions: t.exposeStringList('actions', {
      description: 'Actions decided for the procedure (tindak lanjut).',
    }),
    conclusion: t.exposeString('conclusion', { nullable: true }),
    requestCount: t.exposeInt('requestCount', { description: 'Requests measured.' }),
    complaintCount: t.exposeInt('complaintCount'),
    reviewer: t.relation('reviewer'),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime' }),
    steps: t.relation('steps', { query: { orderBy: { position: 'asc' } } }),
    stepNames: t.field({
      type: 'JSON',
      description: 'Step names of the reviewed version by key (Bahasa Indonesia).',
      select: { sopVersion: { select: { definition: true } } },
      resolve: (r, _args, ctx) => {
        const def = readSopDefinition(r.sopVersion.definition);
        return Object.fromEntries(def.steps.map((s) => [s.key, stepTitle(s, ctx.lang)]));
      },
    }),
    draft: t.relation('draft', { nullable: true }),
  }),
});

builder.prismaObjectFields('SopVersion', (t) => ({
  sourceReview: t.relation('sourceReview', { nullable: true }),
  reviews: t.relation('reviews', {
    query: { orderBy: { periodTo: 'desc' } },
    resolve: (query, v, _args, ctx) =>
      ctx.viewer.kind === 'staff' && roleCan(ctx.viewer.user.roleKey, 'viewSopReviews')
        ? ctx.prisma.sopReview.findMany({ ...query, where: { sopVersionId: v.id } })
        : [],
  }),
}));

const ReviewStatusRef = builder.objectRef<SopReviewStatus>('SopReviewStatus').implement({
  description: 'Where a version in force stands with its evaluation, due every 6 months.',
  fields: (t) => ({
    sopVersionId: t.exposeID('sopVersionId', { description: 'The version in force.' }),
    sopName: t.exposeString('sopName', { description: 'Name of the SOP.' }),
    versionNo: t.exposeInt('versionNo', { description: 'Its number.' }),
    lastReviewedAt: t.expose(
      'lastReviewedAt',
      nullableInstant('When it was last reviewed; null when never.'),
    ),
    dueOn: t.expose('dueOn', {
      type: 'Date',
      description: '6 months after the last review, or after it took effect.',
    }),
    due: t.exposeBoolean('due', { description: 'True from the due day on (WIB).' }),
  }),
});

export { ReviewStatusRef };

builder.queryFields((t) => ({
  sopReviewPrefill: t.field({
    type: PrefillRef,
    description:
      'The figures to start a review of a version from (kepala seksi, kepala dinas). Without dates: from the day after the last review (or the day the version took effect) to today.',
    authScopes: viewReviews,
    args: {
      sopVersionId: t.arg.id({ required: true, description: 'A version that was in force.' }),
      from: t.arg({ type: 'Date', required: false, description: 'First day of the period.' }),
      to: t.arg({ type: 'Date', required: false, description: 'Last day of the period.' }),
    },
    resolve: (_root, args, ctx) =>
      prefillReview(ctx, String(args.sopVersionId), {
        from: args.from ?? undefined,
        to: args.to ?? undefined,
      }),
  }),
  sopReviews: t.prismaField({
    type: ['SopReview'],
    description: 'The reviews of a version, newest period first (kepala seksi, kepala dinas).',
    authScopes: viewReviews,
    args: { sopVersionId: t.arg.id({ required: true, description: 'Version id.' }) },
    resolve: (query, _root, args, ctx) =>
      isUuid(String(args.sopVersionId))
        ? ctx.prisma.sopReview.findMany({
            ...query,
            where: { sopVersionId: String(args.sopVersionId) },
            orderBy: { periodTo: 'desc' },
          })
        : [],
  }),
  sopReview: recordByIdQuery(t, 'SopReview', {
    description: 'One review by id (kepala seksi, kepala dinas).',
    authScopes: viewReviews,
  }),
  sopReviewStatuses: t.field({
    type: [ReviewStatusRef],
    description:
      'Every SOP version in force with its review due date (kepala seksi, kepala dinas).',
    authScopes: viewReviews,
    resolve: (_root, _args, ctx) => sopReviewStatuses(ctx.prisma, ctx.now()),
  }),
}));

const ReviewStepInput = builder.inputType('SopReviewStepInput', {
  description: 'One step’s rating.',
  fields: (t) => ({
    stepKey: t.string({ required: true, description: 'Step key (from the prefill).' }),
    rating: t.field({ type: SopReviewRatingEnum, required: true, description: 'The rating.' }),
    note: t.string({ required: true, description: 'Note (the prefill states the figures).' }),
    correctiveAction: t.string({
      required: false,
      description: 'Tindakan perbaikan; required when the step did not run well.',
    }),
  }),
});

const RecordSopReviewInput = builder.inputType('RecordSopReviewInput', {
  description: 'A review of a version over a period; every office step rated once.',
  fields: (t) => ({
    sopVersionId: t.id({ required: true, description: 'A version that was in force.' }),
    periodFrom: t.field({ type: 'Date', required: true, description: 'First day (WIB).' }),
    periodTo: t.field({ type: 'Date', required: true, description: 'Last day, today at most.' }),
    steps: t.field({ type: [ReviewStepInput], required: true, description: 'The ratings.' }),
    actions: t.stringList({
      required: true,
      description: 'Actions decided for the procedure (tindak lanjut), up to 20.',
    }),
    conclusion: t.string({ required: false, description: 'Conclusion.' }),
  }),
});

builder.mutationFields((t) => ({
  recordSopReview: t.prismaField({
    type: 'SopReview',
    description:
      'Record the monitoring and evaluation of an SOP version over a period (kepala seksi). Refused with a ValidationError when a step is missing, a step that did not run well has no corrective action, or the period overlaps another review of the version.',
    authScopes: requireCapability('recordSopReview'),
    errors: mutationErrors(),
    args: {
      input: t.arg({ type: RecordSopReviewInput, required: true, description: 'The review.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const input = validated(
        sopReviewSchema,
        { ...args.input, sopVersionId: String(args.input.sopVersionId) },
        ctx,
      );
      const review = await recordSopReview(ctx, input, staffOf(ctx).id);
      return ctx.prisma.sopReview.findUniqueOrThrow({ ...query, where: { id: review.id } });
    },
  }),
  startSopDraftFromReview: t.prismaField({
    type: 'SopVersion',
    description:
      'Start a new SOP draft from a review’s actions, linked to it (kepala seksi, kepala dinas). One draft per review: asking again returns the draft already started.',
    authScopes: (_root, _args, ctx) =>
      ctx.viewer.kind === 'staff' &&
      roleCan(ctx.viewer.user.roleKey, 'viewSopReviews') &&
      roleCan(ctx.viewer.user.roleKey, 'draftSop'),
    errors: mutationErrors(),
    args: { reviewId: t.arg.id({ required: true, description: 'Review id.' }) },
    resolve: async (query, _root, args, ctx) => {
      const draft = await startSopDraftFromReview(ctx, String(args.reviewId), staffOf(ctx).id);
      return ctx.prisma.sopVersion.findUniqueOrThrow({ ...query, where: { id: draft.id } });
    },
  }),
}));
