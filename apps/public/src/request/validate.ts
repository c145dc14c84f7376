import {
  type Lang,
  type LocalizedIssue,
  message,
  parseInput,
  type TrainingRequestInput,
  trainingRequestSchema,
} from '@blk/domain';
import { z } from 'zod';
import type { RequestField } from './draft';
import { STEP_FIELDS, toInput } from './steps';

// The shared schema's field rules plus its cross-field rules (program-or-need, date order),
// applied to the steps filled so far: the cross-field rules then run as soon as the step that
// holds them is valid, not only once the whole form is.
const { shape } = trainingRequestSchema;
const crossFieldChecks = (trainingRequestSchema._zod.def.checks ?? []) as z.core.$ZodCheck<
  Record<string, unknown>
>[];

function schemaUpTo(step: number) {
  const fields = STEP_FIELDS.slice(0, step + 1).flat();
  const partial = z.strictObject(Object.fromEntries(fields.map((f) => [f, shape[f]])));
  return partial.check(...crossFieldChecks);
}

function onlyFields(input: Record<string, unknown>, fields: readonly string[]) {
  return Object.fromEntries(Object.entries(input).filter(([k]) => fields.includes(k)));
}

/** A choice left empty reads "required", not the list of allowed values. */
function readable(issues: LocalizedIssue[], input: Record<string, unknown>, lang: Lang) {
  return issues.map((issue) =>
    issue.code === 'invalid_value' && input[issue.path] === undefined
      ? { ...issue, message: message('common.required', lang) }
      : issue,
  );
}

/** Issues of one step, in the chosen language; empty when the step may be left. */
export function validateStep(
  step: number,
  values: Record<RequestField, string>,
  lang: Lang,
): LocalizedIssue[] {
  const own = STEP_FIELDS[step] ?? [];
  if (own.length === 0) return [];
  const input = onlyFields(toInput(values), STEP_FIELDS.slice(0, step + 1).flat());
  const result = parseInput(schemaUpTo(step), input, lang);
  if (result.ok) return [];
  return readable(
    result.issues.filter((issue) => (own as readonly string[]).includes(issue.path)),
    input,
    lang,
  );
}

export type FullResult =
  | { ok: true; data: TrainingRequestInput }
  | { ok: false; issues: LocalizedIssue[] };

/** The whole request checked with the shared schema, exactly as the API will check it. */
export function validateAll(values: Record<RequestField, string>, lang: Lang): FullResult {
  const input = toInput(values);
  const result = parseInput(trainingRequestSchema, input, lang);
  return result.ok ? result : { ok: false, issues: readable(result.issues, input, lang) };
}
