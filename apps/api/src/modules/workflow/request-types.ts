import type { Prisma } from '@blk/db';
import { formatTrackingCode, type MessageKey, message } from '@blk/domain';
import {
  type ActionWarning,
  actionsOf,
  actionWarnings,
  availableActions,
  computedReportInputs,
  currentStepSla,
  evaluateRequestSla,
  findStep,
  formatIsoDate,
  formInputs,
  type InputSpec,
  localize,
  roleLabel,
  type SlaStatus,
  type SopDefinition,
  type StepSla,
  type TimeStandard,
} from '@blk/sop';
import DataLoader from 'dataloader';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { enumValues } from '../../graphql/enum-values';
import { Region } from '../catalogue/catalogue';
import { requestHistory } from '../requests/request-history';
import { RequesterTypeEnum } from '../requests/submit.graphql';
import { ASSIGNMENT_ORDER, isoDay, stepName } from './access';
import { loadClassRecords } from './effects/class-records';
import { sopDefinitionOf } from './sop-definitions';

const SLA_STATUSES = ['on_time', 'due_soon', 'late', 'running'] as const satisfies SlaStatus[];
const SLA_STATUS_DESCRIPTIONS: Record<SlaStatus, string> = {
  on_time: 'Finished within its time standard.',
  due_soon: 'Still running, less than one working day left.',
  late: 'Finished after its deadline, or still running and already overdue.',
  running: 'Still running, within its time standard (or the step has none).',
};

export const SlaStatusEnum = builder.enumType('SlaStatus', {
  description: 'A step measured against its SOP time standard (mutu baku waktu).',
  values: enumValues(SLA_STATUSES, (s) => SLA_STATUS_DESCRIPTIONS[s]),
});

const TimeStandardRef = builder.objectRef<TimeStandard>('SopTimeStandard').implement({
  description: 'Time standard (waktu) of an SOP step.',
  fields: (t) => ({
    unit: t.exposeString('unit', {
      description: 'hari_kerja (working days), jam_kerja (working hours) or jadwal (per schedule).',
    }),
    value: t.float({
      nullable: true,
      description: 'Amount in the unit; null for jadwal.',
      resolve: (s) => ('value' in s ? s.value : null),
    }),
    label: t.string({
      description: 'Readable form in the caller’s language, e.g. "5 hari kerja".',
      resolve: (s, _args, ctx) =>
        s.unit === 'jadwal'
          ? message('workflow.per_schedule', ctx.lang)
          : message(
              s.unit === 'hari_kerja' ? 'workflow.working_days' : 'workflow.working_hours',
              ctx.lang,
              { n: s.value },
            ),
    }),
  }),
});

const StepSlaRef = builder.objectRef<StepSla>('StepSla').implement({
  description: 'One visit of a request to an SOP step, timed against the step’s standard.',
  fields: (t) => ({
    stepKey: t.exposeString('stepKey', { description: 'Key of the step.' }),
    role: t.exposeString('role', { description: 'The step’s pelaksana (role key).' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'Arrival at the step.' }),
    endedAt: t.expose('endedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the step was finished; null while it runs.',
    }),
    dueAt: t.expose('dueAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Deadline by the time standard; null when the step has none (yet).',
    }),
    standard: t.field({
      type: TimeStandardRef,
      nullable: true,
      description: 'The time standard applied.',
      resolve: (s) => s.standard,
    }),
    workingDaysTaken: t.exposeFloat('workingDaysTaken', {
      description: 'Working days spent at the step so far.',
    }),
    status: t.field({ type: SlaStatusEnum, description: 'Outcome.', resolve: (s) => s.status }),
  }),
});

/** The current step's SLA from the stored columns; every step's only when `steps` is asked. */
interface RequestSla {
  requestId: string;
  current: StepSla | null;
}

