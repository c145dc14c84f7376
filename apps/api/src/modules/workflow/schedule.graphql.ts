import {
  ATTENDANCE_STATUSES,
  ageOn,
  attendanceEntriesSchema,
  MAX_IMPORT_ROWS,
  maskNik,
  participantSchema,
  testScoresSchema,
} from '@blk/domain';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { enumValues } from '../../graphql/enum-values';
import { ErrorInterface, FieldIssue, mutationErrors } from '../../graphql/error-types';
import { instant, nullableInstant } from '../../graphql/instant-field';
import { validated } from '../../graphql/validate';
import { ownClassesOnly, roleCan } from '../auth/capabilities';
import { IdempotencyKeyReusedError } from '../shared/public-submission';
import { recordByIdQuery } from '../shared/record-by-id';
import { ASSIGNMENT_ORDER, isoDay, isRequestStaff } from './access';
import { ClassFinishedError } from './class-access';
import { type ImportReport, type ImportReportRow, importParticipants } from './import-participants';
import {
  addParticipant,
  recordAttendance,
  recordTestScores,
  removeParticipant,
} from './manage-participants';

const ATTENDANCE_DESCRIPTIONS = {
  hadir: 'Present.',
  izin: 'Absent with permission.',
  sakit: 'Absent, sick.',
  alpa: 'Absent without notice.',
} as const;

const AttendanceStatusEnum = builder.enumType('AttendanceStatus', {
  description: 'Attendance of a participant on a training day.',
  values: enumValues(ATTENDANCE_STATUSES, (s) => ATTENDANCE_DESCRIPTIONS[s]),
});

const decimal = (v: { toString(): string } | null) => (v === null ? null : Number(v.toString()));

