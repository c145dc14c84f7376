import { ATTACHMENT_KINDS } from './attachment-policy';
import {
  actorKindOf,
  endsInDecision,
  type InputSpec,
  type SopAction,
  type SopDefinition,
  type SopStep,
  scheduleSourceOf,
  sopDefinitionSchema,
} from './definition';
import type { SopEffect } from './effects';
import { backEdgeKeys, reachableFrom, sopEdges } from './graph';
import { isReservedLane } from './roles';

/** Codes of the problems `validateSopDefinition` reports; the UI localises them. */
export const SOP_PROBLEM_CODES = [
  /** The definition does not match the schema (params.message has zod's text). */
  'INVALID_FORMAT',
  /** Two steps share a key. */
  'DUPLICATE_STEP_KEY',
  /** Two actions available from the same step share a key. */
  'DUPLICATE_ACTION_KEY',
  /** Two inputs of one action (step kelengkapan included) share a key. */
  'DUPLICATE_INPUT_KEY',
  /** There is not exactly one start step. */
  'START_COUNT',
  /** A role key is neither a known role nor a reserved lane. */
  'UNKNOWN_ROLE',
  /** A transition leads to a step that does not exist. */
  'UNKNOWN_TARGET',
  /** A global action lists a step that does not exist. */
  'UNKNOWN_SOURCE',
  /** No path leads from the start to this step. */
  'UNREACHABLE_STEP',
  /** No path leads from this step to an end step. */
  'NO_PATH_TO_END',
  /** A decision step does not have exactly a yes branch and a no branch. */
  'DECISION_BRANCHES',
  /** A branch (yes/no) is set on an action that does not leave a decision step. */
  'BRANCH_OUTSIDE_DECISION',
  /**
   * A step that does not end in a decision has more than one forward exit (a way out that is not
   * a back-edge; system timeouts and global actions such as cancellation excepted): the choice
   * between them is a decision, so draw it as one (a decision step, or the step's `decision`).
   */
  'MULTIPLE_FORWARD_EXITS',
  /** A decision row (`decision`) is set on a decision or end step. */
  'DECISION_ON_DECISION_OR_END',
  /** An end step has outgoing actions. */
  'END_HAS_ACTIONS',
  /** A non-end step has no time standard. */
  'MISSING_TIME_STANDARD',
  /** A time standard is zero, negative or not finite. */
  'NON_POSITIVE_TIME_STANDARD',
  /** A time standard in working days is not a whole number (deadlines fall at the end of a day). */
  'NON_INTEGER_WORKING_DAYS',
  /** A staff action has no role to take it (no override and the step's lane is not a role). */
  'STAFF_ACTION_WITHOUT_ROLE',
  /** Roles are set on a requester or system action. */
  'ROLES_ON_NON_STAFF_ACTION',
  /** A system action sits on a step without a time standard, so it can never fall due. */
  'SYSTEM_ACTION_WITHOUT_TIME_STANDARD',
  /** A choice input lists no options. */
  'CHOICE_WITHOUT_OPTIONS',
  /** An input rule names an input the step does not have. */
  'UNKNOWN_INPUT_REFERENCE',
  /** The schedule source names a step that does not exist. */
  'UNKNOWN_SCHEDULE_STEP',
  /** The schedule source names an input that is not a date input of the scheduling step. */
  'SCHEDULE_INPUT_NOT_DATE',
  /** A step is due "per schedule" but the definition names no scheduling step. */
  'JADWAL_WITHOUT_SCHEDULE',
  /** An effect names an input the action does not have. */
  'EFFECT_UNKNOWN_INPUT',
  /** An effect names an input of the wrong type (e.g. createSchedule needs required date inputs). */
  'EFFECT_INPUT_TYPE',
  /** An effect names an attachment kind that does not exist. */
  'EFFECT_UNKNOWN_ATTACHMENT_KIND',
  /** An effect does not fit the action's actor (e.g. recordSurvey on a staff action). */
  'EFFECT_WRONG_ACTOR',
  /** The same effect type appears twice on one action. */
  'DUPLICATE_EFFECT',
  /** An effect needs a class, but no action of the SOP creates one (createSchedule). */
  'EFFECT_WITHOUT_SCHEDULE',
  /** Two actions create the class (createSchedule): the schedule must have one source. */
  'SCHEDULE_SOURCE_COUNT',
] as const;
export type SopProblemCode = (typeof SOP_PROBLEM_CODES)[number];

