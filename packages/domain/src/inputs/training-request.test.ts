import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { idempotencyKeySchema, trainingRequestSchema } from './training-request';

const valid = {
  requesterType: 'desa',
  organizationName: 'Pemerintah Desa Air Anyir',
  contactName: 'Budi Santoso',
  contactPhone: '0812-7000-1234',
  contactEmail: '',
  regionCode: '19.01.05.2001',
  address: 'Jl. Raya Air Anyir No. 1',
  venueDetails: 'Balai desa, listrik 2200 VA',
  programId: 'prog_menjahit',
  participantsExpected: 16,
  preferredStart: '2026-04-06',
  preferredEnd: '2026-04-17',
  privacyConsent: true,
};

describe('trainingRequestSchema', () => {
  it('normalises the phone, trims text and drops blank optionals', () => {
    const data = trainingRequestSchema.parse({ ...valid, contactName: '  Budi Santoso ' });
    expect(data).toMatchObject({ contactPhone: '+6281270001234', contactName: 'Budi Santoso' });
    expect(data.contactEmail).toBeUndefined();
  });

  it.each([
    [{}, 'ok'],
    [{ programId: undefined, needDescription: 'Pelatihan las untuk nelayan' }, 'ok'],
    [{ contactEmail: ' Budi@Desa.ID ' }, 'ok'],
    [{ programId: '' }, 'needDescription: request.program_or_need'],
    [{ privacyConsent: undefined }, 'privacyConsent: privacy.consent_required'],
    [{ privacyConsent: false }, 'privacyConsent: privacy.consent_required'],
    [{ privacyConsent: 'true' }, 'privacyConsent: privacy.consent_required'],
    [{ requesterType: 'partai' }, 'requesterType: invalid_value'],
    [{ contactPhone: '12345' }, 'contactPhone: phone.invalid_prefix'],
    [{ contactEmail: 'budi@' }, 'contactEmail: email.invalid'],
    [{ regionCode: '19.01.05' }, 'regionCode: region.not_village'],
    [{ participantsExpected: 0 }, 'participantsExpected: too_small'],
    [{ participantsExpected: 101 }, 'participantsExpected: too_big'],
    // Typed text is read the Indonesian way; a half person or a word is refused.
    [{ participantsExpected: '16,5' }, 'participantsExpected: invalid_type'],
    [{ participantsExpected: 'enam belas' }, 'participantsExpected: number.invalid'],
    [{ participantsExpected: '1.000' }, 'participantsExpected: too_big'],
    [{ participantsExpected: true }, 'participantsExpected: invalid_type'],
    [{ preferredEnd: '2026-04-05' }, 'preferredEnd: date.end_before_start'],
    [{ preferredStart: '2026-02-30' }, 'preferredStart: date.invalid'],
    [{ preferredStart: '0000-01-01' }, 'preferredStart: date.invalid'],
    [{ preferredEnd: '9999-12-31' }, 'preferredEnd: date.window_too_long'],
    [{ preferredEnd: '2026-10-07' }, 'preferredEnd: date.window_too_long'],
    [{ preferredEnd: '2026-10-06' }, 'ok'],
    [{ contactName: 'Budi\u0000Santoso' }, 'contactName: text.control_character'],
    [{ contactName: 'Budi\nSantoso' }, 'contactName: text.single_line'],
    [{ organizationName: 'Desa \udfff' }, 'organizationName: text.invalid_unicode'],
    [{ note: 'Baris satu\r\nBaris dua\tdengan tab' }, 'ok'],
    [{ note: 'Catatan \u009b31m' }, 'note: text.control_character'],
    [{ note: 'Catatan \u007f' }, 'note: text.control_character'],
    [{ needDescription: 'Pelatihan \ud83d\ude00 las' }, 'ok'],
    [{ programId: 'prog\u0000' }, 'programId: text.control_character'],
    [{ organizationName: 'x'.repeat(201) }, 'organizationName: too_big'],
    [{ address: undefined }, 'address: invalid_type'],
    [{ isAdmin: true }, ': unrecognized_keys'],
  ])('%o → %s', (change, expected) => {
    expect(firstIssue(trainingRequestSchema, { ...valid, ...change })).toBe(expected);
  });

  it('accepts a uuid idempotency key only', () => {
    expect(idempotencyKeySchema.safeParse('1b4e28ba-2fa1-41d2-883f-0016d3cca427').success).toBe(
      true,
    );
    expect(idempotencyKeySchema.safeParse('retry-1').success).toBe(false);
  });
});
