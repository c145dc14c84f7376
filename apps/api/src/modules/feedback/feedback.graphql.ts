import type { Complaint } from '@blk/db';
import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  feedbackLookupSchema,
  feedbackSchema,
  formatTrackingCode,
  message,
  text,
} from '@blk/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { enumValues } from '../../graphql/enum-values';
import { mutationErrors } from '../../graphql/error-types';
import type { RecordFields } from '../../graphql/field-group';
import { instant, nullableInstant } from '../../graphql/instant-field';
import { validated } from '../../graphql/validate';
import { roleCan } from '../auth/capabilities';
import { IdempotencyKeyReusedError } from '../shared/public-submission';
import {
  idempotencyKeyArgs,
  idempotencyKeyOf,
  publicAccessArgs,
  receiptFields,
  trackingCodeField,
} from '../shared/public-submission.graphql';
import { recordByIdQuery } from '../shared/record-by-id';
import { closeFeedback } from './close-feedback';
import { respondToFeedback } from './respond-to-feedback';
import { submitFeedback } from './submit-feedback';
import { trackFeedback } from './track-feedback';

const FEEDBACK_STATUSES = ['received', 'in_progress', 'answered', 'closed'] as const;
const OPEN_STATUSES = ['received', 'in_progress'] as const;

/** An answer from the office to a complaint. */
const responseSchema = z.strictObject({ response: text(4000, 5) });

/** Staff whose role may handle complaints (capability `handleComplaints`). */
const canHandleComplaints = (ctx: Context) =>
  ctx.viewer.kind === 'staff' && roleCan(ctx.viewer.user.roleKey, 'handleComplaints');

/** Not answered and past the deadline of the service standard. */
const isOverdue = (c: Complaint, now: Date) =>
  (OPEN_STATUSES as readonly string[]).includes(c.status) && c.responseDueAt < now;

const FeedbackKindEnum = builder.enumType('FeedbackKind', {
  description: 'What the public sends through the complaints channel.',
  values: enumValues(FEEDBACK_KINDS, (k) => FEEDBACK_KIND_LABELS[k].en),
});

const FeedbackStatusEnum = builder.enumType('FeedbackStatus', {
  description: 'Where a complaint, suggestion or question stands.',
  values: enumValues(FEEDBACK_STATUSES, (s) => message(`feedback.status.${s}`, 'en')),
});

const SubmitFeedbackInput = builder.inputType('SubmitFeedbackInput', {
  description:
    'A complaint, suggestion or question. It may be anonymous; give a phone or e-mail to be notified of the answer.',
  fields: (t) => ({
    kind: t.field({ type: FeedbackKindEnum, required: true, description: 'What it is.' }),
    name: t.string({ required: false, description: 'Sender name, if they want to give it.' }),
    phone: t.string({
      required: false,
      description: 'Phone for the answer, any Indonesian format.',
    }),
    email: t.string({ required: false, description: 'E-mail for the answer.' }),
    message: t.string({ required: true, description: 'The message, 10-2000 characters.' }),
    trackingCode: t.string({
      required: false,
      description: 'Tracking code of the training request it is about, if any.',
    }),
    privacyConsent: t.boolean({
      required: false,
      description:
        'The sender agreed to the privacy notice (version in `privacyNoticeVersion`); must be true when a name, phone or e-mail is given.',
    }),
  }),
});

const SubmitFeedbackSuccess = builder
  .objectRef<{ trackingCode: string; accessToken: string; responseDueAt: Date }>(
    'SubmitFeedbackSuccess',
  )
  .implement({
    description:
      'The message was received. Show the tracking code and the access token: the token is shown only once.',
    fields: (t) => ({
      ...receiptFields(t),
      responseDueAt: t.expose(
        'responseDueAt',
        instant('When the office must answer, by the service standard.'),
      ),
    }),
  });

/**
 * What staff and the sender both read of a complaint, declared once: its code, what it is, where
 * it stands and when. The resolvers name their parameters' types because the same group serves
 * the staff type (a Prisma object) and the sender's (a plain object).
 */
function complaintFields(t: RecordFields<Complaint>) {
  return {
    trackingCode: t.string(trackingCodeField),
    kind: t.field({
      type: FeedbackKindEnum,
      description: 'What it is.',
      resolve: (c: Complaint) => c.kind,
    }),
    status: t.field({
      type: FeedbackStatusEnum,
      description: 'Where it stands.',
      resolve: (c: Complaint) => c.status,
    }),
    submittedAt: t.field({
      ...instant('When it was sent.'),
      resolve: (c: Complaint) => c.createdAt,
    }),
    overdue: t.boolean({
      description: 'Not answered and past its deadline.',
      resolve: (c: Complaint, _args: unknown, ctx: Context) => isOverdue(c, ctx.now()),
    }),
    respondedAt: t.field({
      ...nullableInstant('When it was answered.'),
      resolve: (c: Complaint) => c.respondedAt,
    }),
    closedAt: t.field({
      ...nullableInstant('When it was closed.'),
      resolve: (c: Complaint) => c.closedAt,
    }),
  };
}

