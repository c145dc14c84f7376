import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { formatTrackingCode, generateTrackingCode } from '../tracking-code';
import { trackingLookupSchema } from './tracking';

const code = generateTrackingCode(() => Uint8Array.from([9, 8, 7, 6, 5, 4, 3, 2, 1]));

describe('trackingLookupSchema', () => {
  it.each([
    [{ trackingCode: formatTrackingCode(code).toLowerCase(), accessToken: 'a'.repeat(32) }, 'ok'],
    [{ trackingCode: code, phone: '0812 7000 1234' }, 'ok'],
    [{ trackingCode: code }, 'accessToken: tracking.token_or_phone'],
    [{ trackingCode: code, accessToken: '', phone: '' }, 'accessToken: tracking.token_or_phone'],
    [{ trackingCode: code, accessToken: 'short' }, 'accessToken: too_small'],
    [{ trackingCode: 'ABCDE-12345', phone: '081270001234' }, 'trackingCode: tracking.invalid'],
  ])('%o → %s', (input, expected) =>
    expect(firstIssue(trackingLookupSchema, input)).toBe(expected),
  );

  it('outputs the canonical code and E.164 phone', () => {
    expect(
      trackingLookupSchema.parse({
        trackingCode: formatTrackingCode(code),
        phone: '0812 7000 1234',
      }),
    ).toEqual({
      trackingCode: code,
      phone: '+6281270001234',
    });
  });
});
