import type { Prisma, RequestEvent } from '@blk/db';
import type { WorkingCalendar } from '@blk/domain';
import {
  findStep,
  type HistoryEvent,
  type RequestHistory,
  type SopDefinition,
  scheduleSourceOf,
  shortestPath,
  startStepKey,
  summarizeTimeSplits,
  type TimeSplitSummary,
  type TrainingSchedule,
} from '@blk/sop';

/** The training dates an event set, when it is the one leaving the SOP's scheduling step. */
export function scheduleOfEvent(
  def: SopDefinition,
  event: Pick<RequestEvent, 'fromState' | 'inputs'>,
): TrainingSchedule | undefined {
  const source = scheduleSourceOf(def);
  if (!source || event.fromState !== source.step) return undefined;
  const inputs = (event.inputs ?? {}) as Record<string, unknown>;
  const endDate = inputs[source.endDateInput];
  const startDate = inputs[source.startDateInput];
  if (typeof endDate !== 'string') return undefined;
  return typeof startDate === 'string' ? { startDate, endDate } : { endDate };
}

/** The event columns {@link requestHistory} reads, in the order it reads them (a Prisma select). */
export const historyEvents = {
  orderBy: { seq: 'asc' },
  select: {
    action: true,
    fromState: true,
    toState: true,
    at: true,
    actorType: true,
    actorStaffId: true,
    inputs: true,
  },
} as const satisfies Prisma.TrainingRequest$eventsArgs;

/**
 * A request's stored events as the SLA functions of @blk/sop read them. The first event (the
 * submission) only opens the first step, so it is not a transition.
 */
export function requestHistory(
  def: SopDefinition,
  submittedAt: Date,
  events: readonly Pick<
    RequestEvent,
    'action' | 'fromState' | 'toState' | 'at' | 'actorType' | 'actorStaffId' | 'inputs'
  >[],
): RequestHistory {
  const transitions: HistoryEvent[] = events.flatMap((e) => {
    if (e.fromState === null) return [];
    const schedule = scheduleOfEvent(def, e);
    return [
      {
        action: e.action,
        fromState: e.fromState,
        toState: e.toState,
        at: e.at,
        actor: {
          kind: e.actorType === 'integrator' ? 'system' : e.actorType,
          ...(e.actorStaffId ? { staffId: e.actorStaffId } : {}),
        },
        ...(schedule ? { schedule } : {}),
      },
    ];
  });
  return { submittedAt, events: transitions };
}

const isEnd = (def: SopDefinition) => (key: string) => findStep(def, key)?.kind === 'end';

/**
 * The SOP's main path: from the start to the scheduling step, then on to the end the training
 * reaches (as the published jangka waktu counts it), leaving out returns, rejections and cancels.
 */
export function mainPath(def: SopDefinition): string[] {
  const start = startStepKey(def);
  if (!start) return [];
  const scheduleStep = scheduleSourceOf(def)?.step;
  const toSchedule = scheduleStep ? shortestPath(def, start, (k) => k === scheduleStep) : undefined;
  if (!scheduleStep || !toSchedule) return shortestPath(def, start, isEnd(def)) ?? [start];
  return [...toSchedule, ...(shortestPath(def, scheduleStep, isEnd(def)) ?? []).slice(1)];
}

/** The end step a successfully served request reaches (e.g. `selesai`). */
export function completionState(def: SopDefinition): string | undefined {
  const path = mainPath(def);
  const last = path.at(-1);
  return last && isEnd(def)(last) ? last : undefined;
}

/**
 * The steps still ahead of a request at `state` if all goes well: back onto the main path by the
 * shortest way (e.g. from completing documents), then along it. Excludes `state` itself.
 */
export function stepsAhead(def: SopDefinition, state: string): string[] {
  if (isEnd(def)(state)) return [];
  const main = mainPath(def);
  const at = main.indexOf(state);
  if (at >= 0) return main.slice(at + 1);
  const back = shortestPath(def, state, (k) => k !== state && main.includes(k));
  const rejoin = back?.at(-1);
  if (!back || !rejoin) return [];
  return [...back.slice(1), ...main.slice(main.indexOf(rejoin) + 1)];
}

/**
 * Office time against the standard, to a fixed schedule and to completion: the clock stops while
 * the request waits on the requester (medians over the requests that got that far).
 */
export function officeTimeSplits(
  measured: readonly { readonly definition: SopDefinition; readonly history: RequestHistory }[],
  calendar: WorkingCalendar,
): { timeToSchedule: TimeSplitSummary; timeToCompletion: TimeSplitSummary } {
  return {
    timeToSchedule: summarizeTimeSplits(measured, calendar, (d) => {
      const step = scheduleSourceOf(d)?.step;
      return step ? { leaving: step } : undefined;
    }),
    timeToCompletion: summarizeTimeSplits(measured, calendar, (d) => {
      const end = completionState(d);
      return end ? { reaching: end } : undefined;
    }),
  };
}
