import { z } from 'zod';
import { safeString } from './text';

/**
 * Tracking codes (kode pelacakan) that requesters read out over the phone or type from an SMS:
 * Crockford base-32 (no I, L, O, U, so nothing is mistaken for 1, 0 or V), 9 random characters
 * plus a Luhn mod 32 check character that catches any single typo, shown as `XXXXX-XXXXX`.
 */
export const TRACKING_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_LENGTH = 10;
const RANDOM_LENGTH = TRACKING_CODE_LENGTH - 1;
const BASE = TRACKING_CODE_ALPHABET.length;

/** A source of random bytes, e.g. `(n) => crypto.getRandomValues(new Uint8Array(n))`. */
export type RandomBytes = (length: number) => Uint8Array;

/** Luhn mod N check character over the alphabet. */
function checkCharacter(payload: string): string {
  let sum = 0;
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    let value = TRACKING_CODE_ALPHABET.indexOf(payload.charAt(i)) * (double ? 2 : 1);
    value = Math.floor(value / BASE) + (value % BASE);
    sum += value;
  }
  return TRACKING_CODE_ALPHABET.charAt((BASE - (sum % BASE)) % BASE);
}

/** Generates a canonical tracking code (10 characters, no dash) from a random-bytes source. */
export function generateTrackingCode(randomBytes: RandomBytes): string {
  const bytes = randomBytes(RANDOM_LENGTH);
  let payload = '';
  // 256 is a multiple of 32, so taking the low 5 bits of a byte is unbiased.
  for (let i = 0; i < RANDOM_LENGTH; i++)
    payload += TRACKING_CODE_ALPHABET.charAt((bytes[i] ?? 0) & 31);
  return payload + checkCharacter(payload);
}

/**
 * The canonical form of a typed code (upper case, no spaces or dashes, Crockford's O→0 and
 * I/L→1), or null when it is not a valid tracking code.
 */
export function normalizeTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== TRACKING_CODE_LENGTH) return null;
  if (![...code].every((c) => TRACKING_CODE_ALPHABET.includes(c))) return null;
  return checkCharacter(code.slice(0, RANDOM_LENGTH)) === code.slice(RANDOM_LENGTH) ? code : null;
}

/** Display form `XXXXX-XXXXX` of a canonical code. */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A tracking-code field whose output is the canonical code. */
export const trackingCodeSchema = safeString()
  .max(32)
  .transform((value, ctx) => {
    const code = normalizeTrackingCode(value);
    if (code) return code;
    ctx.addIssue({ code: 'custom', message: 'tracking.invalid' });
    return z.NEVER;
  });
