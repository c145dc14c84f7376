import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { generateTrackingCode } from '../tracking-code';
import { feedbackLookupSchema, feedbackSchema } from './feedback';

const valid = { kind: 'pengaduan', message: 'Instruktur belum datang sampai hari ketiga.' };

describe('feedbackSchema', () => {
  it.each([
    [{}, 'ok'],
    [{ name: '', phone: '', email: '' }, 'ok'],
    [{ kind: 'saran', email: 'warga@contoh.id', privacyConsent: true }, 'ok'],
    [{ kind: 'saran', email: 'warga@contoh.id' }, 'privacyConsent: privacy.consent_required'],
    [{ name: 'Budi', privacyConsent: false }, 'privacyConsent: privacy.consent_required'],
    [{ privacyConsent: false }, 'ok'],
    [{ kind: 'kritik' }, 'kind: invalid_value'],
    [{ message: 'Kurang' }, 'message: too_small'],
    [{ message: 'x'.repeat(2001) }, 'message: too_big'],
    [{ phone: '0812' }, 'phone: phone.invalid_length'],
    [{ trackingCode: 'XXXX' }, 'trackingCode: tracking.invalid'],
  ])('%o → %s', (change, expected) =>
    expect(firstIssue(feedbackSchema, { ...valid, ...change })).toBe(expected),
  );
});

const CODE = generateTrackingCode(() => Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]));

describe('feedbackLookupSchema', () => {
  it('accepts the token as typed and outputs it canonical', () => {
    expect(
      feedbackLookupSchema.parse({ trackingCode: CODE, accessToken: '7k2m 9qxd-4htb rw3e' }),
    ).toMatchObject({ accessToken: '7K2M9QXD4HTBRW3E' });
  });
  it('refuses a token in another format', () => {
    expect(
      firstIssue(feedbackLookupSchema, { trackingCode: CODE, accessToken: 'x'.repeat(32) }),
    ).toBe('accessToken: tracking.token_invalid');
  });
});