/** A problem found in an SOP definition, with a path into the definition for the editor. */
export interface SopProblem {
  readonly code: SopProblemCode;
  readonly path: readonly (string | number)[];
  readonly params?: Readonly<Record<string, string | number | readonly string[]>>;
}

/**
 * Checks an SOP definition (parsed or raw JSON) against the schema and the graph rules.
 * Returns every problem found; an empty list means the definition may be put in force.
 */
export function validateSopDefinition(def: unknown, knownRoles: readonly string[]): SopProblem[] {
  const parsed = sopDefinitionSchema.safeParse(def);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      code: 'INVALID_FORMAT' as const,
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      params: { message: issue.message },
    }));
  }
  const sop = parsed.data;
  const problems: SopProblem[] = [];
  const add = (code: SopProblemCode, path: (string | number)[], params?: SopProblem['params']) =>
    problems.push(params ? { code, path, params } : { code, path });
  const stepKeys = new Set(sop.steps.map((s) => s.key));
  const roleOk = (role: string) => knownRoles.includes(role) || isReservedLane(role);

  const seenSteps = new Set<string>();
  sop.steps.forEach((step, i) => {
    if (seenSteps.has(step.key)) add('DUPLICATE_STEP_KEY', ['steps', i, 'key'], { key: step.key });
    seenSteps.add(step.key);
  });

  const starts = sop.steps.filter((s) => s.kind === 'start');
  if (starts.length !== 1) add('START_COUNT', ['steps'], { count: starts.length });

  sop.steps.forEach((step, i) => {
    const at = ['steps', i];
    if (!roleOk(step.role)) add('UNKNOWN_ROLE', [...at, 'role'], { role: step.role });
    checkTimeStandard(step, at, add);
    checkInputs(step.requiredInputs, [...at, 'requiredInputs'], add);
    for (const [r, rule] of (step.inputRules ?? []).entries()) {
      const fields = rule.kind === 'date_order' ? [rule.before, rule.after] : [rule.field];
      for (const f of fields) {
        if (!step.requiredInputs.some((inp) => inp.key === f)) {
          add('UNKNOWN_INPUT_REFERENCE', [...at, 'inputRules', r], { field: f });
        }
      }
    }
    if (step.kind === 'end' && step.actions.length > 0) add('END_HAS_ACTIONS', [...at, 'actions']);
    if (step.decision && (step.kind === 'decision' || step.kind === 'end'))
      add('DECISION_ON_DECISION_OR_END', [...at, 'decision'], { kind: step.kind });
    if (endsInDecision(step) && step.kind !== 'end') {
      const yes = step.actions.filter((a) => a.branch === 'yes').length;
      const no = step.actions.filter((a) => a.branch === 'no').length;
      if (yes !== 1 || no !== 1 || step.actions.length !== 2) {
        add('DECISION_BRANCHES', [...at, 'actions'], { yes, no, actions: step.actions.length });
      }
    }
    const seenActions = new Set<string>();
    step.actions.forEach((action, j) => {
      const aPath = [...at, 'actions', j];
      if (seenActions.has(action.key))
        add('DUPLICATE_ACTION_KEY', [...aPath, 'key'], { key: action.key });
      seenActions.add(action.key);
      if (action.branch && !endsInDecision(step))
        add('BRANCH_OUTSIDE_DECISION', [...aPath, 'branch']);
      checkAction(action, step, aPath, { stepKeys, roleOk, add });
    });
  });
  checkEffects(sop, add);

  for (const [g, action] of (sop.globalActions ?? []).entries()) {
    const gPath = ['globalActions', g];
    if (action.branch) add('BRANCH_OUTSIDE_DECISION', [...gPath, 'branch']);
    for (const [f, from] of action.from.entries()) {
      const step = sop.steps.find((s) => s.key === from);
      if (!step) {
        add('UNKNOWN_SOURCE', [...gPath, 'from', f], { step: from });
        continue;
      }
      if (step.kind === 'end') add('END_HAS_ACTIONS', [...gPath, 'from', f], { step: from });
      if (step.actions.some((a) => a.key === action.key)) {
        add('DUPLICATE_ACTION_KEY', [...gPath, 'key'], { key: action.key, step: from });
      }
      checkAction(action, step, gPath, { stepKeys, roleOk, add });
    }
    if (action.from.length === 0) checkAction(action, undefined, gPath, { stepKeys, roleOk, add });
  }

  checkSchedule(sop, add);
  if (starts.length === 1) {
    checkGraph(sop, add);
    checkForwardExits(sop, add);
  }
  return dedupe(problems);
}

