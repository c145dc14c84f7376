import {
  optionalText,
  requesterAnswerSchema,
  type TrackingLookupInput,
  trackingLookupSchema,
} from '@blk/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { mutationErrors, TransitionRefusedError } from '../../graphql/error-types';
import { instant, nullableInstant } from '../../graphql/instant-field';
import { validated } from '../../graphql/validate';
import { publicAccessArgs, trackingCodeField } from '../shared/public-submission.graphql';
import { STEP_DUE_AT } from '../shared/step-due-at';
import { answerRequesterTask } from './answer-requester-task';
import { cancelTrainingRequest } from './cancel-training-request';
import type { RequesterTask } from './requester-task';
import {
  type ExpectedStep,
  type TimelineEntry,
  type TrackedRequest,
  trackTrainingRequest,
} from './track-training-request';

/** Why a requester cancels; free text, optional. */
const cancelReasonSchema = z.strictObject({ reason: optionalText(500) });

const TimelineEntryRef = builder.objectRef<TimelineEntry>('RequestTimelineEntry').implement({
  description: 'One public event in the history of a request.',
  fields: (t) => ({
    label: t.exposeString('label', {
      description: 'What happened, in the public wording of the SOP (Accept-Language).',
    }),
    at: t.expose('at', instant('When it happened.')),
    onTime: t.exposeBoolean('onTime', {
      nullable: true,
      description:
        'True when the step it finished met its SOP time standard, false when late; null for the submission.',
    }),
    stepKey: t.exposeString('stepKey', { description: 'SOP step the request moved to.' }),
    stepName: t.exposeString('stepName', { description: 'Name of that step.' }),
  }),
});

const ExpectedStepRef = builder.objectRef<ExpectedStep>('ExpectedStep').implement({
  description:
    'A step still ahead if all goes well, with dates estimated by chaining the SOP time standards.',
  fields: (t) => ({
    stepKey: t.exposeString('stepKey', { description: 'SOP step key.' }),
    name: t.exposeString('name', { description: 'Step name.' }),
    byRequester: t.exposeBoolean('byRequester', {
      description: 'True when the requester, not the office, carries out this step.',
    }),
    estimatedStartAt: t.expose(
      'estimatedStartAt',
      nullableInstant('Earliest expected start; null when it depends on a schedule not yet set.'),
    ),
    estimatedDueAt: t.expose(
      'estimatedDueAt',
      nullableInstant(
        'Latest expected finish by the time standard; null for the final step or when unknown.',
      ),
    ),
  }),
});

const TrackedScheduleRef = builder
  .objectRef<NonNullable<TrackedRequest['schedule']>>('TrackedSchedule')
  .implement({
    description: 'The training as scheduled for the request.',
    fields: (t) => ({
      startDate: t.expose('startDate', { type: 'Date', description: 'First training day.' }),
      endDate: t.expose('endDate', { type: 'Date', description: 'Last training day.' }),
      venue: t.exposeString('venue', { description: 'Where the training takes place.' }),
      programName: t.exposeString('programName', { description: 'Program taught.' }),
      instructors: t.exposeStringList('instructorNames', {
        description:
          'Names of the instructors sent, the lead first: whom the requester will receive (names only).',
      }),
    }),
  });

const AskedItemRef = builder
  .objectRef<RequesterTask['asked'][number]>('RequesterTaskAsk')
  .implement({
    description: 'One thing the office wrote when it handed the request to the requester.',
    fields: (t) => ({
      label: t.exposeString('label', { description: 'What it is, e.g. "Kekurangan berkas".' }),
      text: t.exposeString('text', { description: 'What the office wrote.' }),
    }),
  });

const TaskInputRef = builder
  .objectRef<NonNullable<RequesterTask['fileInput']>>('RequesterTaskInput')
  .implement({
    description: 'A field of the requester’s answer.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'SOP input key.' }),
      label: t.exposeString('label', { description: 'Label (Accept-Language).' }),
      required: t.exposeBoolean('required', { description: 'True when the answer needs it.' }),
    }),
  });

const RequesterTaskRef = builder.objectRef<RequesterTask>('RequesterTask').implement({
  description:
    'What the office asks the requester to do now (e.g. complete the documents), with its deadline. Answer it with `answerRequesterTask`.',
  fields: (t) => ({
    actionKey: t.exposeString('actionKey', { description: 'The SOP action the answer takes.' }),
    actionLabel: t.exposeString('actionLabel', {
      description: 'Its label, e.g. "Kirim kelengkapan".',
    }),
    asked: t.expose('asked', {
      type: [AskedItemRef],
      description: 'What the office wrote: the missing items, the note.',
    }),
    dueAt: t.expose(
      'dueAt',
      nullableInstant('When the request closes by itself without an answer.'),
    ),
    fileInput: t.expose('fileInput', {
      type: TaskInputRef,
      nullable: true,
      description: 'The documents the answer carries (uploads), if the step asks for any.',
    }),
    noteInput: t.expose('noteInput', {
      type: TaskInputRef,
      nullable: true,
      description: 'The note the answer may carry.',
    }),
  }),
});

