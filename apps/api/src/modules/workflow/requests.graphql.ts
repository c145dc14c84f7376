import { requestFilterSchema } from '@blk/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder';
import { mutationErrors, TransitionRefusedError } from '../../graphql/error-types';
import { validated } from '../../graphql/validate';
import { RequesterTypeEnum } from '../requests/submit.graphql';
import { recordByIdQuery } from '../shared/record-by-id';
import { canViewRequests, staffOf, visibleRequests } from './access';
import { atStepOfRole, REQUEST_ORDERS, type RequestOrder, requestWhere } from './request-filters';
import { ScheduleConflictError } from './schedule-conflicts';
import { transitionTrainingRequest } from './transition-training-request';

const RequestOrderEnum = builder.enumType('TrainingRequestOrder', {
  description: 'Sort order of request lists.',
  values: {
    SUBMITTED_NEWEST: { value: 'SUBMITTED_NEWEST', description: 'Newest submission first.' },
    SUBMITTED_OLDEST: { value: 'SUBMITTED_OLDEST', description: 'Oldest submission first.' },
    DUE_SOONEST: {
      value: 'DUE_SOONEST',
      description: 'Earliest step deadline first; requests without a deadline last.',
    },
  } satisfies Record<RequestOrder, { value: RequestOrder; description: string }>,
});

const RequestFilterInput = builder.inputType('TrainingRequestFilter', {
  description: 'Filters of the request list; all given filters apply together.',
  fields: (t) => ({
    states: t.stringList({ required: false, description: 'Current step keys (any of).' }),
    stepRole: t.string({
      required: false,
      description: 'Role key carrying out the current step, e.g. kepala_seksi.',
    }),
    regionPrefix: t.string({
      required: false,
      description: 'Region code or a parent of it, e.g. 19.02 for all of Belitung.',
    }),
    programId: t.id({ required: false, description: 'Requested program.' }),
    requesterTypes: t.field({
      type: [RequesterTypeEnum],
      required: false,
      description: 'Requester kinds (any of).',
    }),
    submittedFrom: t.field({
      type: 'Date',
      required: false,
      description: 'Submitted on or after this WIB day.',
    }),
    submittedTo: t.field({
      type: 'Date',
      required: false,
      description: 'Submitted on or before this WIB day.',
    }),
    overdueOnly: t.boolean({
      required: false,
      description: 'Only requests whose current step is past its deadline.',
    }),
    search: t.string({
      required: false,
      description:
        'Text in the tracking code, the organisation, the place (village, kecamatan, kabupaten) or, for roles that see it, the contact name; cut to 100 characters.',
    }),
  }),
});

builder.queryFields((t) => ({
  trainingRequests: t.prismaConnection({
    type: 'TrainingRequest',
    cursor: 'id',
    description:
      'Requests for staff (and API keys with scope requests:read, without contact data), filtered and sorted. Instructors see only the requests of their own classes.',
    authScopes: (_root, _args, ctx) => canViewRequests(ctx),
    args: {
      filter: t.arg({ type: RequestFilterInput, required: false, description: 'Filters.' }),
      orderBy: t.arg({
        type: RequestOrderEnum,
        required: false,
        defaultValue: 'SUBMITTED_NEWEST',
        description: 'Sort order (default: newest first).',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const filter = validated(requestFilterSchema, args.filter ?? {}, ctx);
      return ctx.prisma.trainingRequest.findMany({
        ...query,
        relationLoadStrategy: 'join',
        where: { AND: [await requestWhere(ctx, filter), visibleRequests(ctx)] },
        orderBy: [...REQUEST_ORDERS[args.orderBy ?? 'SUBMITTED_NEWEST']],
      });
    },
  }),
  myWork: t.prismaConnection({
    type: 'TrainingRequest',
    cursor: 'id',
    description:
      'Open requests whose current step is the viewer’s role (instructors: only their own classes), earliest deadline first.',
    authScopes: { staff: true },
    resolve: async (query, _root, _args, ctx) => {
      const user = staffOf(ctx);
      return ctx.prisma.trainingRequest.findMany({
        ...query,
        relationLoadStrategy: 'join',
        where: {
          AND: [await atStepOfRole(ctx, user.roleKey), { closedAt: null }, visibleRequests(ctx)],
        },
        orderBy: [...REQUEST_ORDERS.DUE_SOONEST],
      });
    },
  }),
  trainingRequest: recordByIdQuery(t, 'TrainingRequest', {
    description:
      'One request by id (staff, or API keys with scope requests:read); null when unknown or not the viewer’s to see (instructors: only requests of their own classes).',
    authScopes: (_root, _args, ctx) => canViewRequests(ctx),
  }),
}));

const transitionInputSchema = z.record(z.string(), z.unknown());

builder.mutationFields((t) => ({
  transitionTrainingRequest: t.prismaField({
    type: 'TrainingRequest',
    description:
      'Take an SOP action on a request (staff). Refused with reasons when the role, step or inputs do not fit; CONFLICT_STALE_VERSION when the request changed since `expectedVersion`.',
    errors: mutationErrors(TransitionRefusedError, ScheduleConflictError),
    args: {
      id: t.arg.id({ required: true, description: 'Request id.' }),
      action: t.arg.string({
        required: true,
        description: 'Action key, from `availableActions`.',
      }),
      input: t.arg({
        type: 'JSON',
        required: false,
        description:
          'The action’s inputs as an object keyed by input key (see `availableActions`).',
      }),
      expectedVersion: t.arg.int({
        required: true,
        description: 'The `version` the caller saw; a changed request is refused.',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      staffOf(ctx);
      const input = validated(transitionInputSchema, args.input ?? {}, ctx);
      const { id } = await transitionTrainingRequest(ctx, {
        requestId: String(args.id),
        action: args.action,
        input,
        expectedVersion: args.expectedVersion,
      });
      return ctx.prisma.trainingRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