type Add = (code: SopProblemCode, path: (string | number)[], params?: SopProblem['params']) => void;

function checkTimeStandard(step: SopStep, at: (string | number)[], add: Add): void {
  const ts = step.timeStandard;
  if (!ts) {
    if (step.kind !== 'end') add('MISSING_TIME_STANDARD', [...at, 'timeStandard']);
    return;
  }
  if (ts.unit !== 'jadwal' && !(Number.isFinite(ts.value) && ts.value > 0)) {
    add('NON_POSITIVE_TIME_STANDARD', [...at, 'timeStandard', 'value'], { value: ts.value });
  } else if (ts.unit === 'hari_kerja' && !Number.isInteger(ts.value)) {
    add('NON_INTEGER_WORKING_DAYS', [...at, 'timeStandard', 'value'], { value: ts.value });
  }
}

function checkInputs(inputs: readonly InputSpec[], at: (string | number)[], add: Add): void {
  const seen = new Set<string>();
  inputs.forEach((input, k) => {
    if (seen.has(input.key)) add('DUPLICATE_INPUT_KEY', [...at, k, 'key'], { key: input.key });
    seen.add(input.key);
    if (input.type === 'choice' && !input.options?.length) {
      add('CHOICE_WITHOUT_OPTIONS', [...at, k, 'options'], { key: input.key });
    }
  });
}

function checkAction(
  action: SopAction,
  step: SopStep | undefined,
  at: (string | number)[],
  ctx: { stepKeys: Set<string>; roleOk: (role: string) => boolean; add: Add },
): void {
  const { add } = ctx;
  if (!ctx.stepKeys.has(action.to)) add('UNKNOWN_TARGET', [...at, 'to'], { to: action.to });
  const kind = actorKindOf(action);
  for (const [r, role] of (action.roles ?? []).entries()) {
    if (!ctx.roleOk(role)) add('UNKNOWN_ROLE', [...at, 'roles', r], { role });
  }
  if (kind === 'staff') {
    const roles = action.roles ?? (step ? [step.role] : []);
    if (roles.filter((r) => !isReservedLane(r)).length === 0) {
      add('STAFF_ACTION_WITHOUT_ROLE', [...at], { action: action.key });
    }
  } else if (action.roles) {
    add('ROLES_ON_NON_STAFF_ACTION', [...at, 'roles'], { action: action.key });
  }
  if (kind === 'system' && step && !step.timeStandard) {
    add('SYSTEM_ACTION_WITHOUT_TIME_STANDARD', [...at], { action: action.key, step: step.key });
  }
  const own = action.inputs ?? [];
  const combined = action.skipStepInputs || !step ? own : [...step.requiredInputs, ...own];
  const stepCount = combined.length - own.length;
  const seen = new Set(combined.slice(0, stepCount).map((i) => i.key));
  own.forEach((input, k) => {
    if (seen.has(input.key))
      add('DUPLICATE_INPUT_KEY', [...at, 'inputs', k, 'key'], { key: input.key });
    seen.add(input.key);
    if (input.type === 'choice' && !input.options?.length) {
      add('CHOICE_WITHOUT_OPTIONS', [...at, 'inputs', k, 'options'], { key: input.key });
    }
  });
}

