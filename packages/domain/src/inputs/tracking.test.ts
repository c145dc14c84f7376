import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { formatTrackingCode, generateTrackingCode } from '../tracking-code';
import { trackingLookupSchema } from './tracking';

const code = generateTrackingCode(() => Uint8Array.from([9, 8, 7, 6, 5, 4, 3, 2, 1]));

describe('trackingLookupSchema', () => {
  it.each([
    [
      { trackingCode: formatTrackingCode(code).toLowerCase(), accessToken: '7K2M9QXD4HTBRW3E' },
      'ok',
    ],
    [{ trackingCode: code, accessToken: '7k2m 9qxd-4htb rw3e' }, 'ok'],
    [{ trackingCode: code, phone: '0812 7000 1234' }, 'ok'],
    [{ trackingCode: code }, 'accessToken: tracking.token_or_phone'],
    [{ trackingCode: code, accessToken: '', phone: '' }, 'accessToken: tracking.token_or_phone'],
    [{ trackingCode: code, accessToken: 'short' }, 'accessToken: tracking.token_invalid'],
    [{ trackingCode: code, accessToken: 'a'.repeat(32) }, 'accessToken: tracking.token_invalid'],
    [{ trackingCode: 'ABCDE-12345', phone: '081270001234' }, 'trackingCode: tracking.invalid'],
  ])('%o → %s', (input, expected) =>
    expect(firstIssue(trackingLookupSchema, input)).toBe(expected),
  );

  it('outputs the canonical token, forgiving case, spaces, dashes and look-alikes', () => {
    expect(
      trackingLookupSchema.parse({ trackingCode: code, accessToken: ' 7k2m-9qxd 4htb-rw3e ' })
        .accessToken,
    ).toBe('7K2M9QXD4HTBRW3E');
    expect(
      trackingLookupSchema.parse({ trackingCode: code, accessToken: 'DEMO-2026-BABE-7K2M' })
        .accessToken,
    ).toBe('DEM02026BABE7K2M');
    expect(
      trackingLookupSchema.parse({ trackingCode: code, accessToken: 'oooo-iiii-llll-1111' })
        .accessToken,
    ).toBe('0000111111111111');
  });

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
