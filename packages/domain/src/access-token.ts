import { z } from 'zod';
import { TRACKING_CODE_ALPHABET } from './tracking-code';

/**
 * Access tokens (token akses) of public submissions: the secret a requester types back from a
 * receipt or an SMS to track, cancel or answer the survey. 16 Crockford base-32 characters
 * (80 bits; no I, L, O, U, so nothing reads as 1, 0 or V), shown as `XXXX-XXXX-XXXX-XXXX`.
 *
 * Encoded by hand rather than with a base32 package: 10 bytes always give exactly 16 characters
 * (no padding, no partial group), so the encoder is one loop, and no package offers the part
 * that matters here, the forgiving normaliser of typed input.
 */
export const ACCESS_TOKEN_ALPHABET = TRACKING_CODE_ALPHABET;
/** Characters of a canonical token. */
export const ACCESS_TOKEN_LENGTH = 16;
/** Random or derived bytes behind a token (16 × 5 bits). */
export const ACCESS_TOKEN_BYTES = 10;

/** Encodes the first 10 bytes as a canonical 16-character token (big-endian, 5 bits a character). */
export function encodeAccessToken(bytes: Uint8Array): string {
  if (bytes.length < ACCESS_TOKEN_BYTES) throw new RangeError('an access token needs 10 bytes');
  let token = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes.subarray(0, ACCESS_TOKEN_BYTES)) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      token += ACCESS_TOKEN_ALPHABET.charAt((buffer >> bits) & 31);
    }
  }
  return token;
}

/**
 * The canonical form of a typed token: case, spaces and dashes ignored, Crockford's look-alikes
 * mapped (O→0, I and L→1). Null when it is not 16 characters of the alphabet.
 */
export function normalizeAccessToken(input: string): string | null {
  if (input.length > 64) return null;
  const token = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (token.length !== ACCESS_TOKEN_LENGTH) return null;
  return [...token].every((c) => ACCESS_TOKEN_ALPHABET.includes(c)) ? token : null;
}

/**
 * Display form `XXXX-XXXX-XXXX-XXXX` of a token (typed forms are normalised first); anything that
 * is not a token is returned unchanged.
 */
export function formatAccessToken(token: string): string {
  const canonical = normalizeAccessToken(token);
  return canonical ? (canonical.match(/.{4}/g)?.join('-') ?? canonical) : token;
}

/** An access-token field whose output is the canonical token. */
export const accessTokenSchema = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const token = normalizeAccessToken(value);
    if (token) return token;
    ctx.addIssue({ code: 'custom', message: 'tracking.token_invalid' });
    return z.NEVER;
  });