/** The effect types only the requester's actions carry, and those only staff actions carry. */
const REQUESTER_EFFECTS: readonly SopEffect['type'][] = ['recordSurvey', 'withdrawRequest'];
const STAFF_EFFECTS: readonly SopEffect['type'][] = [
  'recordAssessment',
  'createSchedule',
  'classReport',
  'issueCertificates',
  'notBeforeSchedule',
  'classComplete',
];

/** Input keys an effect reads, with the input types (and requiredness) each needs. */
function effectInputs(
  effect: SopEffect,
): { key: string; field: string; types: readonly string[]; required?: boolean }[] {
  const text = ['text'] as const;
  switch (effect.type) {
    case 'recordAssessment':
      return [
        { key: effect.surveyDateInput, field: 'surveyDateInput', types: ['date'], required: true },
        { key: effect.findingsInput, field: 'findingsInput', types: text, required: true },
        ...(effect.localPotentialInput
          ? [{ key: effect.localPotentialInput, field: 'localPotentialInput', types: text }]
          : []),
        ...(effect.facilitiesInput
          ? [{ key: effect.facilitiesInput, field: 'facilitiesInput', types: text }]
          : []),
        { key: effect.programmeInput, field: 'programmeInput', types: ['text', 'choice'] },
      ];
    case 'createSchedule':
      return [
        { key: effect.startDateInput, field: 'startDateInput', types: ['date'], required: true },
        { key: effect.endDateInput, field: 'endDateInput', types: ['date'], required: true },
        {
          key: effect.instructorsInput,
          field: 'instructorsInput',
          types: ['instructors'],
          required: true,
        },
        ...(effect.venueInput
          ? [{ key: effect.venueInput, field: 'venueInput', types: text }]
          : []),
      ];
    case 'requireAttachment':
      return [{ key: effect.input, field: 'input', types: ['file'] }];
    case 'classReport':
      return Object.entries(effect.figures).flatMap(([figure, key]) =>
        key
          ? [
              {
                key,
                field: `figures.${figure}`,
                types: figure === 'attendanceSummary' ? text : ['number'],
              },
            ]
          : [],
      );
    case 'notBeforeSchedule':
    case 'classComplete':
      // The reason is asked only when the rail warns, so the input itself is optional text.
      return [{ key: effect.reasonInput, field: 'reasonInput', types: text, required: false }];
    default:
      return [];
  }
}

