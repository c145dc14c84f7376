import { z } from 'zod';

/**
 * Declarative effects of an SOP action: what taking the action does besides moving the request,
 * and the guard rails it must pass. The API executes effects, never action or step keys, so an
 * SOP author may rename or add steps without the software losing what they do.
 *
 * Input names in an effect refer to the action's inputs (the step's kelengkapan unless skipped,
 * plus the action's own); `validateSopDefinition` checks that they exist and have the right type.
 */
export const sopEffectSchema = z.discriminatedUnion('type', [
  /** Records the needs assessment (site survey) from the named inputs. */
  z.object({
    type: z.literal('recordAssessment'),
    surveyDateInput: z.string(),
    findingsInput: z.string(),
    localPotentialInput: z.string().optional(),
    facilitiesInput: z.string().optional(),
    /** Text naming the recommended program (code or name). */
    programmeInput: z.string(),
  }),
  /** Writes the class: its days, sessions and instructors. The dates also set the `jadwal` SLA. */
  z.object({
    type: z.literal('createSchedule'),
    startDateInput: z.string(),
    endDateInput: z.string(),
    instructorsInput: z.string(),
    venueInput: z.string().optional(),
  }),
  /** Cancels the request's standing class, freeing its instructors (rescheduling). */
  z.object({ type: z.literal('cancelSchedule') }),
  /** Applies the completion rule and numbers the certificates of those who completed. */
  z.object({ type: z.literal('issueCertificates') }),
  /** The requester answers the satisfaction survey (SKM) with this action. */
  z.object({ type: z.literal('recordSurvey') }),
  /** The requester withdraws the request with this action. */
  z.object({ type: z.literal('withdrawRequest') }),
  /**
   * The file input names uploaded documents, which become the request's attachments of `kind`.
   * Anything that is not a real upload is refused.
   */
  z.object({ type: z.literal('requireAttachment'), input: z.string(), kind: z.string() }),
  /**
   * The report of the class: the named inputs are computed from the class records (participants,
   * attendance, scores), never typed, and the report document is generated and attached as `kind`.
   */
  z.object({
    type: z.literal('classReport'),
    kind: z.string(),
    figures: z.object({
      participants: z.string().optional(),
      completed: z.string().optional(),
      attendancePercent: z.string().optional(),
      attendanceSummary: z.string().optional(),
      preTestMean: z.string().optional(),
      postTestMean: z.string().optional(),
    }),
  }),
  /**
   * Guard: not before the first (or last) scheduled training day, unless `reasonInput` records
   * why (weather, a rescheduled ferry).
   */
  z.object({
    type: z.literal('notBeforeSchedule'),
    day: z.enum(['first', 'last']),
    reasonInput: z.string(),
  }),
  /**
   * Guard: the class records are complete (participants enrolled, attendance for every day held
   * so far, both scores for everyone), unless `reasonInput` records why it proceeds anyway.
   */
  z.object({ type: z.literal('classComplete'), reasonInput: z.string() }),
]);
export type SopEffect = z.infer<typeof sopEffectSchema>;
export type SopEffectType = SopEffect['type'];
export type EffectOf<T extends SopEffectType> = Extract<SopEffect, { type: T }>;

/** Effect types that are guard rails (checked before the move), not actions taken after it. */
export const GUARD_EFFECTS = ['notBeforeSchedule', 'classComplete'] as const;

/** Figures a `classReport` effect can fill, in the order the report shows them. */
export const REPORT_FIGURES = [
  'participants',
  'completed',
  'attendancePercent',
  'attendanceSummary',
  'preTestMean',
  'postTestMean',
] as const;
export type ReportFigure = (typeof REPORT_FIGURES)[number];

/** The first effect of `type` among `effects`, if any. */
export function effectOf<T extends SopEffectType>(
  effects: readonly SopEffect[] | undefined,
  type: T,
): EffectOf<T> | undefined {
  return effects?.find((e): e is EffectOf<T> => e.type === type);
}

/**
 * Steps whose completion is the training's report: those with an action carrying a
 * `classReport` effect (read the definition through `readSopDefinition` for stored versions).
 */
export function reportStepKeys(def: {
  steps: readonly { key: string; actions: readonly { effects?: readonly SopEffect[] }[] }[];
}): string[] {
  return def.steps
    .filter((s) => s.actions.some((a) => effectOf(a.effects, 'classReport')))
    .map((s) => s.key);
}

/** Keys of every action (global ones included) that carries an effect of `type`. */
export function actionKeysWith(
  def: {
    steps: readonly { actions: readonly { key: string; effects?: readonly SopEffect[] }[] }[];
    globalActions?: readonly { key: string; effects?: readonly SopEffect[] }[];
  },
  type: SopEffectType,
): string[] {
  const actions = [...def.steps.flatMap((s) => s.actions), ...(def.globalActions ?? [])];
  return [...new Set(actions.filter((a) => effectOf(a.effects, type)).map((a) => a.key))];
}
