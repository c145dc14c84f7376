import {
  type SopAction,
  type SopDefinition,
  type SopIdentity,
  type SopStep,
  scheduleSourceOf,
} from './definition';

/** Fields of a step that a diff reports. */
export type StepField = Exclude<keyof SopStep, 'key'>;

/** How one step differs between two versions. */
export interface StepChange {
  readonly key: string;
  readonly fields: readonly StepField[];
  readonly actionsAdded: readonly string[];
  readonly actionsRemoved: readonly string[];
  readonly actionsChanged: readonly string[];
}

/** Differences between two SOP versions, for the review screen before a version is signed. */
export interface SopDiff {
  readonly identical: boolean;
  readonly identityChanged: readonly (keyof SopIdentity)[];
  readonly stepsAdded: readonly string[];
  readonly stepsRemoved: readonly string[];
  readonly stepsChanged: readonly StepChange[];
  readonly globalActionsAdded: readonly string[];
  readonly globalActionsRemoved: readonly string[];
  readonly globalActionsChanged: readonly string[];
  readonly scheduleChanged: boolean;
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function diffKeyed<T extends { key: string }>(a: readonly T[], b: readonly T[]) {
  const before = new Map(a.map((x) => [x.key, x]));
  const after = new Map(b.map((x) => [x.key, x]));
  return {
    added: b.filter((x) => !before.has(x.key)).map((x) => x.key),
    removed: a.filter((x) => !after.has(x.key)).map((x) => x.key),
    common: b.filter((x) => before.has(x.key)).map((x) => [before.get(x.key) as T, x] as const),
  };
}

const STEP_FIELDS: readonly StepField[] = [
  'kind',
  'name',
  'description',
  'role',
  'documents',
  'requiredInputs',
  'inputRules',
  'timeStandard',
  'output',
  'keterangan',
  'decision',
  'actions',
];

function diffActions(a: readonly SopAction[], b: readonly SopAction[]) {
  const d = diffKeyed(a, b);
  return {
    added: d.added,
    removed: d.removed,
    changed: d.common.filter(([x, y]) => !same(x, y)).map(([, y]) => y.key),
  };
}

/** What changed from version `a` to version `b` (steps matched by key). */
export function diffSopVersions(a: SopDefinition, b: SopDefinition): SopDiff {
  const identityKeys = [
    ...new Set([...Object.keys(a.identity), ...Object.keys(b.identity)]),
  ] as (keyof SopIdentity)[];
  const identityChanged = identityKeys.filter((k) => !same(a.identity[k], b.identity[k]));
  const steps = diffKeyed(a.steps, b.steps);
  const stepsChanged: StepChange[] = [];
  for (const [x, y] of steps.common) {
    const fields = STEP_FIELDS.filter((f) => !same(x[f], y[f]));
    if (fields.length === 0) continue;
    const actions = diffActions(x.actions, y.actions);
    stepsChanged.push({
      key: y.key,
      fields,
      actionsAdded: actions.added,
      actionsRemoved: actions.removed,
      actionsChanged: actions.changed,
    });
  }
  const globals = diffActions(a.globalActions ?? [], b.globalActions ?? []);
  const scheduleChanged = !same(scheduleSourceOf(a), scheduleSourceOf(b));
  return {
    identical:
      identityChanged.length === 0 &&
      steps.added.length === 0 &&
      steps.removed.length === 0 &&
      stepsChanged.length === 0 &&
      globals.added.length + globals.removed.length + globals.changed.length === 0 &&
      !scheduleChanged,
    identityChanged,
    stepsAdded: steps.added,
    stepsRemoved: steps.removed,
    stepsChanged,
    globalActionsAdded: globals.added,
    globalActionsRemoved: globals.removed,
    globalActionsChanged: globals.changed,
    scheduleChanged,
  };
}
