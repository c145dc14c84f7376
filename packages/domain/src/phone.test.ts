import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneSchema } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890', 'mobile'],
    ['0812 3456 789', '+628123456789', 'mobile'],
    ['+62 812 3456 7890', '+6281234567890', 'mobile'],
    ['62 812.3456.7890', '+6281234567890', 'mobile'],
    ['812-3456-7890', '+6281234567890', 'mobile'],
    ['(0812) 3456 7890', '+6281234567890', 'mobile'],
    ['0812345678901', '+62812345678901', 'mobile'], // 13 digits
    ['(0717) 421234', '+62717421234', 'landline'],
    ['0717-4212345', '+627174212345', 'landline'],
    ['+62 719 21234', '+6271921234', 'landline'],
  ])('%s → %s', (input, e164, kind) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164, kind });
  });

  it.each([
    ['081234567', 'phone.invalid_length'], // 9 digits
    ['08123456789012', 'phone.invalid_length'], // 14 digits
    ['0801234567', 'phone.invalid_length'],
    ['0812-abc-7890', 'phone.invalid_characters'],
    ['', 'phone.invalid_characters'],
    ['08+12345678', 'phone.invalid_characters'],
    ['+1 202 555 0100', 'phone.invalid_prefix'],
    ['021-5551234', 'phone.invalid_prefix'], // Jakarta landline: not a Babel area code
    ['0717-1234', 'phone.invalid_landline_length'],
    ['0717-0421234', 'phone.invalid_landline_length'],
    ['0717-421234567', 'phone.invalid_landline_length'],
  ])('%s → %s', (input, error) => expect(normalizePhone(input)).toEqual({ ok: false, error }));

  it('accepts other area codes when asked', () => {
    expect(normalizePhone('021-5551234', ['21'])).toEqual({
      ok: true,
      e164: '+62215551234',
      kind: 'landline',
    });
  });
});

describe('phoneSchema', () => {
  it.each([
    [' 0812 3456 7890 ', { success: true, data: '+6281234567890' }],
    ['hello', { success: false, message: 'phone.invalid_characters' }],
    ['', { success: false, message: 'Too small: expected string to have >=1 characters' }],
  ])('%s', (input, expected) => {
    const result = phoneSchema.safeParse(input);
    expect(
      result.success
        ? { success: true, data: result.data }
        : { success: false, message: result.error.issues[0]?.message },
    ).toEqual(expected);
  });
});
