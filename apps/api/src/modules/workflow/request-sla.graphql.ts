import type { Prisma } from '@blk/db';
import { message } from '@blk/domain';
import {
  currentStepSla,
  evaluateRequestSla,
  type SlaStatus,
  type StepSla,
  type TimeStandard,
} from '@blk/sop';
import DataLoader from 'dataloader';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { enumValues } from '../../graphql/enum-values';
import { instant, nullableInstant } from '../../graphql/instant-field';
import { type MaybePromise, whenBothReady } from '../../graphql/maybe-promise';
import { historyEvents, requestHistory } from '../requests/request-history';
import { isoDay } from './access';
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

export const TimeStandardRef = builder.objectRef<TimeStandard>('SopTimeStandard').implement({
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
    startedAt: t.expose('startedAt', instant('Arrival at the step.')),
    endedAt: t.expose(
      'endedAt',
      nullableInstant('When the step was finished; null while it runs.'),
    ),
    dueAt: t.expose(
      'dueAt',
      nullableInstant('Deadline by the time standard; null when the step has none (yet).'),
    ),
    standard: t.expose('standard', {
      type: TimeStandardRef,
      nullable: true,
      description: 'The time standard applied.',
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

export const RequestSlaRef = builder.objectRef<RequestSla>('RequestSla').implement({
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
/** The stored columns the list's SLA reads (kept by every transition, no history needed). */
export const slaSelect = {
  id: true,
  state: true,
  sopVersionId: true,
  stepStartedAt: true,
  stepDueAt: true,
} as const;

/** SLA of the current step from the stored progress, under the request's own SOP version. */
export function requestSla(
  row: {
    id: string;
    state: string;
    sopVersionId: string;
    stepStartedAt: Date;
    stepDueAt: Date | null;
  },
  ctx: Context,
): MaybePromise<RequestSla> {
  return whenBothReady(sopDefinitionOf(ctx, row.sopVersionId), ctx.calendar(), (def, calendar) => ({
    requestId: row.id,
    current: currentStepSla(def, row, { now: ctx.now(), calendar }),
  }));
}

type HistoryRow = Prisma.TrainingRequestGetPayload<{ select: typeof historySelect }>;
const historySelect = {
  id: true,
  submittedAt: true,
  sopVersionId: true,
  events: historyEvents,
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