const RequestSlaRef = builder.objectRef<RequestSla>('RequestSla').implement({
  description: 'Service-level view of a request: its current step and every step so far.',
  fields: (t) => ({
    status: t.field({
      type: SlaStatusEnum,
      nullable: true,
      description: 'Status of the current step; null once the request is closed.',
      resolve: (s) => s.current?.status ?? null,
    }),
    dueAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Deadline of the current step.',
      resolve: (s) => s.current?.dueAt ?? null,
    }),
    workingDaysLeft: t.float({
      nullable: true,
      description:
        'Working days left for the current step (negative when overdue; hour standards are converted at 8 hours a day).',
      resolve: (s) => {
        const r = s.current?.remaining;
        if (!r) return null;
        return Number((r.unit === 'jam_kerja' ? r.value / 8 : r.value).toFixed(2));
      },
    }),
    steps: t.field({
      type: [StepSlaRef],
      description: 'Every step visit, in order (end steps are not measured).',
      resolve: (s, _args, ctx) => slaSteps(ctx, s.requestId),
    }),
  }),
});

/** An input as a form shows it: computed ones (the class report's figures) carry their value. */
type InputView = InputSpec & { computed?: boolean; value?: unknown };

const InputSpecRef = builder.objectRef<InputView>('SopInputSpec').implement({
  description: 'One required input (kelengkapan) of an SOP step or action.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Key in the transition’s `input` JSON.' }),
    label: t.string({
      description: 'Label in the caller’s language.',
      resolve: (s, _args, ctx) => localize(s.label, ctx.lang),
    }),
    type: t.exposeString('type', {
      description:
        'text, date (YYYY-MM-DD), number, boolean, file, choice, staff or instructors (list of instructor ids).',
    }),
    required: t.exposeBoolean('required', { description: 'Must be given.' }),
    options: t.exposeStringList('options', {
      nullable: true,
      description: 'Allowed values of a choice.',
    }),
    min: t.exposeFloat('min', { nullable: true, description: 'Smallest number allowed.' }),
    max: t.exposeFloat('max', { nullable: true, description: 'Largest number allowed.' }),
    computed: t.boolean({
      description:
        'Computed by the server from the records (the class report’s figures): shown read-only with `value`; whatever is sent for it is replaced.',
      resolve: (s) => s.computed ?? false,
    }),
    value: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The value a computed input will be recorded with, as of now.',
      resolve: (s) => s.value ?? null,
    }),
  }),
});

const ActionWarningRef = builder
  .objectRef<ActionWarning & { message: string }>('ActionWarning')
  .implement({
    description:
      'A guard rail of the SOP that this action would break now (before the scheduled days, incomplete class records). Proceeding needs a reason in `reasonInput`.',
    fields: (t) => ({
      code: t.exposeString('code', {
        description:
          'BEFORE_FIRST_DAY, BEFORE_LAST_DAY, NO_PARTICIPANTS, ATTENDANCE_MISSING or SCORES_MISSING.',
      }),
      message: t.exposeString('message', {
        description: 'What is wrong, in the caller’s language.',
      }),
      reasonInput: t.exposeString('reasonInput', {
        description: 'Key of the input that must hold the reason to proceed anyway.',
      }),
    }),
  });

interface ActionView {
  key: string;
  label: string;
  to: string;
  toName: string;
  branch: string | null;
  inputs: InputView[];
  assignedOnly: boolean;
  irreversible: boolean;
  warnings: (ActionWarning & { message: string })[];
}

const AvailableActionRef = builder.objectRef<ActionView>('AvailableAction').implement({
  description: 'An SOP action the viewer may take now, with the inputs it needs.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Pass as `action` to transitionTrainingRequest.' }),
    label: t.exposeString('label', { description: 'Button label in the caller’s language.' }),
    toState: t.exposeString('to', { description: 'Step the request moves to.' }),
    toStepName: t.exposeString('toName', { description: 'Name of that step.' }),
    branch: t.exposeString('branch', {
      nullable: true,
      description: 'yes/no branch of a decision step.',
    }),
    inputs: t.field({
      type: [InputSpecRef],
      description: 'Inputs to send: the step’s kelengkapan (unless skipped) plus the action’s own.',
      resolve: (a) => a.inputs,
    }),
    assignedOnly: t.exposeBoolean('assignedOnly', {
      description: 'Only the instructors assigned to the request may take it.',
    }),
    irreversible: t.exposeBoolean('irreversible', {
      description:
        'It cannot be taken back (it ends the request, or the SOP says so, like finishing a training): ask the user to confirm before sending.',
    }),
    warnings: t.field({
      type: [ActionWarningRef],
      description:
        'Guard rails the action would break now; each names the input that must hold the reason (that input is then listed among `inputs`, required).',
      resolve: (a) => a.warnings,
    }),
  }),
});

