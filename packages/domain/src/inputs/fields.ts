import { z } from 'zod';
import { isIsoDate } from '../calendar';
import { parseDecimal } from '../format-id';
import { safeString, type TextOptions } from '../text';

/**
 * Required trimmed text of at most `max` characters ('' counts as missing), one line unless
 * `multiline`; control characters and broken Unicode are refused ({@link safeString}).
 */
export function text(max: number, min = 1, options: TextOptions = {}) {
  return safeString(options).trim().min(min).max(max);
}

/** Required multi-line text (notes, descriptions, addresses): line breaks and tabs allowed. */
export function multilineText(max: number, min = 1) {
  return text(max, min, { multiline: true });
}

/** Web forms send '' for an empty optional field; the API treats it as absent. */
function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** Makes a field optional, treating blank text as absent. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional());
}

/** Optional trimmed text of at most `max` characters, one line unless `multiline`. */
export function optionalText(max: number, min = 1, options: TextOptions = {}) {
  return optional(text(max, min, options));
}

/** Optional multi-line text. */
export function optionalMultilineText(max: number, min = 1) {
  return optionalText(max, min, { multiline: true });
}

/** A calendar day 'YYYY-MM-DD' that exists. */
export const isoDateSchema = safeString().trim().refine(isIsoDate, 'date.invalid');

/** An e-mail address, trimmed and lower-cased. */
export const emailSchema = safeString()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'email.invalid' }));

/** A database id (cuid/uuid/slug); its shape belongs to packages/db, so only the charset is checked. */
export const idSchema = safeString()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'common.invalid_id');

/** A list whose items are all different. */
export function uniqueList<T extends z.ZodType>(item: T, max: number, min = 0) {
  return z
    .array(item)
    .min(min)
    .max(max)
    .refine((items) => new Set(items).size === items.length, 'common.duplicate_items');
}

/** A list of text items (requirements, service-standard contents, …); an item may span lines. */
export function textList(maxItems: number, maxLength: number, minItems = 0) {
  return z.array(multilineText(maxLength)).min(minItems).max(maxItems);
}

/**
 * Wraps a number schema so it also takes the text a person typed ("72,5", "1.234"): text is read
 * with {@link parseDecimal}; a number passes as it is; blank text counts as missing (so
 * `optional(decimalInput(...))` works like the other optional fields). Text that is not a number
 * fails with the parser's message instead of zod's "expected number".
 *
 *     score: decimalInput(z.number().min(0).max(100))
 *     participantsExpected: decimalInput(z.int().min(1).max(100))
 */
export function decimalInput<T extends z.ZodType<number>>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    if (value.trim() === '') return undefined;
    const parsed = parseDecimal(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.error, input: value });
    return z.NEVER;
  }, schema);
}
