import { type WorkingCalendar, workingDaysBetween } from '@blk/domain';
import { findStep, type SopDefinition } from './definition';
import { isReservedLane, REQUESTER_LANE } from './roles';
import { median, type RequestHistory } from './sla';

/**
 * Where a time split stops: on first leaving a step forward (e.g. the scheduling step, to a state
 * that is not an end step), on first reaching a state, or (default) on reaching any end step.
 */
export type TimeSplitTarget =
  | { readonly leaving: string }
  | { readonly reaching: string }
  | { readonly end: true };

/**
 * A request's elapsed working time from submission to a target, split by who had the request:
 * the office (steps of staff roles) and the requester (steps in the REQUESTER_LANE, e.g.
 * completing documents or answering the survey). The clock of the office stops while the request
 * waits on the requester, so neither figure hides the other. Time in system-lane steps is in
 * neither.
 */
export interface TimeSplit {
  /** True when the history reached the target; false leaves the figures as of the last event. */
  readonly reached: boolean;
  readonly officeWorkingDays: number;
  readonly requesterWorkingDays: number;
  /** From submission to the target (or the last event): office + requester + system. */
  readonly totalWorkingDays: number;
}

/**
 * Splits a request's history into office time and requester waiting time, step visit by step
 * visit, under the request's own SOP version, up to the target.
 */
export function requestTimeSplit(
  def: SopDefinition,
  history: RequestHistory,
  calendar: WorkingCalendar,
  target: TimeSplitTarget = { end: true },
): TimeSplit {
  const isEnd = (key: string) => findStep(def, key)?.kind === 'end';
  const hits = (event: RequestHistory['events'][number]) => {
    if ('leaving' in target) return event.fromState === target.leaving && !isEnd(event.toState);
    if ('reaching' in target) return event.toState === target.reaching;
    return isEnd(event.toState);
  };
  let state = history.events[0]?.fromState ?? def.steps.find((s) => s.kind === 'start')?.key;
  let startedAt = history.submittedAt;
  let office = 0;
  let requester = 0;
  let reached = false;
  for (const event of history.events) {
    const days = workingDaysBetween(calendar, startedAt, event.at);
    const role = state === undefined ? undefined : findStep(def, state)?.role;
    if (role === REQUESTER_LANE) requester += days;
    else if (role !== undefined && !isReservedLane(role)) office += days;
    state = event.toState;
    startedAt = event.at;
    if (hits(event)) {
      reached = true;
      break;
    }
  }
  return {
    reached,
    officeWorkingDays: office,
    requesterWorkingDays: requester,
    totalWorkingDays: workingDaysBetween(calendar, history.submittedAt, startedAt),
  };
}

/** Medians of the time splits of the requests that reached the target. */
export interface TimeSplitSummary {
  /** Requests that reached the target. */
  readonly requests: number;
  readonly medianOfficeWorkingDays: number | null;
  readonly medianRequesterWorkingDays: number | null;
  readonly medianTotalWorkingDays: number | null;
}

/**
 * Office time and requester waiting time over many requests, each under its own SOP version;
 * `target` may depend on the version (e.g. leaving that version's scheduling step).
 */
export function summarizeTimeSplits(
  requests: readonly { readonly definition: SopDefinition; readonly history: RequestHistory }[],
  calendar: WorkingCalendar,
  target: (def: SopDefinition) => TimeSplitTarget | undefined = () => ({ end: true }),
): TimeSplitSummary {
  const splits = requests.flatMap(({ definition, history }) => {
    const t = target(definition);
    if (!t) return [];
    const split = requestTimeSplit(definition, history, calendar, t);
    return split.reached ? [split] : [];
  });
  return {
    requests: splits.length,
    medianOfficeWorkingDays: median(splits.map((s) => s.officeWorkingDays)),
    medianRequesterWorkingDays: median(splits.map((s) => s.requesterWorkingDays)),
    medianTotalWorkingDays: median(splits.map((s) => s.totalWorkingDays)),
  };
}