interface StepView {
  key: string;
  name: string;
  description: string;
  role: string;
  roleName: string;
  kind: string;
  documents: string[];
  requiredInputs: InputSpec[];
  timeStandard: TimeStandard | null;
  output: string;
}

const SopStepRef = builder.objectRef<StepView>('RequestStep').implement({
  description: 'The SOP step a request is at, with its mutu baku (kelengkapan, waktu, output).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Step key (the request state).' }),
    name: t.exposeString('name', { description: 'Short name in the caller’s language.' }),
    description: t.exposeString('description', { description: 'What is done at this step.' }),
    kind: t.exposeString('kind', { description: 'start, process, decision or end.' }),
    role: t.exposeString('role', { description: 'Pelaksana: role key (or pemohon / sistem).' }),
    roleName: t.exposeString('roleName', { description: 'Display name of the pelaksana.' }),
    documents: t.exposeStringList('documents', {
      description: 'Documents named in the kelengkapan column.',
    }),
    requiredInputs: t.field({
      type: [InputSpecRef],
      description: 'Kelengkapan entered as inputs.',
      resolve: (s) => s.requiredInputs,
    }),
    timeStandard: t.field({
      type: TimeStandardRef,
      nullable: true,
      description: 'Waktu: the time standard.',
      resolve: (s) => s.timeStandard,
    }),
    output: t.exposeString('output', { description: 'Output of the step.' }),
  }),
});

function stepView(def: SopDefinition, key: string, ctx: Context): StepView | null {
  const step = findStep(def, key);
  if (!step) return null;
  return {
    key,
    name: stepName(def, key, ctx) ?? key,
    description: localize(step.description, ctx.lang),
    kind: step.kind,
    role: step.role,
    roleName: roleLabel(step.role),
    documents: step.documents ?? [],
    requiredInputs: step.requiredInputs,
    timeStandard: step.timeStandard ?? null,
    output: step.output,
  };
}

/** Label of an event's action in the SOP it was taken under. */
function actionLabel(def: SopDefinition, fromState: string | null, action: string, ctx: Context) {
  if (!fromState) return message('tracking.submitted', ctx.lang);
  const found = actionsOf(def, fromState).find((a) => a.key === action);
  return found ? localize(found.label, ctx.lang) : action;
}

const ActorTypeEnum = builder.enumType('ActorType', {
  description: 'Who took an action.',
  values: {
    requester: { value: 'requester', description: 'The public requester.' },
    staff: { value: 'staff', description: 'A staff member.' },
    system: { value: 'system', description: 'The system (e.g. automatic closing).' },
    integrator: { value: 'integrator', description: 'An integrator’s API key.' },
  } as const,
});

