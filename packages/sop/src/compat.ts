import { STEP_ATTACHMENT_KINDS } from './attachment-policy';
import {
  type InputSpec,
  type SopAction,
  type SopDefinition,
  type SopStep,
  sopDefinitionSchema,
} from './definition';
import type { SopEffect } from './effects';

/**
 * Versions stored before effects existed carry none: their behaviour was tied to action and step
 * keys in the API. `readSopDefinition` reads a stored definition and, when no action of it
 * declares `effects`, derives the effects the API used to apply by key, plus the guard rails of
 * the default SOP, so requests under old versions keep working (and get the same rails) without
 * rewriting stored JSON. A definition that declares effects anywhere is taken as written.
 *
 * The JSON is checked against the SOP format first (once per stored object): a definition that
 * does not have it throws {@link StoredSopDefinitionError} instead of failing somewhere later.
 * Only versions past review are read this way; a draft may not have the format yet (render it
 * with `sopDefinitionSchema.safeParse`).
 */
export function readSopDefinition(json: unknown): SopDefinition {
  const def = checkedSopDefinition(json);
  if (declaresEffects(def)) return def;
  const cached = legacyCache.get(def);
  if (cached) return cached;
  const read = withDefaultEffects(def);
  legacyCache.set(def, read);
  return read;
}

const legacyCache = new WeakMap<SopDefinition, SopDefinition>();

/** A stored definition that does not have the SOP format. */
export class StoredSopDefinitionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`stored SOP definition does not have the SOP format: ${problems.join('; ')}`);
    this.name = 'StoredSopDefinitionError';
  }
}

const checkedDefinitions = new WeakSet<object>();

/**
 * The stored JSON as a definition, as written (no default effects), once it passed the schema:
 * kept as stored, nothing is stripped. For code that rewrites a version (signing, publishing).
 */
export function checkedSopDefinition(json: unknown): SopDefinition {
  if (typeof json === 'object' && json !== null && checkedDefinitions.has(json))
    return json as SopDefinition;
  const parsed = sopDefinitionSchema.safeParse(json);
  if (!parsed.success)
    throw new StoredSopDefinitionError(
      parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  checkedDefinitions.add(json as object);
  return json as SopDefinition;
}

/** True when some action of the definition declares `effects` (even an empty list). */
export function declaresEffects(def: SopDefinition): boolean {
  return (
    def.steps.some((s) => s.actions.some((a) => a.effects !== undefined)) ||
    (def.globalActions ?? []).some((a) => a.effects !== undefined)
  );
}

/** The optional text input a guard rail asks for when the rule is broken. */
export const OVERRIDE_REASON_INPUT: InputSpec = {
  key: 'overrideReason',
  label: {
    id: 'Alasan tetap melanjutkan',
    en: 'Reason for proceeding anyway',
  },
  type: 'text',
  required: false,
};

/**
 * The effects a definition without effects had by key (the behaviour of the API before effects),
 * as declared effects. Exported for tests and for the migration note in the README.
 */
export function withDefaultEffects(def: SopDefinition): SopDefinition {
  const schedule = def.schedule;
  const legacy = (action: SopAction, step: SopStep | undefined): SopAction => {
    const effects: SopEffect[] = [];
    const extraInputs: InputSpec[] = [];
    const inputs = [
      ...(action.skipStepInputs || !step ? [] : step.requiredInputs),
      ...(action.inputs ?? []),
    ];
    const has = (key: string) => inputs.some((i) => i.key === key);
    const fileInput = inputs.find((i) => i.type === 'file');
    const guardReason = () => {
      if (!has(OVERRIDE_REASON_INPUT.key) && !extraInputs.includes(OVERRIDE_REASON_INPUT))
        extraInputs.push(OVERRIDE_REASON_INPUT);
      return OVERRIDE_REASON_INPUT.key;
    };
    if (action.key === 'submit_assessment' && has('surveyDate') && has('findings')) {
      effects.push({
        type: 'recordAssessment',
        surveyDateInput: 'surveyDate',
        findingsInput: 'findings',
        ...(has('localPotential') ? { localPotentialInput: 'localPotential' } : {}),
        ...(has('facilities') ? { facilitiesInput: 'facilities' } : {}),
        programmeInput: 'recommendedProgramme',
      });
    }
    if (schedule && step?.key === schedule.step && !action.skipStepInputs) {
      const instructors = inputs.find((i) => i.type === 'instructors');
      if (instructors)
        effects.push({
          type: 'createSchedule',
          startDateInput: schedule.startDateInput,
          endDateInput: schedule.endDateInput,
          instructorsInput: instructors.key,
          ...(has('venue') ? { venueInput: 'venue' } : {}),
        });
    }
    // Going (back) to the scheduling step freed the instructors of the standing class.
    if (schedule && action.to === schedule.step) effects.push({ type: 'cancelSchedule' });
    if (action.key === 'start' && schedule)
      effects.push({ type: 'notBeforeSchedule', day: 'first', reasonInput: guardReason() });
    if (action.key === 'finish') {
      if (schedule) {
        effects.push({ type: 'notBeforeSchedule', day: 'last', reasonInput: guardReason() });
        effects.push({ type: 'classComplete', reasonInput: guardReason() });
      }
      effects.push({ type: 'issueCertificates' });
    }
    if (action.key === 'submit_report' && schedule) {
      const num = (key: string) => inputs.some((i) => i.key === key && i.type === 'number');
      const text = (key: string) => inputs.some((i) => i.key === key && i.type === 'text');
      effects.push({
        type: 'classReport',
        kind: 'laporan_pelaksanaan',
        figures: {
          ...(num('participantsEnrolled') ? { participants: 'participantsEnrolled' } : {}),
          ...(num('participantCount') ? { completed: 'participantCount' } : {}),
          ...(text('attendanceSummary') ? { attendanceSummary: 'attendanceSummary' } : {}),
          ...(num('preTestAverage') ? { preTestMean: 'preTestAverage' } : {}),
          ...(num('postTestAverage') ? { postTestMean: 'postTestAverage' } : {}),
        },
      });
    }
    if (action.actor === 'requester' && action.key === 'submit_survey')
      effects.push({ type: 'recordSurvey' });
    if (action.actor === 'requester' && action.key === 'cancel')
      effects.push({ type: 'withdrawRequest' });
    // A file input named documents that were never attached; now they must be real uploads.
    if (fileInput) {
      const kind =
        action.actor === 'requester'
          ? 'berkas_pelengkap'
          : ((step && STEP_ATTACHMENT_KINDS[step.key]?.find((k) => k !== 'lainnya')) ?? 'lainnya');
      effects.push({ type: 'requireAttachment', input: fileInput.key, kind });
    }
    return {
      ...action,
      ...(extraInputs.length ? { inputs: [...(action.inputs ?? []), ...extraInputs] } : {}),
      effects,
    };
  };
  return {
    ...def,
    steps: def.steps.map((step) => ({
      ...step,
      actions: step.actions.map((a) => legacy(a, step)),
    })),
    ...(def.globalActions
      ? {
          globalActions: def.globalActions.map((g) => ({
            ...legacy(g, undefined),
            from: g.from,
          })),
        }
      : {}),
  };
}
