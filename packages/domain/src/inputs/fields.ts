import { z } from 'zod';
import { isIsoDate } from '../calendar';

/** Required trimmed text of at most `max` characters ('' counts as missing). */
export function text(max: number, min = 1) {
  return z.string().trim().min(min).max(max);
}

/** Web forms send '' for an empty optional field; the API treats it as absent. */
function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** Makes a field optional, treating blank text as absent. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional());
}

/** Optional trimmed text of at most `max` characters. */
export function optionalText(max: number, min = 1) {
  return optional(text(max, min));
}

/** A calendar day 'YYYY-MM-DD' that exists. */
export const isoDateSchema = z.string().trim().refine(isIsoDate, 'date.invalid');

/** An e-mail address, trimmed and lower-cased. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'email.invalid' }));

/** A database id (cuid/uuid/slug); its shape belongs to packages/db, so only the charset is checked. */
export const idSchema = z
  .string()
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

/** A list of short text items (requirements, service-standard contents, …). */
export function textList(maxItems: number, maxLength: number, minItems = 0) {
  return z.array(text(maxLength)).min(minItems).max(maxItems);
}
