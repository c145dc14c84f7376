import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTrackingCode,
  generateTrackingCode,
  normalizeTrackingCode,
  TRACKING_CODE_ALPHABET,
  trackingCodeSchema,
} from './tracking-code';

const fixed = (bytes: number[]) => () => Uint8Array.from(bytes);
const CODE = generateTrackingCode(fixed([0, 1, 2, 3, 4, 5, 6, 7, 8]));

describe('generateTrackingCode', () => {
  it('maps bytes onto the alphabet and appends a check character', () => {
    expect(CODE.slice(0, 9)).toBe('012345678');
    expect(CODE).toHaveLength(10);
    expect(generateTrackingCode(fixed([255, 32, 31, 0, 0, 0, 0, 0, 0])).slice(0, 3)).toBe('Z0Z');
  });

  it('always produces valid codes without I, L, O, U', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 9, maxLength: 9 }), (bytes) => {
        const code = generateTrackingCode(() => bytes);
        return normalizeTrackingCode(code) === code && !/[ILOU]/.test(code);
      }),
    );
  });

  it('catches every single-character typo', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 9, maxLength: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 31 }),
        (bytes, position, shift) => {
          const code = generateTrackingCode(() => bytes);
          const index = (TRACKING_CODE_ALPHABET.indexOf(code.charAt(position)) + shift) % 32;
          const typo =
            code.slice(0, position) +
            TRACKING_CODE_ALPHABET.charAt(index) +
            code.slice(position + 1);
          return normalizeTrackingCode(typo) === null;
        },
      ),
    );
  });
});

describe('normalizeTrackingCode / formatTrackingCode', () => {
  it.each([
    [formatTrackingCode(CODE), CODE],
    [` ${formatTrackingCode(CODE).toLowerCase()} `, CODE],
    [CODE.replace('0', 'O').replace('1', 'l'), CODE],
    [CODE.replace('1', 'I'), CODE],
    [CODE.slice(0, 9), null],
    [`${CODE}0`, null],
    [CODE.replace('5', 'U'), null],
    [CODE.replace('5', '#'), null],
  ])('%s → %s', (input, expected) => expect(normalizeTrackingCode(input)).toBe(expected));

  it('formats as XXXXX-XXXXX', () => expect(formatTrackingCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK'));
});

describe('trackingCodeSchema', () => {
  it('outputs the canonical code or the catalog key', () => {
    expect(trackingCodeSchema.parse(formatTrackingCode(CODE))).toBe(CODE);
    expect(trackingCodeSchema.safeParse('nonsense').error?.issues[0]?.message).toBe(
      'tracking.invalid',
    );
  });
});