export const TrackedTrainingRequest = builder
  .objectRef<TrackedRequest>('TrackedTrainingRequest')
  .implement({
    description:
      'A training request as its requester sees it: progress against the SOP, no staff notes and no personal data beyond what the requester gave.',
    fields: (t) => ({
      trackingCode: t.string(trackingCodeField),
      organizationName: t.exposeString('organizationName', {
        description: 'Requesting organisation.',
      }),
      regionName: t.exposeString('regionName', {
        description: 'Desa/kelurahan where the training is requested.',
      }),
      programName: t.exposeString('programName', {
        nullable: true,
        description: 'Program requested, if one was chosen.',
      }),
      submittedAt: t.expose('submittedAt', instant('When submitted.')),
      stepKey: t.exposeString('stepKey', { description: 'Current SOP step key (the state).' }),
      stepName: t.exposeString('stepName', { description: 'Name of the current step.' }),
      stepDescription: t.exposeString('stepDescription', {
        description: 'What happens in the current step, from the SOP.',
      }),
      statusLabel: t.exposeString('statusLabel', {
        description: 'Public wording of the latest event.',
      }),
      stepDueAt: t.expose('stepDueAt', nullableInstant(STEP_DUE_AT)),
      closedAt: t.expose('closedAt', nullableInstant('When the request reached an end step.')),
      timeline: t.expose('timeline', {
        type: [TimelineEntryRef],
        description: 'Public events, oldest first.',
      }),
      expectedSteps: t.expose('expectedSteps', {
        type: [ExpectedStepRef],
        description: 'Steps still ahead along the main path of the SOP, with estimated dates.',
      }),
      viewerCanCancel: t.exposeBoolean('viewerCanCancel', {
        description: 'The SOP lets the requester cancel at this step.',
      }),
      viewerCanAnswerSurvey: t.exposeBoolean('viewerCanAnswerSurvey', {
        description: 'The satisfaction survey is open and not yet answered.',
      }),
      requesterTask: t.expose('requesterTask', {
        type: RequesterTaskRef,
        nullable: true,
        description:
          'What the office asks of the requester now, with the note and the deadline; null while the office holds the request.',
      }),
      schedule: t.expose('schedule', {
        type: TrackedScheduleRef,
        nullable: true,
        description: 'Training dates and venue, once scheduled.',
      }),
    }),
  });

builder.queryFields((t) => ({
  trackTrainingRequest: t.field({
    type: TrackedTrainingRequest,
    description:
      'Public tracking of a request by its code and either the access token or the contact phone. A wrong token or phone gives NOT_FOUND, exactly like an unknown code. Rate-limited (RATE_LIMITED with extensions.retryAfterSeconds).',
    args: {
      trackingCode: t.arg.string({
        required: true,
        description: 'Tracking code, with or without dash.',
      }),
      accessToken: t.arg.string({
        required: false,
        description: 'The access token shown at submission.',
      }),
      phone: t.arg.string({
        required: false,
        description: 'The contact phone given in the request, any Indonesian format.',
      }),
    },
    resolve: (_root, args, ctx) =>
      trackTrainingRequest(ctx, validated(trackingLookupSchema, args, ctx)),
  }),
}));

/**
 * The validated lookup of the requester's own request from `publicAccessArgs`: acting on it needs
 * the access token (the phone opens tracking only, never a change).
 */
export function requesterLookup(
  args: { trackingCode: string; accessToken: string },
  ctx: Context,
): TrackingLookupInput {
  return validated(
    trackingLookupSchema,
    { trackingCode: args.trackingCode, accessToken: args.accessToken },
    ctx,
  );
}

builder.mutationFields((t) => ({
  cancelTrainingRequest: t.field({
    type: TrackedTrainingRequest,
    description:
      'The requester cancels their request, where the SOP allows it (before scheduling). Needs the access token. Rate-limited like tracking.',
    errors: mutationErrors(TransitionRefusedError),
    args: {
      ...publicAccessArgs,
      reason: t.arg.string({ required: false, description: 'Why, if the requester wants to say.' }),
    },
    resolve: (_root, args, ctx) => {
      const lookup = requesterLookup(args, ctx);
      const { reason } = validated(cancelReasonSchema, { reason: args.reason }, ctx);
      return cancelTrainingRequest(ctx, lookup, reason);
    },
  }),
  answerRequesterTask: t.field({
    type: TrackedTrainingRequest,
    description:
      'The requester answers what the office asked (`requesterTask`), e.g. sends the missing documents (Kirim kelengkapan): the uploads (POST /uploads) become the request’s attachments and the request goes back to the office. Needs the access token. Rate-limited like tracking.',
    errors: mutationErrors(TransitionRefusedError),
    args: {
      ...publicAccessArgs,
      uploadIds: t.arg.idList({
        required: true,
        description:
          'The `uploadId`s returned by POST /uploads (at most 10; may be empty when the step asks no document).',
      }),
      note: t.arg.string({ required: false, description: 'A note for the office.' }),
    },
    resolve: (_root, args, ctx) => {
      const lookup = requesterLookup(args, ctx);
      const answer = validated(
        requesterAnswerSchema,
        { uploadIds: args.uploadIds.map(String), note: args.note },
        ctx,
      );
      return answerRequesterTask(ctx, lookup, answer);
    },
  }),
}));
