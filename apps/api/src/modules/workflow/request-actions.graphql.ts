import { type MessageKey, message } from '@blk/domain';
import {
  type ActionWarning,
  actionsOf,
  actionWarnings,
  availableActions,
  computedReportInputs,
  findStep,
  formatIsoDate,
  formInputs,
  type InputSpec,
  localize,
  roleLabel,
  type SopDefinition,
  type TimeStandard,
} from '@blk/sop';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { ASSIGNMENT_ORDER, assignedStaffIds, isoDay, stepName } from './access';
import { loadClassRecords } from './effects/class-records';
import { TimeStandardRef } from './request-sla.graphql';
import { sopDefinitionOf } from './sop-definitions';

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

export const AvailableActionRef = builder.objectRef<ActionView>('AvailableAction').implement({
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
    inputs: t.expose('inputs', {
      type: [InputSpecRef],
      description: 'Inputs to send: the step’s kelengkapan (unless skipped) plus the action’s own.',
    }),
    assignedOnly: t.exposeBoolean('assignedOnly', {
      description: 'Only the instructors assigned to the request may take it.',
    }),
    irreversible: t.exposeBoolean('irreversible', {
      description:
        'It cannot be taken back (it ends the request, or the SOP says so, like finishing a training): ask the user to confirm before sending.',
    }),
    warnings: t.expose('warnings', {
      type: [ActionWarningRef],
      description:
        'Guard rails the action would break now; each names the input that must hold the reason (that input is then listed among `inputs`, required).',
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

export const SopStepRef = builder.objectRef<StepView>('RequestStep').implement({
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
    requiredInputs: t.expose('requiredInputs', {
      type: [InputSpecRef],
      description: 'Kelengkapan entered as inputs.',
    }),
    timeStandard: t.expose('timeStandard', {
      type: TimeStandardRef,
      nullable: true,
      description: 'Waktu: the time standard.',
    }),
    output: t.exposeString('output', { description: 'Output of the step.' }),
  }),
});

export function stepView(def: SopDefinition, key: string, ctx: Context): StepView | null {
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
export function actionLabel(
  def: SopDefinition,
  fromState: string | null,
  action: string,
  ctx: Context,
) {
  if (!fromState) return message('tracking.submitted', ctx.lang);
  const found = actionsOf(def, fromState).find((a) => a.key === action);
  return found ? localize(found.label, ctx.lang) : action;
}

/** The columns the action fields need (no history), loaded with the page in constant queries. */
export const actionSelect = {
  state: true,
  sopVersionId: true,
  // Same arguments as the `schedules` relation field, so Pothos merges both into one load.
  schedules: {
    orderBy: { createdAt: 'desc' },
    select: {
      startDate: true,
      endDate: true,
      cancelledAt: true,
      instructors: {
        orderBy: [...ASSIGNMENT_ORDER],
        select: { instructorId: true, instructor: { select: { user: { select: { id: true } } } } },
      },
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
    instructors: { instructor: { user: { id: string } | null } }[];
  }[];
};

/** True when the viewer's account is one of the request's assigned staff (its instructors). */
export function viewerAssigned(row: ActionRow, ctx: Context): boolean {
  return (
    ctx.viewer.kind === 'staff' && assignedStaffIds(row.schedules).includes(ctx.viewer.user.id)
  );
}

export async function staffActions(row: ActionRow, ctx: Context) {
  if (ctx.viewer.kind !== 'staff') return { def: null, actions: [] };
  const def = await sopDefinitionOf(ctx, row.sopVersionId);
  const user = ctx.viewer.user;
  const actions = availableActions(
    def,
    row.state,
    { kind: 'staff', roles: [user.roleKey], staffId: user.id },
    { assignedStaffIds: assignedStaffIds(row.schedules) },
  );
  return { def, actions };
}

/** Effects whose form depends on the class records (guard rails, computed report). */
const READS_CLASS = new Set(['notBeforeSchedule', 'classComplete', 'classReport']);

/**
 * The actions the viewer may take now, as the action form shows them: with the warnings of their
 * guard rails (and the reason input they ask for) and the computed report figures filled in.
 */
export async function actionsFor(
  row: ActionRow & { id: string },
  ctx: Context,
): Promise<ActionView[]> {
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
