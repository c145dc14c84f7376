import { z } from 'zod';
import type { MessageKey } from './messages';
import { safeString } from './text';

/** Landline area codes (without the trunk 0) accepted by default: Pangkalpinang/Bangka 0717, Belitung 0719. */
export const DEFAULT_LANDLINE_AREA_CODES: readonly string[] = ['717', '719'];

export type PhoneKind = 'mobile' | 'landline';

export type PhoneResult =
  | { readonly ok: true; readonly e164: string; readonly kind: PhoneKind }
  | { readonly ok: false; readonly error: MessageKey };

/** The number without country code or trunk 0, or null for a foreign number. */
function nationalNumber(compact: string): string | null {
  if (compact.startsWith('+')) return compact.startsWith('+62') ? compact.slice(3) : null;
  if (compact.startsWith('0')) return compact.slice(1);
  return compact.startsWith('62') ? compact.slice(2) : compact;
}

/**
 * Normalises an Indonesian phone number to E.164 (`+62…`). Accepts `08…`, `8…`, `628…`, `+628…`
 * with spaces, dashes, dots and parentheses. Mobile numbers have 10-13 digits written with the
 * leading 0; landlines must use one of `areaCodes` and have a 5-8 digit subscriber number.
 */
export function normalizePhone(
  input: string,
  areaCodes: readonly string[] = DEFAULT_LANDLINE_AREA_CODES,
): PhoneResult {
  const compact = input.replace(/[\s\-.()]/g, '');
  if (!/^\+?\d+$/.test(compact)) return { ok: false, error: 'phone.invalid_characters' };
  const national = nationalNumber(compact);
  if (national === null) return { ok: false, error: 'phone.invalid_prefix' };
  if (national.startsWith('8')) {
    // 9-12 digits after dropping the trunk 0 = 10-13 digits as written locally (08…).
    if (!/^8[1-9]\d{7,10}$/.test(national)) return { ok: false, error: 'phone.invalid_length' };
    return { ok: true, e164: `+62${national}`, kind: 'mobile' };
  }
  const area = areaCodes.find((code) => national.startsWith(code));
  if (area === undefined) return { ok: false, error: 'phone.invalid_prefix' };
  if (!/^[2-9]\d{4,7}$/.test(national.slice(area.length))) {
    return { ok: false, error: 'phone.invalid_landline_length' };
  }
  return { ok: true, e164: `+62${national}`, kind: 'landline' };
}

/** A phone field whose output is the E.164 form. */
export const phoneSchema = safeString()
  .trim()
  .min(1)
  .max(30)
  .transform((value, ctx) => {
    const result = normalizePhone(value);
    if (result.ok) return result.e164;
    ctx.addIssue({ code: 'custom', message: result.error });
    return z.NEVER;
  });