function checkEffects(sop: SopDefinition, add: Add): void {
  const all: { action: SopAction; step: SopStep | undefined; at: (string | number)[] }[] = [];
  sop.steps.forEach((step, i) => {
    step.actions.forEach((action, j) => {
      all.push({ action, step, at: ['steps', i, 'actions', j] });
    });
  });
  (sop.globalActions ?? []).forEach((action, g) => {
    all.push({ action, step: undefined, at: ['globalActions', g] });
  });
  const creators = all.filter((a) => a.action.effects?.some((e) => e.type === 'createSchedule'));
  if (creators.length > 1)
    for (const c of creators.slice(1)) add('SCHEDULE_SOURCE_COUNT', [...c.at, 'effects']);
  const hasSchedule = creators.length > 0 || Boolean(sop.schedule);
  for (const { action, step, at } of all) {
    const inputs = [
      ...(action.skipStepInputs || !step ? [] : step.requiredInputs),
      ...(action.inputs ?? []),
    ];
    const kind = actorKindOf(action);
    const seen = new Set<string>();
    for (const [e, effect] of (action.effects ?? []).entries()) {
      const ePath = [...at, 'effects', e];
      if (seen.has(effect.type)) add('DUPLICATE_EFFECT', ePath, { type: effect.type });
      seen.add(effect.type);
      if (
        (REQUESTER_EFFECTS.includes(effect.type) && kind !== 'requester') ||
        (STAFF_EFFECTS.includes(effect.type) && kind !== 'staff')
      )
        add('EFFECT_WRONG_ACTOR', ePath, { type: effect.type, actor: kind });
      if (
        (effect.type === 'requireAttachment' || effect.type === 'classReport') &&
        !(ATTACHMENT_KINDS as readonly string[]).includes(effect.kind)
      )
        add('EFFECT_UNKNOWN_ATTACHMENT_KIND', [...ePath, 'kind'], { kind: effect.kind });
      if (
        !hasSchedule &&
        [
          'cancelSchedule',
          'issueCertificates',
          'classReport',
          'classComplete',
          'notBeforeSchedule',
        ].includes(effect.type)
      )
        add('EFFECT_WITHOUT_SCHEDULE', ePath, { type: effect.type });
      for (const ref of effectInputs(effect)) {
        const input = inputs.find((i) => i.key === ref.key);
        if (!input) {
          add('EFFECT_UNKNOWN_INPUT', [...ePath, ...ref.field.split('.')], { key: ref.key });
        } else if (
          !ref.types.includes(input.type) ||
          (ref.required !== undefined && input.required !== ref.required)
        ) {
          add('EFFECT_INPUT_TYPE', [...ePath, ...ref.field.split('.')], {
            key: ref.key,
            expected: ref.types,
            required: ref.required === undefined ? 'any' : String(ref.required),
          });
        }
      }
    }
  }
}

function checkSchedule(sop: SopDefinition, add: Add): void {
  const usesJadwal = sop.steps.some((s) => s.timeStandard?.unit === 'jadwal');
  if (!sop.schedule) {
    if (usesJadwal && !scheduleSourceOf(sop)) add('JADWAL_WITHOUT_SCHEDULE', ['schedule']);
    return;
  }
  const step = sop.steps.find((s) => s.key === sop.schedule?.step);
  if (!step) {
    add('UNKNOWN_SCHEDULE_STEP', ['schedule', 'step'], { step: sop.schedule.step });
    return;
  }
  for (const field of ['startDateInput', 'endDateInput'] as const) {
    const key = sop.schedule[field];
    const input = step.requiredInputs.find((i) => i.key === key);
    if (input?.type !== 'date' || !input.required) {
      add('SCHEDULE_INPUT_NOT_DATE', ['schedule', field], { key });
    }
  }
}

function checkGraph(sop: SopDefinition, add: Add): void {
  const edges = sopEdges(sop);
  const start = sop.steps.find((s) => s.kind === 'start');
  /* c8 ignore next */
  if (!start) return;
  const reachable = reachableFrom(edges, start.key);
  const ends = new Set(sop.steps.filter((s) => s.kind === 'end').map((s) => s.key));
  // Walk the reversed graph from every end step: whatever it reaches can finish.
  const reversed = edges.map((e) => ({ ...e, from: e.to, to: e.from }));
  const canFinish = new Set<string>();
  for (const end of ends) for (const k of reachableFrom(reversed, end)) canFinish.add(k);
  sop.steps.forEach((step, i) => {
    if (!reachable.has(step.key)) add('UNREACHABLE_STEP', ['steps', i], { step: step.key });
    if (!canFinish.has(step.key)) add('NO_PATH_TO_END', ['steps', i], { step: step.key });
  });
}

/** A step that does not end in a decision leaves forward by one way at most. */
function checkForwardExits(sop: SopDefinition, add: Add): void {
  const back = backEdgeKeys(sop);
  sop.steps.forEach((step, i) => {
    if (endsInDecision(step)) return;
    const forward = step.actions.filter(
      (a) => actorKindOf(a) !== 'system' && !back.has(`${step.key}/${a.key}`),
    );
    if (forward.length > 1)
      add('MULTIPLE_FORWARD_EXITS', ['steps', i, 'actions'], {
        step: step.key,
        actions: forward.map((a) => a.key),
      });
  });
}

function dedupe(problems: SopProblem[]): SopProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = JSON.stringify(p);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
