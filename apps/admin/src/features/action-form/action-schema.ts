import { isoDateSchema, type Lang, localizeIssues } from '@blk/domain';
import { z } from 'zod';

/** One input (kelengkapan) an SOP action asks for, as `availableActions` sends it. */
export interface ActionInputSpec {
  key: string;
  label: string;
  /** text, date, number, boolean, file, choice, staff or instructors. */
  type: string;
  required: boolean;
  options?: readonly string[] | null;
  min?: number | null;
  max?: number | null;
  /** Computed by the server from the records (the class report's figures): shown, never sent. */
  computed?: boolean | null;
  /** The value a computed input will be recorded with. */
  value?: unknown;
}

/** Inputs the user fills in (computed ones are shown read-only and not sent). */
export function editableInputs(specs: readonly ActionInputSpec[]): ActionInputSpec[] {
  return specs.filter((s) => !s.computed);
}

/** What a form field holds before it is sent: text boxes hold strings, lists hold ids. */
export type FormValue = string | boolean | string[] | number;
export type FormValues = Record<string, FormValue>;

/** The empty value of a field of this type. */
export function emptyValue(spec: ActionInputSpec): FormValue {
  if (spec.type === 'boolean') return false;
  if (spec.type === 'instructors') return [];
  return '';
}

export function defaultValues(specs: readonly ActionInputSpec[]): FormValues {
  return Object.fromEntries(editableInputs(specs).map((s) => [s.key, emptyValue(s)]));
}

const blank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Blank optional values are left out of the input, as the SOP treats them as not given. */
function optionalIfAllowed<T extends z.ZodType>(schema: T, required: boolean) {
  return required
    ? z.preprocess((v) => (blank(v) ? undefined : v), schema)
    : z.preprocess((v) => (blank(v) ? undefined : v), schema.optional());
}

/** The zod schema of one input, mirroring the SOP's own input check (packages/sop). */
export function inputSchema(spec: ActionInputSpec): z.ZodType {
  switch (spec.type) {
    case 'date':
      return optionalIfAllowed(isoDateSchema, spec.required);
    case 'number': {
      let n = z.number();
      if (spec.min != null) n = n.min(spec.min);
      if (spec.max != null) n = n.max(spec.max);
      return optionalIfAllowed(
        z.preprocess((v) => (typeof v === 'string' ? Number(v.replace(',', '.')) : v), n),
        spec.required,
      );
    }
    case 'boolean':
      return z.boolean();
    case 'choice': {
      const options = spec.options ?? [];
      const choice = options.length > 0 ? z.enum(options as [string, ...string[]]) : z.string();
      return optionalIfAllowed(choice, spec.required);
    }
    case 'instructors': {
      const list = z
        .array(z.string().min(1))
        .refine((ids) => new Set(ids).size === ids.length, 'common.duplicate_items');
      return spec.required ? list.min(1, 'common.required') : list;
    }
    default:
      // text, file (an upload id), staff (a user id)
      return optionalIfAllowed(z.string().trim().min(1), spec.required);
  }
}

/** The form schema of an action: one field per input. */
export function actionSchema(specs: readonly ActionInputSpec[]) {
  return z.object(Object.fromEntries(editableInputs(specs).map((s) => [s.key, inputSchema(s)])));
}

/** zod's per-parse error map in the user's language (our own rules carry catalog keys). */
export function localizedError(lang: Lang) {
  return (issue: z.core.$ZodRawIssue): string | undefined =>
    localizeIssues([{ ...issue, path: issue.path ?? [] } as z.core.$ZodIssue], lang)[0]?.message;
}

/** The input object for `transitionTrainingRequest`: parsed values, blanks left out. */
export function toActionInput(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );
}
