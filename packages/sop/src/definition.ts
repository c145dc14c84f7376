import { text } from '@blk/domain';
import { z } from 'zod';
import { effectOf, sopEffectSchema } from './effects';

/**
 * SOP definition format, after PermenPAN-RB 35/2012 (SOP Administrasi Pemerintahan): an identity
 * block plus one activity row per step. Each row carries its *mutu baku* (quality standard):
 * kelengkapan (required inputs), waktu (time standard) and output.
 *
 * The schema checks shape only. Graph rules (reachability, decisions, roles, ...) live in
 * `validateSopDefinition`, which reports typed problems the UI can localise.
 */

const isoDateRegex = /^\d{4}-\d{2}-\d{2}$/;
/** Step and action keys: snake_case, stable across SOP versions. */
export const SNAKE_CASE_KEY = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** Input keys become JSON fields in request records, so they are camelCase. */
export const INPUT_KEY = /^[a-z][a-zA-Z0-9]*$/;

/** A text in Bahasa Indonesia with an optional English translation. */
export const localizedTextSchema = z.object({
  id: z.string().min(1),
  en: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Flowchart symbol of a step: terminator (start/end), process, decision. */
export const STEP_KINDS = ['start', 'process', 'decision', 'end'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Types of the inputs (kelengkapan) a step or action asks for. */
export const INPUT_TYPES = [
  'text',
  'date',
  'number',
  'boolean',
  'file',
  'choice',
  'staff',
  'instructors',
] as const;
export type InputType = (typeof INPUT_TYPES)[number];

/** One required input (kelengkapan) of a step or action. */
export const inputSpecSchema = z.object({
  key: z.string().regex(INPUT_KEY),
  label: localizedTextSchema,
  type: z.enum(INPUT_TYPES),
  required: z.boolean(),
  options: z.array(z.string().min(1)).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});
export type InputSpec = z.infer<typeof inputSpecSchema>;

/** Cross-field rules on the inputs of a step (e.g. training ends on or after it starts). */
export const inputRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date_order'), before: z.string(), after: z.string() }),
  z.object({ kind: z.literal('not_in_past'), field: z.string() }),
]);
export type InputRule = z.infer<typeof inputRuleSchema>;

/**
 * Time standard (waktu) of a step. `jadwal` means the step is due at the end of the scheduled
 * training, which the scheduling step provides.
 */
export const timeStandardSchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('hari_kerja'), value: z.number() }),
  z.object({ unit: z.literal('jam_kerja'), value: z.number() }),
  z.object({ unit: z.literal('jadwal') }),
]);
export type TimeStandard = z.infer<typeof timeStandardSchema>;

