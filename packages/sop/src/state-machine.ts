import {
  addWorkingDays,
  addWorkingHours,
  endOfJakartaDay,
  type IsoDate,
  isIsoDate,
  isWorkingDay,
  nextWorkingDay,
  toJakartaDate,
  type WorkingCalendar,
  workingDaysBetween,
} from '@blk/domain';
import {
  type ActorKind,
  actionsOf,
  actorKindOf,
  findStep,
  type InputRule,
  type InputSpec,
  type LocalizedText,
  rolesFor,
  type SopAction,
  type SopDefinition,
  type SopStep,
  type TimeStandard,
} from './definition';
import { effectOf, type SopEffect } from './effects';
import { startStepKey } from './graph';
import {
  type ActionWarning,
  actionWarnings,
  type ClassRecords,
  computedInputKeys,
  computedReportInputs,
  guardReasonKeys,
} from './guards';

/** Dates of the training as set by the scheduling step (WIB calendar days). */
export interface TrainingSchedule {
  readonly startDate?: IsoDate;
  readonly endDate: IsoDate;
}

/** What the state machine needs to know about a request. */
export interface RequestSnapshot {
  /** Key of the step the request is at. */
  readonly state: string;
  /** When the request arrived at that step. */
  readonly stepStartedAt: Date;
  readonly schedule?: TrainingSchedule;
  /** Staff assigned to the request (its instructors), for `assignedOnly` actions. */
  readonly assignedStaffIds?: readonly string[];
  /**
   * The standing class's records, for the guard rails (`classComplete`) and the computed report
   * (`classReport`). The API passes them whenever the action has such effects.
   */
  readonly classRecords?: ClassRecords;
}

/** Who is trying to act. */
export type Actor =
  | { readonly kind: 'staff'; readonly roles: readonly string[]; readonly staffId: string }
  | { readonly kind: 'requester' }
  | { readonly kind: 'system' };

/** Clock and working-day calendar for a check. */
export interface TransitionContext {
  readonly now: Date;
  readonly calendar: WorkingCalendar;
}

/** Why a transition was refused. */
export type TransitionReasonCode =
  /** The actor's kind or roles do not allow the action. */
  | 'WRONG_ROLE'
  /** The action exists in the SOP but not from the request's current step (or the step is unknown). */
  | 'WRONG_STATE'
  /** The SOP has no action with this key. */
  | 'UNKNOWN_ACTION'
  /** A required input is missing. */
  | 'MISSING_INPUT'
  /** An input has the wrong type or value. */
  | 'INVALID_INPUT'
  /** The staff member is not assigned to this request. */
  | 'NOT_ASSIGNED'
  /** A system action was attempted before the step's time standard ran out. */
  | 'NOT_YET_DUE'
  /** A guard rail warns (before the schedule, incomplete class records): a reason is needed. */
  | 'REASON_REQUIRED'
  /** The class holds more participants than the program's class size. */
  | 'CLASS_OVER_SIZE';

/** One reason a transition was refused, with a field and params for localised messages. */
export interface TransitionReason {
  readonly code: TransitionReasonCode;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string | number | readonly string[]>>;
}

/** The record of an accepted transition, as stored in the request's history. */
export interface TransitionEvent {
  readonly action: string;
  readonly fromState: string;
  readonly toState: string;
  /** The step whose work this transition finishes (equals `fromState`). */
  readonly stepKey: string;
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly at: Date;
  readonly actor: { readonly kind: ActorKind; readonly staffId?: string };
  /** Working days spent at the step. */
  readonly durationWorkingDays: number;
  readonly standard: TimeStandard | null;
  readonly dueAt: Date | null;
  readonly onTime: boolean;
  /** Set when this transition leaves the scheduling step. */
  readonly schedule?: TrainingSchedule;
  /** Guard-rail warnings passed with a recorded reason (the reason is among `inputs`). */
  readonly warnings?: readonly ActionWarning[];
}

/** Result of `checkTransition`. */
export type TransitionResult =
  | {
      readonly ok: true;
      readonly to: string;
      readonly event: TransitionEvent;
      readonly deadline: Date | null;
    }
  | { readonly ok: false; readonly reasons: readonly TransitionReason[] };

