import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_TOKEN_ALPHABET,
  accessTokenSchema,
  encodeAccessToken,
  formatAccessToken,
  normalizeAccessToken,
} from './access-token';
import { firstIssue } from './testing/expect-parse';

/** The same encoding through BigInt: the 80 bits as a 16-digit base-32 number. */
function reference(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes.subarray(0, 10)) n = (n << 8n) | BigInt(b);
  let s = '';
  for (let i = 0; i < 16; i++, n >>= 5n) s = ACCESS_TOKEN_ALPHABET.charAt(Number(n & 31n)) + s;
  return s;
}

describe('access tokens', () => {
  it('has the Crockford alphabet without I, L, O, U', () => {
    expect(ACCESS_TOKEN_ALPHABET).toHaveLength(32);
    expect(ACCESS_TOKEN_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('encodes 10 bytes as 16 characters, bit for bit', () => {
    expect(encodeAccessToken(new Uint8Array(10))).toBe('0000000000000000');
    expect(encodeAccessToken(new Uint8Array(10).fill(255))).toBe('ZZZZZZZZZZZZZZZZ');
    expect(encodeAccessToken(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))).toBe(
      '0000000000000001',
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 16 }), (bytes) => {
        expect(encodeAccessToken(bytes)).toBe(reference(bytes));
      }),
    );
    expect(() => encodeAccessToken(new Uint8Array(9))).toThrow(RangeError);
  });

  it('shows a token grouped 4-4-4-4', () => {
    expect(formatAccessToken('7K2M9QXD4HTBRW3E')).toBe('7K2M-9QXD-4HTB-RW3E');
    expect(formatAccessToken('7k2m 9qxd 4htb rw3e')).toBe('7K2M-9QXD-4HTB-RW3E');
    expect(formatAccessToken('not-a-token')).toBe('not-a-token');
  });

  it.each([
    ['7K2M9QXD4HTBRW3E', '7K2M9QXD4HTBRW3E'],
    ['7K2M-9QXD-4HTB-RW3E', '7K2M9QXD4HTBRW3E'],
    [' 7k2m 9qxd\t4htb-rw3e ', '7K2M9QXD4HTBRW3E'],
    ['OOOO-IIII-LLLL-oili', '0000111111110111'],
    ['7K2M9QXD4HTBRW3', null],
    ['7K2M9QXD4HTBRW3EE', null],
    ['7K2M9QXD4HTBRW3U', null],
    ['7K2M9QXD4HTBRW3!', null],
    ['7K2M9QXD4HTBRW3\u0000', null],
    ['-'.repeat(65), null],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeAccessToken(input)).toBe(expected);
  });

  it('round-trips every encoded token through its display form', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        const token = encodeAccessToken(bytes);
        expect(normalizeAccessToken(formatAccessToken(token).toLowerCase())).toBe(token);
      }),
    );
  });

  it('validates with an Indonesian message key', () => {
    expect(accessTokenSchema.parse('7k2m-9qxd-4htb-rw3e')).toBe('7K2M9QXD4HTBRW3E');
    expect(firstIssue(accessTokenSchema, 'a'.repeat(32))).toBe(': tracking.token_invalid');
    expect(firstIssue(accessTokenSchema, 'DEMO-2026-BABE-7K2U')).toBe(': tracking.token_invalid');
  });
});