/** Who takes an action: staff (by role), the public requester, or the system. */
export const ACTOR_KINDS = ['staff', 'requester', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

const actionShape = {
  key: z.string().regex(SNAKE_CASE_KEY),
  label: localizedTextSchema,
  to: z.string(),
  /** Defaults to `staff`. */
  actor: z.enum(ACTOR_KINDS).optional(),
  /** Staff roles that may act; defaults to the step's pelaksana. */
  roles: z.array(z.string()).optional(),
  /** Wording shown on the public tracking page, when it differs from `label`. */
  publicLabel: localizedTextSchema.optional(),
  /** Branch of a decision step. */
  branch: z.enum(['yes', 'no']).optional(),
  /** Inputs this action needs on top of the step's kelengkapan. */
  inputs: z.array(inputSpecSchema).optional(),
  /** The step's kelengkapan is not needed (returning, rejecting, cancelling, auto-closing). */
  skipStepInputs: z.boolean().optional(),
  /** Only staff assigned to the request (its instructors) may act. */
  assignedOnly: z.boolean().optional(),
  /**
   * The action cannot be taken back (closing a training, a rejection): the apps ask for
   * confirmation once. Actions into an end step are irreversible whether or not this is set.
   */
  irreversible: z.boolean().optional(),
  /**
   * What the action does besides moving the request (record the assessment, write the class,
   * issue certificates, …) and the guard rails it must pass. A definition in which no action
   * declares `effects` is a version stored before effects existed: `readSopDefinition` gives it
   * the default behaviour (see compat.ts).
   */
  effects: z.array(sopEffectSchema).optional(),
};

/** An outgoing transition of a step. System actions fire only once the step is overdue. */
export const sopActionSchema = z.object(actionShape);
export type SopAction = z.infer<typeof sopActionSchema>;

/** An action available from several steps (e.g. cancellation by the requester). */
export const sopGlobalActionSchema = z.object({ ...actionShape, from: z.array(z.string()) });
export type SopGlobalAction = z.infer<typeof sopGlobalActionSchema>;

/** One activity row of the SOP flow table; the request "is at" a step. */
export const sopStepSchema = z.object({
  key: z.string().regex(SNAKE_CASE_KEY),
  kind: z.enum(STEP_KINDS),
  /** Short name for the flowchart and status pages. */
  name: localizedTextSchema.optional(),
  description: localizedTextSchema,
  /** Pelaksana: a staff role key, or the `pemohon` / `sistem` lane. */
  role: z.string().min(1),
  /** Documents named in the kelengkapan column that are not entered as inputs. */
  documents: z.array(z.string()).optional(),
  requiredInputs: z.array(inputSpecSchema),
  inputRules: z.array(inputRuleSchema).optional(),
  timeStandard: timeStandardSchema.optional(),
  output: z.string(),
  /** Keterangan column of the flow table: free text (notes, exceptions, references). */
  keterangan: z.string().max(1000).optional(),
  /**
   * A decision the step's pelaksana takes at its end, in the same request state: the front desk
   * receives and checks the documents (process), then decides "Lengkap?" (decision). The flow
   * table and the flowchart draw the step's row, then a decision row; the step's own actions are
   * the decision's "Ya" / "Tidak" branches. Its time counts within the step's time standard.
   */
  decision: z
    .object({
      /** The question in the diamond, e.g. "Lengkap?". */
      question: localizedTextSchema,
      /** What is decided, for the Kegiatan column of the decision row. */
      description: localizedTextSchema.optional(),
      /** Output column of the decision row. */
      output: z.string().optional(),
    })
    .optional(),
  actions: z.array(sopActionSchema),
});
export type SopStep = z.infer<typeof sopStepSchema>;

/** Identity block of the SOP document. */
export const sopIdentitySchema = z.object({
  number: z.string().min(1),
  name: z.string().min(1),
  /** Organisation unit that owns the SOP. */
  unit: z.string().optional(),
  createdOn: z.string().regex(isoDateRegex),
  /** Revision number: 0 for the first version; set when a later version is put in force. */
  revision: z.number().int().min(0).optional(),
  revisedOn: z.string().regex(isoDateRegex).optional(),
  effectiveOn: z.string().regex(isoDateRegex).optional(),
  /** Who signed the version (Disahkan oleh): filled in when the head of office signs it. */
  approvedBy: z
    .object({
      name: z.string(),
      position: z.string(),
      nip: z.string().optional(),
      /** Signing date (YYYY-MM-DD, WIB). */
      signedOn: z.string().regex(isoDateRegex).optional(),
    })
    .optional(),
  legalBasis: z.array(z.string()),
  executorQualifications: z.array(z.string()),
  relatedSops: z.array(z.string()),
  equipment: z.array(z.string()),
  warnings: z.array(z.string()),
  /** Pencatatan dan pendataan. */
  records: z.array(z.string()),
});
export type SopIdentity = z.infer<typeof sopIdentitySchema>;

/**
 * Which step sets the training schedule, and which of its inputs hold the dates. Legacy: versions
 * stored before effects existed say it here; newer ones put a `createSchedule` effect on the
 * scheduling action. Read it through `scheduleSourceOf`.
 */
export const scheduleSourceSchema = z.object({
  step: z.string(),
  startDateInput: z.string(),
  endDateInput: z.string(),
});
export type ScheduleSource = z.infer<typeof scheduleSourceSchema>;

/** A whole SOP definition (one version). */
export const sopDefinitionSchema = z.object({
  identity: sopIdentitySchema,
  steps: z.array(sopStepSchema).min(1),
  globalActions: z.array(sopGlobalActionSchema).optional(),
  schedule: scheduleSourceSchema.optional(),
});
export type SopDefinition = z.infer<typeof sopDefinitionSchema>;

/** The step with this key, if any. */
export function findStep(def: SopDefinition, key: string): SopStep | undefined {
  return def.steps.find((s) => s.key === key);
}

/** The step ends in a decision: a decision step, or a step with a decision row (`decision`). */
export function endsInDecision(step: SopStep): boolean {
  return step.kind === 'decision' || step.decision !== undefined;
}

/** Actions that may be taken while a request is at the step: its own, then global ones. */
export function actionsOf(def: SopDefinition, stepKey: string): SopAction[] {
  const step = findStep(def, stepKey);
  const own = step?.actions ?? [];
  const global = (def.globalActions ?? []).filter((a) => a.from.includes(stepKey));
  // A global action (e.g. cancel) never needs the kelengkapan of the step it interrupts.
  return [
    ...own,
    ...global.map(({ from: _from, ...action }) => ({ ...action, skipStepInputs: true })),
  ];
}

/**
 * The scheduling step and its date inputs: from the first action with a `createSchedule` effect,
 * or the legacy `schedule` block of a definition without effects.
 */
export function scheduleSourceOf(def: SopDefinition): ScheduleSource | undefined {
  for (const step of def.steps) {
    for (const action of step.actions) {
      const effect = effectOf(action.effects, 'createSchedule');
      if (effect)
        return {
          step: step.key,
          startDateInput: effect.startDateInput,
          endDateInput: effect.endDateInput,
        };
    }
  }
  return def.schedule;
}

/** Actor kind of an action (staff unless stated). */
export function actorKindOf(action: SopAction): ActorKind {
  return action.actor ?? 'staff';
}

/** Staff roles allowed to take a staff action: its override or the step's pelaksana. */
export function rolesFor(action: SopAction, step: SopStep | undefined): string[] {
  return action.roles ?? (step ? [step.role] : []);
}

/** The change note of a version: what changes and why (the draft form and the API share it). */
export const sopChangeNoteSchema = text(2000, 3);