builder.prismaObject('Attendance', {
  description: 'Attendance of one participant on one training day.',
  fields: (t) => ({
    participantId: t.exposeID('participantId'),
    sessionId: t.exposeID('sessionId'),
    status: t.expose('status', {
      type: AttendanceStatusEnum,
      description: 'Present, permitted, sick or absent.',
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
    markedAt: t.expose(
      'markedAt',
      instant(
        'When it was marked on the device (never later than recordedAt); the latest mark of a participant and day wins.',
      ),
    ),
    recordedByName: t.string({
      nullable: true,
      description: 'Who recorded it.',
      select: { recordedBy: { select: { name: true } } },
      resolve: (a) => a.recordedBy?.name ?? null,
    }),
  }),
});

builder.prismaObject('Participant', {
  description: 'A trainee (peserta) of a class. Staff only: holds the NIK.',
  fields: (t) => ({
    id: t.exposeID('id'),
    nik: t.string({
      nullable: true,
      description:
        'Nomor Induk Kependudukan, masked to its last 4 digits (************1234) for every role; the whole NIK only through the audited revealParticipantNik. Null once anonymised (see anonymisedAt).',
      select: { nik: true },
      resolve: (p) => (p.nik === null ? null : maskNik(p.nik)),
    }),
    name: t.exposeString('name'),
    birthDate: t.expose('birthDate', {
      type: 'Date',
      nullable: true,
      description:
        'Birth date; null once anonymised (see ageAtStart), and for roles that do not enrol participants (access policy).',
      unauthorizedResolver: () => null,
    }),
    ageAtStart: t.int({
      nullable: true,
      description: "Age in whole years on the class's first day; kept after anonymisation.",
      select: { ageAtStart: true, birthDate: true, schedule: { select: { startDate: true } } },
      resolve: (p) =>
        p.ageAtStart ??
        (p.birthDate === null ? null : ageOn(isoDay(p.birthDate), isoDay(p.schedule.startDate))),
    }),
    anonymisedAt: t.expose(
      'anonymisedAt',
      nullableInstant(
        'When the retention job removed NIK, birth date, phone and address (UU 27/2022; docs/privacy.md).',
      ),
    ),
    sex: t.exposeString('sex'),
    phone: t.exposeString('phone', { nullable: true, unauthorizedResolver: () => null }),
    education: t.exposeString('education', { nullable: true }),
    address: t.exposeString('address', { nullable: true, unauthorizedResolver: () => null }),
    preTestScore: t.float({
      nullable: true,
      description: 'Pre-test score (0-100).',
      select: { preTestScore: true },
      resolve: (p) => decimal(p.preTestScore),
    }),
    postTestScore: t.float({
      nullable: true,
      description: 'Post-test score (0-100).',
      select: { postTestScore: true },
      resolve: (p) => decimal(p.postTestScore),
    }),
    certificateNo: t.exposeString('certificateNo', { nullable: true }),
    attendance: t.relation('attendance'),
  }),
});

builder.prismaObject('TrainingSession', {
  description: 'One training day of a class.',
  fields: (t) => ({
    id: t.exposeID('id'),
    date: t.expose('date', { type: 'Date', description: 'The day (WIB).' }),
    startTime: t.exposeString('startTime'),
    endTime: t.exposeString('endTime'),
    jp: t.exposeInt('jp'),
    topic: t.exposeString('topic', { nullable: true }),
    attendance: t.relation('attendance'),
    attendanceHistory: t.relation('marks', {
      query: { orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaObject('AttendanceMark', {
  description: 'One attendance mark as it was sent (the history behind Attendance).',
  fields: (t) => ({
    participantId: t.exposeID('participantId'),
    status: t.expose('status', { type: AttendanceStatusEnum, description: 'The status sent.' }),
    markedAt: t.expose('markedAt', { type: 'DateTime' }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
    recordedByName: t.string({
      nullable: true,
      description: 'Who sent it.',
      select: { recordedBy: { select: { name: true } } },
      resolve: (a) => a.recordedBy?.name ?? null,
    }),
    applied: t.exposeBoolean('applied', {
      description:
        'False when a mark made later was already stored, so this one did not replace it.',
    }),
  }),
});

builder.prismaObject('InstructorAssignment', {
  description: 'An instructor sent to teach a class.',
  fields: (t) => ({
    instructorId: t.exposeID('instructorId'),
    name: t.string({
      description: 'Instructor’s name.',
      select: { instructor: { select: { name: true } } },
      resolve: (a) => a.instructor.name,
    }),
    homeIsland: t.string({
      description: 'Island the instructor lives on.',
      select: { instructor: { select: { homeIsland: true } } },
      resolve: (a) => a.instructor.homeIsland,
    }),
    phone: t.string({
      nullable: true,
      description: 'Instructor’s phone (staff only: null for API keys).',
      unauthorizedResolver: () => null,
      select: { instructor: { select: { phone: true } } },
      resolve: (a) => a.instructor.phone,
    }),
    lead: t.exposeBoolean('lead'),
  }),
});

/** True when the viewer may change this class's participants and attendance. */
function viewerCanManage(instructorIds: string[], ctx: Context): boolean {
  if (ctx.viewer.kind !== 'staff') return false;
  const { roleKey, instructorId } = ctx.viewer.user;
  if (!roleCan(roleKey, 'manageParticipants')) return false;
  return (
    !ownClassesOnly(roleKey) || (instructorId !== null && instructorIds.includes(instructorId))
  );
}

builder.prismaObject('TrainingSchedule', {
  description: 'A class (angkatan) scheduled to fulfil a request.',
  fields: (t) => ({
    id: t.exposeID('id'),
    request: t.relation('request'),
    program: t.relation('program'),
    startDate: t.expose('startDate', { type: 'Date', description: 'First training day.' }),
    endDate: t.expose('endDate', { type: 'Date', description: 'Last training day.' }),
    venue: t.exposeString('venue'),
    island: t.exposeString('island', { description: 'Island of the venue.' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    sessions: t.relation('sessions', { query: { orderBy: { date: 'asc' } } }),
    instructors: t.relation('instructors', { query: { orderBy: [...ASSIGNMENT_ORDER] } }),
    participants: t.relation('participants', {
      nullable: true,
      unauthorizedResolver: () => null,
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    participantCount: t.relationCount('participants', { description: 'Number of participants.' }),
    viewerCanManage: t.boolean({
      description: 'The viewer may change participants and attendance of this class.',
      select: { cancelledAt: true, instructors: { select: { instructorId: true } } },
      resolve: (s, _args, ctx) =>
        s.cancelledAt === null &&
        viewerCanManage(
          s.instructors.map((i) => i.instructorId),
          ctx,
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  schedule: recordByIdQuery(t, 'TrainingSchedule', {
    description:
      'One class with its sessions, instructors, participants and attendance (staff only); null when unknown or not the viewer’s to see (instructors: only their own classes).',
    authScopes: (_root, _args, ctx) => isRequestStaff(ctx),
  }),
}));

const ParticipantInput = builder.inputType('ParticipantInput', {
  description: 'A participant as written on their KTP; validated with the shared schema.',
  fields: (t) => ({
    nik: t.string({ required: true, description: 'NIK, 16 digits (spaces and dots are removed).' }),
    name: t.string({ required: true, description: 'Full name.' }),
    birthDate: t.field({
      type: 'Date',
      required: true,
      description: 'Birth date; must match the NIK.',
    }),
    sex: t.string({ required: true, description: 'L or P; must match the NIK.' }),
    phone: t.string({ required: false, description: 'Phone, any Indonesian format.' }),
    education: t.string({
      required: true,
      description: 'Education level key (tidak_sekolah, sd, smp, sma, …).',
    }),
    address: t.string({ required: true, description: 'Address.' }),
  }),
});

const AttendanceEntryInput = builder.inputType('AttendanceEntryInput', {
  description: 'Attendance of one participant.',
  fields: (t) => ({
    participantId: t.id({ required: true, description: 'Participant of the session’s class.' }),
    status: t.field({ type: AttendanceStatusEnum, required: true, description: 'Status.' }),
  }),
});

const ParticipantImportRowInput = builder.inputType('ParticipantImportRowInput', {
  description:
    'One spreadsheet row of a participant import, as read: cells may be missing or wrong, the server reports each problem.',
  fields: (t) => ({
    rowNumber: t.int({
      required: false,
      description: 'Row number in the user’s file, used in messages (default: position + 1).',
    }),
    nik: t.string({ required: false, description: 'NIK, 16 digits.' }),
    name: t.string({ required: false, description: 'Full name.' }),
    birthDate: t.string({ required: false, description: 'Birth date, YYYY-MM-DD.' }),
    sex: t.string({ required: false, description: 'L or P.' }),
    phone: t.string({ required: false, description: 'Phone, any Indonesian format.' }),
    education: t.string({ required: false, description: 'Education level key.' }),
    address: t.string({ required: false, description: 'Address.' }),
  }),
});

const ImportRowStatusEnum = builder.enumType('ImportRowStatus', {
  description: 'Verdict on one import row.',
  values: {
    OK: { value: 'ok', description: 'The row can be (or was) enrolled.' },
    ERROR: { value: 'error', description: 'The row has problems and is not enrolled.' },
  } as const,
});

const ParticipantImportRowRef = builder
  .objectRef<ImportReportRow>('ParticipantImportRow')
  .implement({
    description: 'The verdict on one row of a participant import.',
    fields: (t) => ({
      index: t.int({
        description: 'Position of the row in the list sent (from 0).',
        resolve: (r) => r.check.index,
      }),
      rowNumber: t.int({
        description: 'Row number in the user’s file.',
        resolve: (r) => r.check.rowNumber,
      }),
      name: t.string({
        nullable: true,
        description: 'The name given in the row, if any.',
        resolve: (r) => r.name,
      }),
      status: t.field({
        type: ImportRowStatusEnum,
        description: 'OK or ERROR.',
        resolve: (r) => (r.check.ok ? 'ok' : 'error'),
      }),
      issues: t.field({
        type: [FieldIssue],
        description: 'Every problem of the row, in words; empty when OK.',
        resolve: (r) => [...r.check.issues],
      }),
      participantId: t.id({
        nullable: true,
        description: 'The participant created from the row (not on a dry run).',
        resolve: (r) => r.participantId,
      }),
    }),
  });

const ParticipantImportReportRef = builder
  .objectRef<ImportReport>('ParticipantImportReport')
  .implement({
    description: 'Per-row report of a participant import or its dry run.',
    fields: (t) => ({
      dryRun: t.exposeBoolean('dryRun', { description: 'True when nothing was saved.' }),
      total: t.int({ description: 'Rows checked.', resolve: (r) => r.rows.length }),
      valid: t.int({
        description: 'Rows without problems.',
        resolve: (r) => r.rows.filter((row) => row.check.ok).length,
      }),
      invalid: t.int({
        description: 'Rows with problems.',
        resolve: (r) => r.rows.filter((row) => !row.check.ok).length,
      }),
      imported: t.exposeInt('imported', { description: 'Participants enrolled by this call.' }),
      rows: t.expose('rows', {
        type: [ParticipantImportRowRef],
        description: 'One entry per row, in the order sent.',
      }),
    }),
  });

builder.objectType(ClassFinishedError, {
  name: 'ClassFinishedError',
  description:
    'The class’s training was finished (its certificates issued from the class as it stood): participants, attendance and scores no longer change.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    finishedAt: t.expose('finishedAt', instant('When the training was finished.')),
  }),
});

/** Errors of the class changes: the class finished. */
const CLASS_ERRORS = mutationErrors(ClassFinishedError);
/** Errors of the class changes the device queues: also a client id reused for another call. */
const QUEUED_CLASS_ERRORS = mutationErrors(ClassFinishedError, IdempotencyKeyReusedError);

const CLIENT_MUTATION_ID_ARG = {
  required: false,
  description:
    'A UUID the device makes for this call (offline queue). Sending the same call again with the same id returns the first result and changes nothing; another call under a used id gives IdempotencyKeyReusedError.',
} as const;

const idOrNull = (v: string | number | null | undefined) =>
  v === null || v === undefined ? null : String(v);

builder.mutationFields((t) => ({
  importParticipants: t.field({
    type: ParticipantImportReportRef,
    description: `Check (dryRun) or import participants of a class from spreadsheet rows (at most ${MAX_IMPORT_ROWS}); the valid rows are enrolled together in one transaction, rows with problems are reported and skipped. Same rights as addParticipant.`,
    errors: CLASS_ERRORS,
    args: {
      scheduleId: t.arg.id({ required: true, description: 'The class.' }),
      rows: t.arg({
        type: [ParticipantImportRowInput],
        required: true,
        description: 'The rows, in file order.',
      }),
      dryRun: t.arg.boolean({
        required: false,
        description: 'Only check and report; nothing is saved. Default false.',
      }),
    },
    resolve: (_root, args, ctx) =>
      importParticipants(
        ctx,
        String(args.scheduleId),
        args.rows.map((row) =>
          Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)),
        ),
        args.dryRun ?? false,
      ),
  }),
  addParticipant: t.prismaField({
    type: 'Participant',
    description:
      'Enrol a participant in a class (instructor coordinator or an assigned instructor). A NIK appears once per class.',
    errors: QUEUED_CLASS_ERRORS,
    args: {
      scheduleId: t.arg.id({ required: true, description: 'The class.' }),
      input: t.arg({ type: ParticipantInput, required: true, description: 'The participant.' }),
      clientMutationId: t.arg.id(CLIENT_MUTATION_ID_ARG),
    },
    resolve: async (query, _root, args, ctx) => {
      const input = validated(participantSchema, args.input, ctx);
      const p = await addParticipant(
        ctx,
        String(args.scheduleId),
        input,
        idOrNull(args.clientMutationId),
      );
      return ctx.prisma.participant.findUniqueOrThrow({ ...query, where: { id: p.id } });
    },
  }),
  removeParticipant: t.prismaField({
    type: 'TrainingSchedule',
    description: 'Remove a participant and their attendance from a class; returns the class.',
    errors: CLASS_ERRORS,
    args: { participantId: t.arg.id({ required: true, description: 'The participant.' }) },
    resolve: async (query, _root, args, ctx) => {
      const { scheduleId } = await removeParticipant(ctx, String(args.participantId));
      return ctx.prisma.trainingSchedule.findUniqueOrThrow({ ...query, where: { id: scheduleId } });
    },
  }),
  recordAttendance: t.prismaField({
    type: 'TrainingSession',
    description:
      'Record or correct attendance of a training day (instructor coordinator or an assigned instructor). Per participant and day the mark made last (markedAt) wins, whatever order marks arrive in; an older mark is kept in the history but does not replace a newer one, so compare the returned attendance with what was sent. Refused with ClassFinishedError once the training is finished.',
    errors: QUEUED_CLASS_ERRORS,
    args: {
      sessionId: t.arg.id({ required: true, description: 'The training day.' }),
      entries: t.arg({
        type: [AttendanceEntryInput],
        required: true,
        description: 'One entry per participant to record.',
      }),
      markedAt: t.arg({
        type: 'DateTime',
        required: false,
        description:
          'When the marks were made on the device (queued offline); a time later than the server’s clock counts as now. Default: now.',
      }),
      clientMutationId: t.arg.id(CLIENT_MUTATION_ID_ARG),
    },
    resolve: async (query, _root, args, ctx) => {
      const entries = validated(attendanceEntriesSchema, args.entries, ctx);
      const session = await recordAttendance(ctx, String(args.sessionId), entries, {
        markedAt: args.markedAt ?? null,
        clientMutationId: idOrNull(args.clientMutationId),
      });
      return ctx.prisma.trainingSession.findUniqueOrThrow({ ...query, where: { id: session.id } });
    },
  }),
  recordTestScores: t.prismaField({
    type: 'Participant',
    description:
      'Record a participant’s pre-test and/or post-test score (0-100); a score left out is kept. The score stored last stands. Refused with ClassFinishedError once the training is finished.',
    errors: QUEUED_CLASS_ERRORS,
    args: {
      participantId: t.arg.id({ required: true, description: 'The participant.' }),
      preTestScore: t.arg.float({ required: false, description: 'Pre-test score.' }),
      postTestScore: t.arg.float({ required: false, description: 'Post-test score.' }),
      clientMutationId: t.arg.id(CLIENT_MUTATION_ID_ARG),
    },
    resolve: async (query, _root, args, ctx) => {
      const scores = validated(
        testScoresSchema,
        { preTestScore: args.preTestScore, postTestScore: args.postTestScore },
        ctx,
      );
      const p = await recordTestScores(
        ctx,
        String(args.participantId),
        scores,
        idOrNull(args.clientMutationId),
      );
      return ctx.prisma.participant.findUniqueOrThrow({ ...query, where: { id: p.id } });
    },
  }),
}));