export const RequestEvent = builder.prismaObject('RequestEvent', {
  description: 'One entry of a request’s timeline: a transition, timed against its SOP step.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: '1, 2, 3… per request.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When it happened.' }),
    actorType: t.field({
      type: ActorTypeEnum,
      description: 'Kind of actor.',
      select: { actorType: true },
      resolve: (e) => e.actorType,
    }),
    actorName: t.string({
      nullable: true,
      description: 'Name of the staff member who acted.',
      select: { actorStaff: { select: { name: true } } },
      resolve: (e) => e.actorStaff?.name ?? null,
    }),
    actorRole: t.exposeString('actorRole', {
      nullable: true,
      description: 'Role key the staff member acted in.',
    }),
    actorRoleName: t.string({
      nullable: true,
      description: 'Display name of that role.',
      select: { actorRole: true },
      resolve: (e) => (e.actorRole ? roleLabel(e.actorRole) : null),
    }),
    action: t.exposeString('action', { description: 'SOP action key.' }),
    actionLabel: t.string({
      description: 'Action label in the caller’s language.',
      select: {
        action: true,
        fromState: true,
        request: { select: { sopVersionId: true } },
      },
      resolve: async (e, _args, ctx) =>
        actionLabel(await sopDefinitionOf(ctx, e.request.sopVersionId), e.fromState, e.action, ctx),
    }),
    fromState: t.exposeString('fromState', { nullable: true, description: 'Step before.' }),
    fromStepName: t.string({
      nullable: true,
      description: 'Name of the step before.',
      select: {
        fromState: true,
        request: { select: { sopVersionId: true } },
      },
      resolve: async (e, _args, ctx) =>
        stepName(await sopDefinitionOf(ctx, e.request.sopVersionId), e.fromState, ctx),
    }),
    toState: t.exposeString('toState', { description: 'Step after.' }),
    toStepName: t.string({
      description: 'Name of the step after.',
      select: {
        toState: true,
        request: { select: { sopVersionId: true } },
      },
      resolve: async (e, _args, ctx) =>
        stepName(await sopDefinitionOf(ctx, e.request.sopVersionId), e.toState, ctx) ?? e.toState,
    }),
    inputs: t.expose('inputs', {
      type: 'JSON',
      nullable: true,
      description: 'Inputs given with the action (only the keys the SOP declares).',
    }),
    durationWorkingDays: t.float({
      nullable: true,
      description: 'Working days the finished step took.',
      select: { durationWorkingDays: true },
      resolve: (e) => (e.durationWorkingDays === null ? null : Number(e.durationWorkingDays)),
    }),
    standardValue: t.float({
      nullable: true,
      description: 'The step’s time standard at the time (in `standardUnit`).',
      select: { standardValue: true },
      resolve: (e) => (e.standardValue === null ? null : Number(e.standardValue)),
    }),
    standardUnit: t.exposeString('standardUnit', {
      nullable: true,
      description: 'hari_kerja, jam_kerja or jadwal.',
    }),
    dueAt: t.expose('dueAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Deadline of the finished step.',
    }),
    onTime: t.exposeBoolean('onTime', {
      nullable: true,
      description: 'True when the step was finished by its deadline.',
    }),
  }),
});

export const Requester = builder.prismaObject('Requester', {
  description:
    'The party asking for training. Contact details go only to the roles whose SOP step needs them (access policy, modules/auth/policy.ts).',
  // Contact details are read only when a query asks for them.
  select: { id: true },
  fields: (t) => ({
    type: t.field({
      type: RequesterTypeEnum,
      description: 'Kind of requester.',
      select: { type: true },
      resolve: (r) => r.type,
    }),
    organizationName: t.exposeString('organizationName', {
      description: 'Requesting organisation.',
    }),
    contactName: t.exposeString('contactName', {
      nullable: true,
      description:
        'Contact person. Null for roles whose step does not need it (kepala bidang, kepala dinas, admin) and for API keys.',
      unauthorizedResolver: () => null,
    }),
    phone: t.exposeString('phone', {
      nullable: true,
      description:
        'Contact phone, E.164. Null for roles whose step does not need it (kepala bidang, kepala dinas, admin) and for API keys.',
      unauthorizedResolver: () => null,
    }),
    email: t.exposeString('email', {
      nullable: true,
      description:
        'Contact e-mail. Null for roles whose step does not need it (kepala bidang, kepala dinas, admin) and for API keys.',
      unauthorizedResolver: () => null,
    }),
  }),
});

