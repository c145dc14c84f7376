import {
  formatTrackingCode,
  INTER_ISLAND_GAP_WORKING_DAYS,
  isoDateSchema,
  type Lang,
  type MessageKey,
  message,
  type ScheduleConflict,
  type ScheduleConflictKind,
} from '@blk/domain';
import { formatIsoDate } from '@blk/sop';
import { builder } from '../../graphql/builder';
import { ErrorInterface } from '../../graphql/error-types';
import { validated } from '../../graphql/validate';
import { isRequestStaff } from './access';
import { ScheduleConflictError } from './schedule-conflicts';
import { type InstructorSuggestion, suggestInstructors } from './suggest-instructors';

const KIND_DESCRIPTIONS: Record<ScheduleConflictKind, string> = {
  DOUBLE_BOOKING: 'Already assigned to another training on overlapping dates.',
  NOT_QUALIFIED: 'No competency for the program.',
  NO_CERTIFICATE: 'No competency certificate for the program.',
  CERTIFICATE_EXPIRED: 'The certificate for the program expires before the training ends.',
  INTER_ISLAND_TRAVEL: `Another training on a different island is less than ${INTER_ISLAND_GAP_WORKING_DAYS} working days away.`,
};

const KIND_MESSAGES: Record<ScheduleConflictKind, MessageKey> = {
  DOUBLE_BOOKING: 'schedule.conflict_double_booking',
  NOT_QUALIFIED: 'schedule.conflict_not_qualified',
  NO_CERTIFICATE: 'schedule.conflict_no_certificate',
  CERTIFICATE_EXPIRED: 'schedule.conflict_certificate_expired',
  INTER_ISLAND_TRAVEL: 'schedule.conflict_travel',
};

/** The conflict explained in the caller's language. */
export function conflictMessage(c: ScheduleConflict, lang: Lang): string {
  return message(KIND_MESSAGES[c.kind], lang, {
    instructor: c.instructorName,
    days: INTER_ISLAND_GAP_WORKING_DAYS,
    ...(c.expiresOn ? { expiresOn: formatIsoDate(c.expiresOn, lang) } : {}),
    ...(c.other
      ? {
          trackingCode: formatTrackingCode(c.other.trackingCode),
          start: formatIsoDate(c.other.startDate, lang),
          end: formatIsoDate(c.other.endDate, lang),
          otherIsland: c.other.island,
        }
      : {}),
  });
}

const ScheduleConflictKindEnum = builder.enumType('ScheduleConflictKind', {
  description: 'Why an instructor cannot be sent to a training.',
  values: Object.fromEntries(
    Object.entries(KIND_DESCRIPTIONS).map(([k, d]) => [k, { value: k, description: d }]),
  ) as Record<ScheduleConflictKind, { value: ScheduleConflictKind; description: string }>,
});

const ScheduleConflictRef = builder.objectRef<ScheduleConflict>('ScheduleConflict').implement({
  description: 'One reason an instructor cannot teach the planned training.',
  fields: (t) => ({
    instructorId: t.exposeID('instructorId', { description: 'The instructor concerned.' }),
    instructorName: t.exposeString('instructorName', { description: 'Their name.' }),
    kind: t.expose('kind', { type: ScheduleConflictKindEnum, description: 'Kind of conflict.' }),
    otherTrackingCode: t.string({
      nullable: true,
      description: 'Tracking code of the other training, for booking and travel conflicts.',
      resolve: (c) => (c.other ? formatTrackingCode(c.other.trackingCode) : null),
    }),
    otherStartDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'First day of the other training.',
      resolve: (c) => c.other?.startDate ?? null,
    }),
    otherEndDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Last day of the other training.',
      resolve: (c) => c.other?.endDate ?? null,
    }),
    otherIsland: t.string({
      nullable: true,
      description: 'Island of the other training.',
      resolve: (c) => c.other?.island ?? null,
    }),
    expiresOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Expiry of the latest certificate, for CERTIFICATE_EXPIRED.',
      resolve: (c) => c.expiresOn ?? null,
    }),
    message: t.string({
      description: 'Explanation in the caller’s language.',
      resolve: (c, _args, ctx) => conflictMessage(c, ctx.lang),
    }),
  }),
});

builder.objectType(ScheduleConflictError, {
  name: 'ScheduleConflictError',
  description: 'The chosen instructors cannot all teach on these dates; `conflicts` says why.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    conflicts: t.expose('conflicts', {
      type: [ScheduleConflictRef],
      description: 'Every conflict found.',
    }),
  }),
});

const InstructorSuggestionRef = builder
  .objectRef<InstructorSuggestion>('InstructorSuggestion')
  .implement({
    description: 'An instructor qualified for a request’s program, ranked for its dates.',
    fields: (t) => ({
      instructorId: t.exposeID('instructorId', {
        description: 'Pass in the `instructors` input of the schedule action.',
      }),
      name: t.exposeString('name', { description: 'Instructor’s name.' }),
      homeIsland: t.exposeString('homeIsland', { description: 'Island the instructor lives on.' }),
      sameIsland: t.exposeBoolean('sameIsland', {
        description: 'Lives on the island of the training.',
      }),
      certificateValid: t.exposeBoolean('certificateValid', {
        description: 'Holds a certificate for the program valid through the last day.',
      }),
      assignmentsThisMonth: t.exposeInt('assignmentsThisMonth', {
        description: 'Trainings starting in the month of the planned start.',
      }),
      available: t.boolean({
        description: 'No conflicts: can be assigned as is.',
        resolve: (s) => s.conflicts.length === 0,
      }),
      conflicts: t.expose('conflicts', {
        type: [ScheduleConflictRef],
        description: 'What stands in the way, if anything.',
      }),
    }),
  });

builder.queryFields((t) => ({
  instructorSuggestions: t.field({
    type: [InstructorSuggestionRef],
    description:
      'Instructors qualified for a request’s program, best first for the given dates (staff only).',
    authScopes: (_root, _args, ctx) => isRequestStaff(ctx),
    args: {
      requestId: t.arg.id({ required: true, description: 'The request being scheduled.' }),
      startDate: t.arg({ type: 'Date', required: true, description: 'Planned first day.' }),
      endDate: t.arg({ type: 'Date', required: true, description: 'Planned last day.' }),
    },
    resolve: (_root, args, ctx) =>
      suggestInstructors(ctx, String(args.requestId), {
        startDate: validated(isoDateSchema, args.startDate, ctx),
        endDate: validated(isoDateSchema, args.endDate, ctx),
      }),
  }),
}));
