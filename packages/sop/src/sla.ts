import {
  toJakartaDate,
  type WorkingCalendar,
  workingDaysBetween,
  workingHoursBetween,
} from '@blk/domain';
import { type ActorKind, findStep, type SopDefinition, type TimeStandard } from './definition';
import { isReservedLane } from './roles';
import { stepDeadline, type TrainingSchedule } from './state-machine';

/** One stored transition of a request, as `checkTransition` produced it. */
export interface HistoryEvent {
  readonly action: string;
  readonly fromState: string;
  readonly toState: string;
  readonly at: Date;
  readonly actor?: { readonly kind: ActorKind; readonly staffId?: string };
  /** Set on the transition that left the scheduling step. */
  readonly schedule?: TrainingSchedule;
}

/** A request's history under its own SOP version. */
export interface RequestHistory {
  readonly requestId?: string;
  readonly submittedAt: Date;
  /** In the order they happened. */
  readonly events: readonly HistoryEvent[];
  /** Current schedule, used when the events carry none. */
  readonly schedule?: TrainingSchedule;
}

/** SLA status of one visit to a step. `late` also covers a running step already overdue. */
export type SlaStatus = 'on_time' | 'late' | 'running' | 'due_soon';

/** How close to its deadline a running step counts as `due_soon`. */
export type DueSoonThreshold = { readonly fraction: number } | { readonly workingDays: number };

/** Working time spent at a step against its time standard. */
export interface StepSla {
  readonly stepKey: string;
  /** The step's pelaksana. */
  readonly role: string;
  /** Staff member who finished the step. */
  readonly staffId?: string;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly standard: TimeStandard | null;
  readonly dueAt: Date | null;
  readonly workingDaysTaken: number;
  readonly status: SlaStatus;
  /** For running steps: working time left (negative when overdue), in the standard's unit. */
  readonly remaining?: { readonly unit: 'hari_kerja' | 'jam_kerja'; readonly value: number };
}

/** Clock, calendar and `due_soon` threshold (default: less than 1 working day left). */
export interface SlaOptions {
  readonly now: Date;
  readonly calendar: WorkingCalendar;
  readonly dueSoon?: DueSoonThreshold;
}

function runningStatus(
  standard: TimeStandard,
  startedAt: Date,
  dueAt: Date,
  options: SlaOptions,
): Pick<StepSla, 'status' | 'remaining'> {
  const { now, calendar } = options;
  const threshold = options.dueSoon ?? { workingDays: 1 };
  const hours = standard.unit === 'jam_kerja';
  const remaining = hours
    ? workingHoursBetween(calendar, now, dueAt)
    : workingDaysBetween(calendar, now, dueAt);
  const unit = hours ? 'jam_kerja' : 'hari_kerja';
  if (now.getTime() > dueAt.getTime())
    return { status: 'late', remaining: { unit, value: remaining } };
  let limit: number;
  if ('fraction' in threshold) {
    const total = hours
      ? workingHoursBetween(calendar, startedAt, dueAt)
      : workingDaysBetween(calendar, startedAt, dueAt);
    limit = threshold.fraction * total;
  } else {
    limit = hours
      ? threshold.workingDays * (calendar.officeEndHour - calendar.officeStartHour)
      : threshold.workingDays;
  }
  return {
    status: remaining < limit ? 'due_soon' : 'running',
    remaining: { unit, value: remaining },
  };
}

/**
 * Per visit to a step (a request can visit a step twice, e.g. after completing documents): the
 * working time taken against the step's standard. End steps are left out: no work happens there.
 */
export function evaluateRequestSla(
  def: SopDefinition,
  history: RequestHistory,
  options: SlaOptions,
): StepSla[] {
  const result: StepSla[] = [];
  const start = def.steps.find((s) => s.kind === 'start');
  let state = history.events[0]?.fromState ?? start?.key;
  let startedAt = history.submittedAt;
  let schedule: TrainingSchedule | undefined;
  const visit = (stepKey: string, from: Date, event: HistoryEvent | undefined) => {
    const step = findStep(def, stepKey);
    if (!step || step.kind === 'end') return;
    const sched = schedule ?? history.schedule;
    const dueAt = stepDeadline(def, stepKey, from, options.calendar, sched);
    const standard = step.timeStandard ?? null;
    const endedAt = event?.at ?? null;
    const base = {
      stepKey,
      role: step.role,
      ...(event?.actor?.staffId ? { staffId: event.actor.staffId } : {}),
      startedAt: from,
      endedAt,
      standard,
      dueAt,
      workingDaysTaken: workingDaysBetween(options.calendar, from, endedAt ?? options.now),
    };
    if (endedAt) {
      const late = dueAt !== null && endedAt.getTime() > dueAt.getTime();
      result.push({ ...base, status: late ? 'late' : 'on_time' });
    } else if (standard && dueAt) {
      result.push({ ...base, ...runningStatus(standard, from, dueAt, options) });
    } else {
      result.push({ ...base, status: 'running' });
    }
  };
  for (const event of history.events) {
    if (state !== undefined) visit(state, startedAt, event);
    if (event.schedule) schedule = event.schedule;
    state = event.toState;
    startedAt = event.at;
  }
  if (state !== undefined) visit(state, startedAt, undefined);
  return result;
}