const TrackedFeedback = builder.objectRef<Complaint>('TrackedFeedback').implement({
  description: 'A complaint, suggestion or question as its sender sees it.',
  fields: (t) => ({
    ...complaintFields(t),
    statusLabel: t.string({
      description: 'The status in words (Accept-Language).',
      resolve: (c, _args, ctx) => message(`feedback.status.${c.status}`, ctx.lang),
    }),
    responseDueAt: t.expose(
      'responseDueAt',
      instant('When the office must answer, by the service standard.'),
    ),
    response: t.exposeString('response', { nullable: true, description: 'The office’s answer.' }),
  }),
});

builder.prismaObject('Complaint', {
  name: 'Feedback',
  description: 'A complaint, suggestion or question in the staff inbox, with the sender’s contact.',
  authScopes: (_parent, ctx) => canHandleComplaints(ctx),
  fields: (t) => ({
    id: t.exposeID('id'),
    ...complaintFields(t),
    name: t.exposeString('name', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    message: t.exposeString('message'),
    relatedRequestTrackingCode: t.string({
      nullable: true,
      select: { request: { select: { trackingCode: true } } },
      description: 'Tracking code of the training request it is about, if any.',
      resolve: (c) => (c.request ? formatTrackingCode(c.request.trackingCode) : null),
    }),
    responseDueAt: t.expose('responseDueAt', { type: 'DateTime' }),
    response: t.exposeString('response', { nullable: true }),
    respondedBy: t.relation('respondedBy', { nullable: true }),
    viewerCanRespond: t.boolean({
      description: 'The signed-in user may answer it now.',
      resolve: (c, _args, ctx) => canHandleComplaints(ctx) && c.status !== 'closed',
    }),
    viewerCanClose: t.boolean({
      description: 'The signed-in user may close it now.',
      resolve: (c, _args, ctx) => canHandleComplaints(ctx) && c.status !== 'closed',
    }),
  }),
});

builder.queryFields((t) => ({
  trackFeedback: t.field({
    type: TrackedFeedback,
    description:
      'Follow a complaint, suggestion or question (public) by its code and access token. A wrong token gives NOT_FOUND like an unknown code. Rate-limited.',
    args: publicAccessArgs,
    resolve: (_root, args, ctx) => {
      return trackFeedback(ctx, validated(feedbackLookupSchema, args, ctx));
    },
  }),
  feedback: recordByIdQuery(t, 'Complaint', {
    description:
      'One complaint, suggestion or question by id, for staff who handle them (null when unknown).',
    authScopes: (_root, _args, ctx) => canHandleComplaints(ctx),
  }),
  feedbackInbox: t.prismaConnection({
    type: 'Complaint',
    cursor: 'id',
    description:
      'Complaints, suggestions and questions for staff who handle them, most urgent deadline first.',
    authScopes: (_root, _args, ctx) => canHandleComplaints(ctx),
    args: {
      status: t.arg({
        type: FeedbackStatusEnum,
        required: false,
        description: 'Only this status.',
      }),
      overdue: t.arg.boolean({
        required: false,
        description: 'True: only unanswered ones past their deadline; false: only the others.',
      }),
    },
    resolve: (query, _root, args, ctx) => {
      const overdue = { status: { in: [...OPEN_STATUSES] }, responseDueAt: { lt: ctx.now() } };
      return ctx.prisma.complaint.findMany({
        ...query,
        where: {
          ...(args.status ? { status: args.status } : {}),
          ...(args.overdue === true ? overdue : {}),
          ...(args.overdue === false ? { NOT: overdue } : {}),
        },
        orderBy: [{ responseDueAt: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  submitFeedback: t.field({
    type: SubmitFeedbackSuccess,
    description:
      'Send a complaint, suggestion or question (public, no login). Retrying with the same idempotencyKey and data returns the first result; other data under the same key gives IdempotencyKeyReusedError. Rate-limited.',
    errors: mutationErrors(IdempotencyKeyReusedError),
    args: {
      input: t.arg({ type: SubmitFeedbackInput, required: true, description: 'The message.' }),
      ...idempotencyKeyArgs,
    },
    resolve: async (_root, args, ctx) => {
      const input = validated(feedbackSchema, args.input, ctx);
      const key = idempotencyKeyOf(args, ctx);
      const { complaint, accessToken } = await submitFeedback(ctx, input, key);
      return { ...complaint, accessToken };
    },
  }),
  respondToFeedback: t.prismaField({
    type: 'Complaint',
    description:
      'Answer a complaint (or correct the answer); the sender is notified. Staff who handle complaints.',
    errors: mutationErrors(),
    authScopes: (_root, _args, ctx) => canHandleComplaints(ctx),
    args: {
      id: t.arg.id({ required: true, description: 'The complaint.' }),
      response: t.arg.string({ required: true, description: 'The answer, 5-4000 characters.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { response } = validated(responseSchema, { response: args.response }, ctx);
      const { id } = await respondToFeedback(ctx, String(args.id), response);
      return ctx.prisma.complaint.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  closeFeedback: t.prismaField({
    type: 'Complaint',
    description:
      'Close a complaint once handled; the sender is notified. Staff who handle complaints.',
    errors: mutationErrors(),
    authScopes: (_root, _args, ctx) => canHandleComplaints(ctx),
    args: { id: t.arg.id({ required: true, description: 'The complaint.' }) },
    resolve: async (query, _root, args, ctx) => {
      const { id } = await closeFeedback(ctx, String(args.id));
      return ctx.prisma.complaint.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