/** An action as the UI shows it, with its inputs resolved. */
export interface AvailableAction {
  readonly key: string;
  readonly label: LocalizedText;
  readonly publicLabel?: LocalizedText;
  readonly to: string;
  readonly actor: ActorKind;
  readonly branch?: 'yes' | 'no';
  readonly inputs: readonly InputSpec[];
  readonly assignedOnly: boolean;
  /** Cannot be taken back: declared so, or it ends the request. Apps confirm before sending. */
  readonly irreversible: boolean;
  /** What the action does and the guard rails it passes (see effects.ts). */
  readonly effects: readonly SopEffect[];
}

/** The state (step key) a new request starts in. Throws when the SOP has no single start. */
export function initialState(def: SopDefinition): string {
  const key = startStepKey(def);
  if (!key) throw new Error('SOP definition must have exactly one start step');
  return key;
}

/**
 * Deadline of a step entered at `startedAt`, or null when the step has no time standard (end
 * steps) or is due per schedule and no schedule exists yet. Deadlines always fall on working days.
 */
export function stepDeadline(
  def: SopDefinition,
  stepKey: string,
  startedAt: Date,
  calendar: WorkingCalendar,
  schedule?: TrainingSchedule,
): Date | null {
  const ts = findStep(def, stepKey)?.timeStandard;
  if (!ts) return null;
  switch (ts.unit) {
    case 'hari_kerja':
      // Validation rejects fractions; rounding up keeps a bad definition from throwing here.
      return addWorkingDays(calendar, startedAt, Math.ceil(ts.value));
    case 'jam_kerja':
      return addWorkingHours(calendar, startedAt, ts.value);
    case 'jadwal': {
      if (!schedule) return null;
      // Training may end on a Saturday; the step is then due at the end of the next working day.
      const day = isWorkingDay(calendar, schedule.endDate)
        ? schedule.endDate
        : nextWorkingDay(calendar, schedule.endDate);
      return endOfJakartaDay(day);
    }
  }
}

/** Deadline of the first step of a request submitted at `submittedAt`. */
export function firstDeadline(
  def: SopDefinition,
  submittedAt: Date,
  calendar: WorkingCalendar,
): Date | null {
  return stepDeadline(def, initialState(def), submittedAt, calendar);
}

/** Inputs an action needs: the step's kelengkapan (unless skipped) plus its own. */
export function actionInputs(step: SopStep | undefined, action: SopAction): InputSpec[] {
  const own = action.inputs ?? [];
  return action.skipStepInputs || !step ? own : [...step.requiredInputs, ...own];
}

function actorMay(action: SopAction, step: SopStep | undefined, actor: Actor): boolean {
  const kind = actorKindOf(action);
  if (kind !== actor.kind) return false;
  if (actor.kind !== 'staff') return true;
  const allowed = rolesFor(action, step);
  return actor.roles.some((r) => allowed.includes(r));
}

/**
 * The one rule for `assignedOnly` actions: only staff among the request's assigned staff (its
 * instructors' accounts) may take them; other actors are not concerned.
 */
function assignedMay(
  action: SopAction,
  actor: Actor,
  assignedStaffIds: readonly string[] | undefined,
): boolean {
  return (
    !action.assignedOnly || actor.kind !== 'staff' || !!assignedStaffIds?.includes(actor.staffId)
  );
}

/**
 * Actions the actor may take while a request is at `state` (for `viewerCan*` fields and the
 * action lists): the same role and assignment rules as {@link checkTransition}, so what a screen
 * offers is what the API accepts.
 */
export function availableActions(
  def: SopDefinition,
  state: string,
  actor: Actor,
  request: Pick<RequestSnapshot, 'assignedStaffIds'> = {},
): AvailableAction[] {
  const step = findStep(def, state);
  if (!step) return [];
  return actionsOf(def, state)
    .filter((a) => actorMay(a, step, actor) && assignedMay(a, actor, request.assignedStaffIds))
    .map((a) => ({
      key: a.key,
      label: a.label,
      ...(a.publicLabel ? { publicLabel: a.publicLabel } : {}),
      to: a.to,
      actor: actorKindOf(a),
      ...(a.branch ? { branch: a.branch } : {}),
      inputs: actionInputs(step, a),
      assignedOnly: a.assignedOnly ?? false,
      irreversible: a.irreversible ?? findStep(def, a.to)?.kind === 'end',
      effects: a.effects ?? [],
    }));
}