/** Share of step visits finished (or already overdue) within their standard. */
export interface ComplianceRate {
  readonly total: number;
  readonly onTime: number;
  readonly late: number;
  /** onTime / total, or null when nothing was measured. */
  readonly share: number | null;
}

/** Reporting period granularity, in WIB. */
export type SlaPeriod = 'month' | 'quarter' | 'semester';

/** Compliance figures over a set of requests. */
export interface ComplianceReport {
  readonly overall: ComplianceRate;
  readonly byStep: Readonly<Record<string, ComplianceRate>>;
  readonly byRole: Readonly<Record<string, ComplianceRate>>;
  readonly byStaff: Readonly<Record<string, ComplianceRate>>;
  /** Keys like '2025-03', '2025-Q1', '2025-S1', by the WIB date the step ended (or fell due). */
  readonly byPeriod: Readonly<Record<string, ComplianceRate>>;
  /** Working days from submission to completion, over completed requests. */
  readonly medianCompletionWorkingDays: number | null;
  readonly completedRequests: number;
}

/** Options for `slaCompliance`. */
export interface ComplianceOptions extends SlaOptions {
  readonly period?: SlaPeriod;
  /** A request counts as completed on first reaching this state; default: any end step. */
  readonly completionState?: string;
  /** Count steps the requester or system carries out; default false (not the office's time). */
  readonly includeRequesterSteps?: boolean;
}

/** Period key of a WIB date for the given granularity. */
export function periodKey(date: Date, period: SlaPeriod): string {
  const day = toJakartaDate(date);
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (period === 'month') return day.slice(0, 7);
  if (period === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-S${month <= 6 ? 1 : 2}`;
}

/** Median of the numbers, or null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Tally {
  onTime: number;
  late: number;
}

function toRate(t: Tally | undefined): ComplianceRate {
  const onTime = t?.onTime ?? 0;
  const late = t?.late ?? 0;
  const total = onTime + late;
  return { total, onTime, late, share: total ? onTime / total : null };
}

function toRates(map: Map<string, Tally>): Record<string, ComplianceRate> {
  return Object.fromEntries([...map.keys()].sort().map((k) => [k, toRate(map.get(k))]));
}

/**
 * SLA compliance over many requests, each evaluated under its own SOP version. Only finished
 * steps and steps already overdue are counted; a step still within its time is not yet a result.
 */
export function slaCompliance(
  requests: readonly { readonly definition: SopDefinition; readonly history: RequestHistory }[],
  options: ComplianceOptions,
): ComplianceReport {
  const overall: Tally = { onTime: 0, late: 0 };
  const byStep = new Map<string, Tally>();
  const byRole = new Map<string, Tally>();
  const byStaff = new Map<string, Tally>();
  const byPeriod = new Map<string, Tally>();
  const bump = (map: Map<string, Tally>, key: string, onTime: boolean) => {
    const t = map.get(key) ?? { onTime: 0, late: 0 };
    if (onTime) t.onTime++;
    else t.late++;
    map.set(key, t);
  };
  const completions: number[] = [];
  for (const { definition, history } of requests) {
    for (const v of evaluateRequestSla(definition, history, options)) {
      if (v.status !== 'on_time' && v.status !== 'late') continue;
      if (!options.includeRequesterSteps && isReservedLane(v.role)) continue;
      const onTime = v.status === 'on_time';
      if (onTime) overall.onTime++;
      else overall.late++;
      bump(byStep, v.stepKey, onTime);
      bump(byRole, v.role, onTime);
      if (v.staffId) bump(byStaff, v.staffId, onTime);
      const when = v.endedAt ?? v.dueAt ?? options.now;
      bump(byPeriod, periodKey(when, options.period ?? 'month'), onTime);
    }
    const done = history.events.find((e) =>
      options.completionState
        ? e.toState === options.completionState
        : findStep(definition, e.toState)?.kind === 'end',
    );
    if (done) completions.push(workingDaysBetween(options.calendar, history.submittedAt, done.at));
  }
  return {
    overall: toRate(overall),
    byStep: toRates(byStep),
    byRole: toRates(byRole),
    byStaff: toRates(byStaff),
    byPeriod: toRates(byPeriod),
    medianCompletionWorkingDays: median(completions),
    completedRequests: completions.length,
  };
}

/**
 * What a request stores about its current step, maintained in the same transaction as each
 * transition (`progressAfter`): enough to answer the list's SLA without its history.
 */
export interface StoredProgress {
  readonly state: string;
  readonly stepStartedAt: Date;
  readonly stepDueAt: Date | null;
}

/**
 * SLA of the current step from the stored columns, in O(1): the same result as the last entry
 * of {@link evaluateRequestSla} over the whole history (a property test holds them equal), or
 * null when the request is at an end step.
 */
export function currentStepSla(
  def: SopDefinition,
  stored: StoredProgress,
  options: SlaOptions,
): StepSla | null {
  const step = findStep(def, stored.state);
  if (!step || step.kind === 'end') return null;
  const standard = step.timeStandard ?? null;
  const dueAt = stored.stepDueAt;
  const base = {
    stepKey: stored.state,
    role: step.role,
    startedAt: stored.stepStartedAt,
    endedAt: null,
    standard,
    dueAt,
    workingDaysTaken: workingDaysBetween(options.calendar, stored.stepStartedAt, options.now),
  };
  return standard && dueAt
    ? { ...base, ...runningStatus(standard, stored.stepStartedAt, dueAt, options) }
    : { ...base, status: 'running' };
}
