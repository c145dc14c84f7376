import {
  type SopAction,
  type SopDefinition,
  type SopIdentity,
  type SopStep,
  sopDefinitionSchema,
} from '@blk/sop';

/**
 * Pure editing of an SOP definition for the version editor: immutable step edits, the cleaned
 * definition that is validated and saved, and where each problem belongs on screen.
 */

/** A problem as the API reports it (`SopProblem`): code, dotted path, localised message. */
export interface EditorProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/** Identity fields kept as lists (one item per line in the editor). */
export const IDENTITY_LISTS = [
  'legalBasis',
  'executorQualifications',
  'relatedSops',
  'equipment',
  'warnings',
  'records',
] as const satisfies readonly (keyof SopIdentity)[];
export type IdentityListKey = (typeof IDENTITY_LISTS)[number];

const cleanList = (items: readonly string[]) => items.map((s) => s.trim()).filter(Boolean);

/**
 * The definition as it is checked and saved: list items trimmed and blank lines dropped (the
 * editor keeps them while the user types), empty optional texts removed.
 */
export function cleanDefinition(def: SopDefinition): SopDefinition {
  const identity: SopIdentity = { ...def.identity };
  for (const key of IDENTITY_LISTS) identity[key] = cleanList(def.identity[key]);
  for (const key of ['unit', 'revisedOn'] as const)
    if (!identity[key]?.trim()) delete identity[key];
  return {
    ...def,
    identity,
    steps: def.steps.map((step) => {
      const { documents, name, ...rest } = step;
      const docs = cleanList(documents ?? []);
      return {
        ...rest,
        ...(name?.id.trim() ? { name } : {}),
        ...(docs.length ? { documents: docs } : {}),
        description: step.description.en?.trim() ? step.description : { id: step.description.id },
      };
    }),
  };
}

/** Moves the step at `from` by `delta` rows (−1 up, +1 down); out of range leaves it. */
export function moveStep(def: SopDefinition, from: number, delta: number): SopDefinition {
  const to = from + delta;
  if (to < 0 || to >= def.steps.length) return def;
  const steps = [...def.steps];
  const [step] = steps.splice(from, 1);
  if (step) steps.splice(to, 0, step);
  return { ...def, steps };
}

/** Replaces the step at `index` with `change(step)`. */
export function updateStep(
  def: SopDefinition,
  index: number,
  change: (step: SopStep) => SopStep,
): SopDefinition {
  return { ...def, steps: def.steps.map((s, i) => (i === index ? change(s) : s)) };
}

/** Removes the step at `index`; actions leading to it are left for the validator to name. */
export function removeStep(def: SopDefinition, index: number): SopDefinition {
  return { ...def, steps: def.steps.filter((_, i) => i !== index) };
}

/** A key not yet used by any step: `langkah_baru`, `langkah_baru_2`, ... */
export function freshStepKey(def: SopDefinition, base = 'langkah_baru'): string {
  const used = new Set(def.steps.map((s) => s.key));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** A key not yet used by the step's actions: `lanjut`, `lanjut_2`, ... */
export function freshActionKey(step: SopStep, base = 'lanjut'): string {
  const used = new Set(step.actions.map((a) => a.key));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/**
 * Inserts a new process step after `after` (or at the end), performed by the same role and due
 * in one working day; the drafter then links it into the flow.
 */
export function addStep(
  def: SopDefinition,
  name: string,
  after = def.steps.length - 1,
): SopDefinition {
  const previous = def.steps[after];
  const step: SopStep = {
    key: freshStepKey(def),
    kind: 'process',
    name: { id: name },
    description: { id: name },
    role: previous?.role ?? 'petugas_layanan',
    requiredInputs: [],
    timeStandard: { unit: 'hari_kerja', value: 1 },
    output: '',
    actions: [],
  };
  const steps = [...def.steps];
  steps.splice(after + 1, 0, step);
  return { ...def, steps };
}

/** A new action of a step leading to `to`. */
export function newAction(step: SopStep, label: string, to: string): SopAction {
  return { key: freshActionKey(step), label: { id: label }, to };
}

/** Columns of the step table a problem can sit beside. */
export type StepColumn =
  | 'row'
  | 'key'
  | 'kind'
  | 'description'
  | 'role'
  | 'inputs'
  | 'time'
  | 'output'
  | 'next';

const FIELD_COLUMN: Readonly<Record<string, StepColumn>> = {
  key: 'key',
  kind: 'kind',
  name: 'description',
  description: 'description',
  role: 'role',
  documents: 'inputs',
  requiredInputs: 'inputs',
  inputRules: 'inputs',
  timeStandard: 'time',
  output: 'output',
  keterangan: 'output',
  decision: 'next',
  actions: 'next',
};

/** The column of step `index` a problem concerns, or null when it is not about that step. */
export function stepColumnOf(problem: EditorProblem, index: number): StepColumn | null {
  const parts = problem.path.split('.');
  if (parts[0] !== 'steps' || parts[1] !== String(index)) return null;
  const field = parts[2];
  return field === undefined ? 'row' : (FIELD_COLUMN[field] ?? 'row');
}

/** True when the problem belongs to a step row or an identity field the editor shows. */
export function isPlaced(problem: EditorProblem, def: SopDefinition): boolean {
  const [head, second] = problem.path.split('.');
  if (head === 'identity') return second !== undefined;
  if (head === 'steps') return second !== undefined && Number(second) < def.steps.length;
  return false;
}

/**
 * Instant format checks with the shared `sopDefinitionSchema` (the server's validator runs the
 * same schema first): dotted path → what is wrong, in the editor's words.
 */
export function formatIssues(
  def: SopDefinition,
): ReadonlyMap<string, 'required' | 'keyFormat' | 'notANumber' | 'badFormat'> {
  const parsed = sopDefinitionSchema.safeParse(cleanDefinition(def));
  const issues = new Map<string, 'required' | 'keyFormat' | 'notANumber' | 'badFormat'>();
  if (parsed.success) return issues;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const last = issue.path.at(-1);
    const value = valueAt(def, issue.path);
    const kind =
      value === '' || value === undefined
        ? 'required'
        : last === 'key'
          ? 'keyFormat'
          : last === 'value'
            ? 'notANumber'
            : 'badFormat';
    if (!issues.has(path)) issues.set(path, kind);
  }
  return issues;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const p of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[p];
  }
  return at;
}