/** System actions (e.g. auto-close) whose step is overdue, for the scheduler to take. */
export function dueSystemActions(
  def: SopDefinition,
  request: RequestSnapshot,
  ctx: TransitionContext,
): string[] {
  const deadline = stepDeadline(
    def,
    request.state,
    request.stepStartedAt,
    ctx.calendar,
    request.schedule,
  );
  if (!deadline || ctx.now.getTime() <= deadline.getTime()) return [];
  return actionsOf(def, request.state)
    .filter((a) => actorKindOf(a) === 'system')
    .map((a) => a.key);
}

/**
 * Checks whether `actor` may take `action` on `request` with `input`, collecting every reason
 * it may not. On success returns the target state, the history event and the next deadline.
 */
export function checkTransition(
  def: SopDefinition,
  request: RequestSnapshot,
  actor: Actor,
  action: string,
  input: Readonly<Record<string, unknown>>,
  ctx: TransitionContext,
): TransitionResult {
  const step = findStep(def, request.state);
  const known = def.steps.some((s) => actionsOf(def, s.key).some((a) => a.key === action));
  if (!known) {
    const reasons: TransitionReason[] = [{ code: 'UNKNOWN_ACTION', params: { action } }];
    if (!step) reasons.push({ code: 'WRONG_STATE', params: { state: request.state } });
    return { ok: false, reasons };
  }
  const found = actionsOf(def, request.state).find((a) => a.key === action);
  if (!step || !found) {
    return {
      ok: false,
      reasons: [{ code: 'WRONG_STATE', params: { state: request.state, action } }],
    };
  }

  const reasons: TransitionReason[] = [];
  if (!actorMay(found, step, actor)) {
    reasons.push({
      code: 'WRONG_ROLE',
      params: {
        actor: actorKindOf(found),
        roles: actorKindOf(found) === 'staff' ? rolesFor(found, step) : [],
      },
    });
  } else if (!assignedMay(found, actor, request.assignedStaffIds)) {
    reasons.push({ code: 'NOT_ASSIGNED' });
  }

  const dueAt = stepDeadline(def, step.key, request.stepStartedAt, ctx.calendar, request.schedule);
  if (actorKindOf(found) === 'system' && (!dueAt || ctx.now.getTime() <= dueAt.getTime())) {
    reasons.push({
      code: 'NOT_YET_DUE',
      ...(dueAt ? { params: { dueAt: dueAt.toISOString() } } : {}),
    });
  }

  // Computed inputs (the class report's figures) come from the class records, never the caller;
  // without data (no scores yet) a figure is left out rather than refused.
  const computed = computedInputKeys(found.effects);
  const reasonKeys = guardReasonKeys(found.effects);
  const specs = actionInputs(step, found).map((s) =>
    computed.includes(s.key) || reasonKeys.includes(s.key) ? { ...s, required: false } : s,
  );
  const given = request.classRecords
    ? {
        ...Object.fromEntries(Object.entries(input).filter(([k]) => !computed.includes(k))),
        ...computedReportInputs(found.effects, request.classRecords),
      }
    : input;
  const checked = checkInputValues(
    specs,
    found.skipStepInputs ? [] : (step.inputRules ?? []),
    given,
    ctx.now,
  );
  reasons.push(...checked.reasons);
  const warnings = actionWarnings(found.effects, request, ctx.now);
  for (const key of new Set(warnings.map((w) => w.reasonInput))) {
    if (checked.values[key] === undefined && !checked.reasons.some((r) => r.field === key))
      reasons.push({
        code: 'REASON_REQUIRED',
        field: key,
        params: { warnings: warnings.filter((w) => w.reasonInput === key).map((w) => w.code) },
      });
  }
  const report = effectOf(found.effects, 'classReport');
  if (report && request.classRecords) {
    const { participants, classSizeMax } = request.classRecords;
    if (participants.length > classSizeMax)
      reasons.push({
        code: 'CLASS_OVER_SIZE',
        params: { participants: participants.length, max: classSizeMax },
      });
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const schedule = scheduleFrom(def, step.key, found, checked.values) ?? request.schedule;
  const event: TransitionEvent = {
    action,
    fromState: step.key,
    toState: found.to,
    stepKey: step.key,
    inputs: checked.values,
    at: ctx.now,
    actor:
      actor.kind === 'staff' ? { kind: 'staff', staffId: actor.staffId } : { kind: actor.kind },
    durationWorkingDays: workingDaysBetween(ctx.calendar, request.stepStartedAt, ctx.now),
    standard: step.timeStandard ?? null,
    dueAt,
    onTime: !dueAt || ctx.now.getTime() <= dueAt.getTime(),
    ...(schedule && schedule !== request.schedule ? { schedule } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
  const deadline = stepDeadline(def, found.to, ctx.now, ctx.calendar, schedule);
  return { ok: true, to: found.to, event, deadline };
}

function scheduleFrom(
  def: SopDefinition,
  stepKey: string,
  action: SopAction,
  values: Record<string, unknown>,
): TrainingSchedule | undefined {
  const effect = effectOf(action.effects, 'createSchedule');
  // Legacy definitions without effects name the scheduling step instead.
  const legacy = def.schedule;
  const src = effect
    ? effect
    : action.effects === undefined && legacy?.step === stepKey && !action.skipStepInputs
      ? legacy
      : undefined;
  if (!src) return undefined;
  const startDate = values[src.startDateInput];
  const endDate = values[src.endDateInput];
  if (typeof endDate !== 'string') return undefined;
  return typeof startDate === 'string' ? { startDate, endDate } : { endDate };
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Why a single value does not fit its spec, or undefined when it fits. */
function invalidity(spec: InputSpec, value: unknown): Record<string, string | number> | undefined {
  switch (spec.type) {
    case 'text':
    case 'staff':
      return isNonEmptyString(value) ? undefined : { expected: spec.type };
    // A file input names one document, or several (the requester may send a few pages).
    case 'file':
      return isNonEmptyString(value) ||
        (Array.isArray(value) && value.length > 0 && value.every(isNonEmptyString))
        ? undefined
        : { expected: spec.type };
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? undefined : { expected: 'date' };
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { expected: 'boolean' };
    case 'choice':
      return typeof value === 'string' && spec.options?.includes(value)
        ? undefined
        : { expected: 'choice' };
    case 'instructors': {
      const ok =
        Array.isArray(value) &&
        value.every(isNonEmptyString) &&
        new Set(value).size === value.length;
      return ok ? undefined : { expected: 'instructors' };
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { expected: 'number' };
      if (spec.min !== undefined && value < spec.min) return { expected: 'number', min: spec.min };
      if (spec.max !== undefined && value > spec.max) return { expected: 'number', max: spec.max };
      return undefined;
    }
  }
}

/**
 * Checks input values against their specs and cross-field rules. Returns the accepted values
 * (only declared keys, so stray fields never reach the history) and every problem found.
 */
export function checkInputValues(
  specs: readonly InputSpec[],
  rules: readonly InputRule[],
  input: Readonly<Record<string, unknown>>,
  now: Date,
): { values: Record<string, unknown>; reasons: TransitionReason[] } {
  const values: Record<string, unknown> = {};
  const reasons: TransitionReason[] = [];
  for (const spec of specs) {
    const value = input[spec.key];
    if (isBlank(value)) {
      if (spec.required) reasons.push({ code: 'MISSING_INPUT', field: spec.key });
      continue;
    }
    const bad = invalidity(spec, value);
    if (bad) reasons.push({ code: 'INVALID_INPUT', field: spec.key, params: bad });
    else values[spec.key] = value;
  }
  const today = toJakartaDate(now);
  for (const rule of rules) {
    if (rule.kind === 'date_order') {
      const before = values[rule.before];
      const after = values[rule.after];
      if (typeof before === 'string' && typeof after === 'string' && after < before) {
        reasons.push({
          code: 'INVALID_INPUT',
          field: rule.after,
          params: { rule: 'date_order', notBefore: rule.before },
        });
      }
    } else {
      const v = values[rule.field];
      if (typeof v === 'string' && v < today) {
        reasons.push({
          code: 'INVALID_INPUT',
          field: rule.field,
          params: { rule: 'not_in_past', today },
        });
      }
    }
  }
  return { values, reasons };
}

/**
 * The columns a request stores about its current step after an accepted transition: the new
 * step, when it started, its deadline and, at an end step, when the request closed. Written in
 * the transition's own database transaction (packages/db `recordTransition`), they let lists
 * answer the step's name and SLA without the history (`currentStepSla`).
 */
export function progressAfter(
  def: SopDefinition,
  event: Pick<TransitionEvent, 'toState' | 'at'>,
  deadline: Date | null,
): { state: string; stepStartedAt: Date; stepDueAt: Date | null; closedAt: Date | null } {
  const ends = findStep(def, event.toState)?.kind === 'end';
  return {
    state: event.toState,
    stepStartedAt: event.at,
    stepDueAt: ends ? null : deadline,
    closedAt: ends ? event.at : null,
  };
}