export const SiteAssessment = builder.prismaObject('SiteAssessment', {
  description: 'Needs assessment and site survey (kajian kebutuhan, survei lokasi) of a request.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier.' }),
    surveyDate: t.field({
      type: 'Date',
      description: 'Day of the site survey.',
      select: { surveyDate: true },
      resolve: (a) => isoDay(a.surveyDate),
    }),
    findings: t.exposeString('findings', { description: 'What the survey found.' }),
    localPotential: t.exposeString('localPotential', {
      nullable: true,
      description: 'Local economic potential.',
    }),
    facilitiesAvailable: t.exposeStringList('facilitiesAvailable', {
      description: 'Facilities available on site.',
    }),
    recommendation: t.exposeString('recommendation', {
      description: 'Recommended training, as written by the assessor.',
    }),
    recommendedProgramId: t.exposeID('recommendedProgramId', {
      nullable: true,
      description: 'Id of the catalogue programme the recommendation names, when it matches one.',
    }),
    assessedBy: t.relation('assessedBy', { description: 'Who assessed.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

/** The columns the action fields need (no history), loaded with the page in constant queries. */
const actionSelect = {
  state: true,
  sopVersionId: true,
  // Same arguments as the `schedules` relation field, so Pothos merges both into one load.
  schedules: {
    orderBy: { createdAt: 'desc' },
    select: {
      startDate: true,
      endDate: true,
      cancelledAt: true,
      instructors: { orderBy: [...ASSIGNMENT_ORDER], select: { instructorId: true } },
    },
  },
} as const;

type ActionRow = {
  state: string;
  sopVersionId: string;
  schedules: {
    startDate: Date;
    endDate: Date;
    cancelledAt: Date | null;
    instructors: { instructorId: string }[];
  }[];
};

/** True when the viewer is an instructor assigned to the request's current schedule. */
function viewerAssigned(row: ActionRow, ctx: Context): boolean {
  const instructorId = ctx.viewer.kind === 'staff' ? ctx.viewer.user.instructorId : null;
  return (
    instructorId !== null &&
    row.schedules.some(
      (s) => s.cancelledAt === null && s.instructors.some((i) => i.instructorId === instructorId),
    )
  );
}

async function staffActions(row: ActionRow, ctx: Context) {
  if (ctx.viewer.kind !== 'staff') return { def: null, actions: [] };
  const def = await sopDefinitionOf(ctx, row.sopVersionId);
  const user = ctx.viewer.user;
  const assigned = viewerAssigned(row, ctx);
  const actions = availableActions(def, row.state, {
    kind: 'staff',
    roles: [user.roleKey],
    staffId: user.id,
  }).filter((a) => !a.assignedOnly || assigned);
  return { def, actions };
}

/** Effects whose form depends on the class records (guard rails, computed report). */
const READS_CLASS = new Set(['notBeforeSchedule', 'classComplete', 'classReport']);

/**
 * The actions the viewer may take now, as the action form shows them: with the warnings of their
 * guard rails (and the reason input they ask for) and the computed report figures filled in.
 */
async function actionsFor(row: ActionRow & { id: string }, ctx: Context): Promise<ActionView[]> {
  const { def, actions } = await staffActions(row, ctx);
  if (!def || actions.length === 0) return [];
  const standing = actions.some((a) => a.effects.some((e) => READS_CLASS.has(e.type)))
    ? await loadClassRecords(ctx.prisma, row.id)
    : null;
  const schedule = row.schedules.find((s) => s.cancelledAt === null);
  const facts = {
    ...(schedule
      ? { schedule: { startDate: isoDay(schedule.startDate), endDate: isoDay(schedule.endDate) } }
      : {}),
    ...(standing ? { classRecords: standing.records } : {}),
  };
  const now = ctx.now();
  return actions.map((a) => {
    const warnings = actionWarnings(a.effects, facts, now);
    const values = standing ? computedReportInputs(a.effects, standing.records) : {};
    return {
      key: a.key,
      label: localize(a.label, ctx.lang),
      to: a.to,
      toName: stepName(def, a.to, ctx) ?? a.to,
      branch: a.branch ?? null,
      inputs: formInputs(a.effects, a.inputs, warnings).map((i) =>
        i.computed ? { ...i, value: values[i.key] ?? null } : i,
      ),
      assignedOnly: a.assignedOnly,
      irreversible: a.irreversible,
      warnings: warnings.map((w) => ({
        ...w,
        message: message(`warning.${w.code.toLowerCase()}` as MessageKey, ctx.lang, {
          ...w.params,
          // The day as people write it ("3 Mei 2027"), not as it is stored.
          ...(typeof w.params.day === 'string'
            ? { day: formatIsoDate(w.params.day, ctx.lang) }
            : {}),
        }),
      })),
    };
  });
}

/** The stored columns the list's SLA reads (kept by every transition, no history needed). */
const slaSelect = {
  id: true,
  state: true,
  sopVersionId: true,
  stepStartedAt: true,
  stepDueAt: true,
} as const;

/** SLA of the current step from the stored progress, under the request's own SOP version. */
export async function requestSla(
  row: {
    id: string;
    state: string;
    sopVersionId: string;
    stepStartedAt: Date;
    stepDueAt: Date | null;
  },
  ctx: Context,
): Promise<RequestSla> {
  const [def, calendar] = await Promise.all([
    sopDefinitionOf(ctx, row.sopVersionId),
    ctx.calendar(),
  ]);
  return { requestId: row.id, current: currentStepSla(def, row, { now: ctx.now(), calendar }) };
}

type HistoryRow = Prisma.TrainingRequestGetPayload<{ select: typeof historySelect }>;
const historySelect = {
  id: true,
  submittedAt: true,
  sopVersionId: true,
  events: {
    select: {
      action: true,
      fromState: true,
      toState: true,
      at: true,
      actorType: true,
      actorStaffId: true,
      inputs: true,
    },
    orderBy: { seq: 'asc' },
  },
  schedules: {
    where: { cancelledAt: null },
    orderBy: { createdAt: 'desc' },
    select: { startDate: true, endDate: true },
  },
} as const satisfies Prisma.TrainingRequestSelect;

const historyLoaders = new WeakMap<Context, DataLoader<string, HistoryRow | undefined>>();

/** Every step visit of a request from its events: only where asked (the detail page). */
async function slaSteps(ctx: Context, requestId: string): Promise<StepSla[]> {
  let loader = historyLoaders.get(ctx);
  if (!loader) {
    // One query for all the requests of a page that ask for their history.
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.prisma.trainingRequest.findMany({
        where: { id: { in: [...ids] } },
        select: historySelect,
        relationLoadStrategy: 'join',
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id));
    });
    historyLoaders.set(ctx, loader);
  }
  const row = await loader.load(requestId);
  if (!row) return [];
  const [def, calendar] = await Promise.all([
    sopDefinitionOf(ctx, row.sopVersionId),
    ctx.calendar(),
  ]);
  const schedule = row.schedules[0];
  const history = requestHistory(def, row.submittedAt, row.events);
  return evaluateRequestSla(
    def,
    {
      ...history,
      ...(schedule
        ? { schedule: { startDate: isoDay(schedule.startDate), endDate: isoDay(schedule.endDate) } }
        : {}),
    },
    { now: ctx.now(), calendar },
  );
}

