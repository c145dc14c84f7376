import { describe, expect, it } from 'vitest';
import { checkNip, formatNip, nipSchema } from './nip';

describe('checkNip', () => {
  it('accepts a well-formed NIP', () => {
    expect(checkNip('198503122010011003')).toBeNull();
    expect(checkNip('197912252006042001')).toBeNull();
  });

  it.each([
    ['19850312201001100', 'nip.invalid_length'],
    ['1985031220100110031', 'nip.invalid_length'],
    ['19850312201001100A', 'nip.invalid_length'],
    ['198502302010011003', 'nip.invalid_birth_date'],
    ['188503122010011003', 'nip.invalid_birth_date'],
    ['198503122010131003', 'nip.invalid_appointment'],
    ['198503122010001003', 'nip.invalid_appointment'],
    ['198503121980011003', 'nip.invalid_appointment'],
    ['198503122010013003', 'nip.invalid_sex'],
    ['198503122010011000', 'nip.invalid_serial'],
  ])('refuses %s with %s', (nip, code) => {
    expect(checkNip(nip)).toBe(code);
  });
});

describe('nipSchema', () => {
  it('takes the printed form with spaces or dots and keeps the digits', () => {
    expect(nipSchema.parse('19850312 201001 1 003')).toBe('198503122010011003');
    expect(nipSchema.parse('19850312.201001.1.003')).toBe('198503122010011003');
  });

  it('refuses a malformed one with its message key', () => {
    const result = nipSchema.safeParse('19850312 201013 1 003');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('nip.invalid_appointment');
  });
});

describe('formatNip', () => {
  it('groups the 18 digits as printed on documents', () => {
    expect(formatNip('198503122010011003')).toBe('19850312 201001 1 003');
    expect(formatNip('19850312 201001 1 003')).toBe('19850312 201001 1 003');
  });

  it('leaves anything else as it is', () => {
    expect(formatNip('12345')).toBe('12345');
  });
});