export const TrainingRequest = builder.prismaObject('TrainingRequest', {
  description:
    'A training request as staff process it through the SOP version it was submitted under.',
  // Only the columns the query's fields need (no search columns, token hash or notes on a list).
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    trackingCode: t.string({
      description: 'Public tracking code, formatted XXXXX-XXXXX.',
      select: { trackingCode: true },
      resolve: (r) => formatTrackingCode(r.trackingCode),
    }),
    requester: t.relation('requester', { description: 'Who asked.' }),
    region: t.relation('region', { description: 'Desa/kelurahan where the training happens.' }),
    kecamatan: t.field({
      type: Region,
      nullable: true,
      description: 'Kecamatan of the venue.',
      select: { region: { select: { parent: true } } },
      resolve: (r) => r.region.parent,
    }),
    kabupaten: t.field({
      type: Region,
      nullable: true,
      description: 'Kabupaten/kota of the venue (its island decides travel).',
      select: { region: { select: { parent: { select: { parent: true } } } } },
      resolve: (r) => r.region.parent?.parent ?? null,
    }),
    address: t.exposeString('address', { description: 'Street address of the venue.' }),
    venueDetails: t.exposeString('venueDetails', {
      nullable: true,
      description: 'Room, power, access.',
    }),
    program: t.relation('program', {
      nullable: true,
      description: 'Requested catalogue programme.',
    }),
    needDescription: t.exposeString('needDescription', {
      nullable: true,
      description: 'The training needed, when no programme fits.',
    }),
    participantsExpected: t.exposeInt('participantsExpected', {
      description: 'Expected number of participants.',
    }),
    participantProfile: t.exposeString('participantProfile', {
      nullable: true,
      description: 'Who the participants are.',
    }),
    preferredStart: t.field({
      type: 'Date',
      description: 'Earliest preferred start day.',
      select: { preferredStart: true },
      resolve: (r) => isoDay(r.preferredStart),
    }),
    preferredEnd: t.field({
      type: 'Date',
      description: 'Latest preferred end day.',
      select: { preferredEnd: true },
      resolve: (r) => isoDay(r.preferredEnd),
    }),
    note: t.exposeString('note', { nullable: true, description: 'Requester’s note.' }),
    state: t.exposeString('state', { description: 'Key of the current SOP step.' }),
    stepName: t.string({
      description: 'Name of the current step, from the request’s own SOP version.',
      select: { state: true, sopVersionId: true },
      resolve: async (r, _args, ctx) =>
        stepName(await sopDefinitionOf(ctx, r.sopVersionId), r.state, ctx) ?? r.state,
    }),
    currentStep: t.field({
      type: SopStepRef,
      nullable: true,
      description: 'The current step with its mutu baku (kelengkapan, time standard, output).',
      select: { state: true, sopVersionId: true },
      resolve: async (r, _args, ctx) =>
        stepView(await sopDefinitionOf(ctx, r.sopVersionId), r.state, ctx),
    }),
    sopVersionNo: t.int({
      description: 'Number of the SOP version the request follows.',
      select: { sopVersion: { select: { versionNo: true } } },
      resolve: (r) => r.sopVersion.versionNo,
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-lock counter; pass as `expectedVersion` when acting.',
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', description: 'When it arrived.' }),
    stepStartedAt: t.expose('stepStartedAt', {
      type: 'DateTime',
      description: 'When it reached the current step.',
    }),
    stepDueAt: t.expose('stepDueAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Deadline of the current step; null while waiting on the requester or closed.',
    }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it reached an end step.',
    }),
    sla: t.field({
      type: RequestSlaRef,
      description: 'SLA status of the current step and of every step so far.',
      select: slaSelect,
      resolve: (r, _args, ctx) => requestSla(r, ctx),
    }),
    events: t.relation('events', {
      description: 'Timeline, oldest first.',
      query: { orderBy: { seq: 'asc' } },
    }),
    assessments: t.relation('assessments', {
      description: 'Needs assessments recorded for the request.',
      query: { orderBy: { createdAt: 'asc' } },
    }),
    attachments: t.relation('attachments', {
      description:
        'Documents attached to the request (request letter, reports), oldest first. Staff only: integrators get an empty list.',
      query: { orderBy: { createdAt: 'asc' } },
      unauthorizedResolver: () => [] as never,
    }),
    schedules: t.relation('schedules', {
      description: 'Schedules (classes) of the request, newest first; cancelled ones included.',
      query: { orderBy: { createdAt: 'desc' } },
    }),
    availableActions: t.field({
      type: [AvailableActionRef],
      description: 'SOP actions the viewer may take now (empty for API keys and other roles).',
      select: { ...actionSelect, id: true },
      resolve: (r, _args, ctx) => actionsFor(r, ctx),
    }),
    viewerCanAct: t.boolean({
      description: 'True when the viewer may take at least one SOP action now.',
      select: actionSelect,
      resolve: async (r, _args, ctx) => (await staffActions(r, ctx)).actions.length > 0,
    }),
    viewerIsAssigned: t.boolean({
      description: 'True when the viewer is an instructor assigned to the current schedule.',
      select: actionSelect,
      resolve: (r, _args, ctx) => viewerAssigned(r, ctx),
    }),
  }),
});
