import { describe, expect, it } from 'vitest';
import { checkNik, isBangkaBelitungNik, maskNik, nikMatches, nikSchema, parseNik } from './nik';

const TODAY = '2026-03-25';

describe('parseNik', () => {
  it.each([
    // Woman (day 55 = 15 + 40) from Kota Pangkal Pinang, born 1990.
    ['1971015507900001', '1990-07-15', 'P', '19.71', '19.71.01', true],
    ['1901011203050123', '2005-03-12', 'L', '19.01', '19.01.01', true],
    // 29 Feb 2000 exists (2000 is a leap year).
    ['3174092902000002', '2000-02-29', 'L', '31.74', '31.74.09', false],
    // 1 Dec 2026 lies after the reference date → 1926.
    ['1902034112260001', '1926-12-01', 'P', '19.02', '19.02.03', true],
    // Born on the reference date itself stays in 20xx.
    ['1902032503260001', '2026-03-25', 'L', '19.02', '19.02.03', true],
  ])('%s → %s %s', (nik, birthDate, sex, regencyCode, districtCode, babel) => {
    expect(parseNik(nik, TODAY)).toEqual({
      ok: true,
      value: {
        provinceCode: nik.slice(0, 2),
        regencyCode,
        districtCode,
        birthDate,
        sex,
        isBangkaBelitung: babel,
      },
    });
  });

  it.each([
    ['197101550790000', 'nik.invalid_length'],
    ['19710155079000011', 'nik.invalid_length'],
    ['19710155079O0001', 'nik.invalid_length'],
    ['2071015507900001', 'nik.invalid_province'],
    ['9971015507900001', 'nik.invalid_province'],
    ['1900015507900001', 'nik.invalid_region'],
    ['1971005507900001', 'nik.invalid_region'],
    ['1971015507900000', 'nik.invalid_serial'],
    ['1971013207900001', 'nik.invalid_birth_date'], // day 32
    ['1971017207900001', 'nik.invalid_birth_date'], // woman, day 32
    ['1971010013900001', 'nik.invalid_birth_date'], // day 0, month 13
    ['1971012902990001', 'nik.invalid_birth_date'], // 29 Feb 1999
    ['1971012902000001', 'nik.invalid_birth_date'], // 29 Feb read as 1900 for a 1926 reference
  ])('%s → %s', (nik, error) => {
    const reference =
      error === 'nik.invalid_birth_date' && nik.endsWith('000001') ? '1926-01-01' : TODAY;
    expect(parseNik(nik, reference)).toEqual({ ok: false, error });
  });
});

describe('checkNik', () => {
  it.each([
    ['1971015507900001', null],
    ['1971012902000001', null], // valid in 2000
    ['1971012902990001', 'nik.invalid_birth_date'],
    ['1971015507900000', 'nik.invalid_serial'],
  ])('%s → %s', (nik, error) => expect(checkNik(nik)).toBe(error));
});

describe('nikMatches / isBangkaBelitungNik', () => {
  it.each([
    ['1971015507900001', '1990-07-15', 'P', true],
    ['1971015507900001', '1990-07-15', 'L', false],
    ['1971015507900001', '1991-07-15', 'P', false],
    ['1971015507900001', '1990-07-16', 'P', false],
    ['1901011203050123', '2005-03-12', 'L', true],
    ['1901011203050123', '1905-03-12', 'L', true],
    ['x', '1990-07-15', 'P', false],
  ] as const)('%s %s %s → %s', (nik, date, sex, ok) => expect(nikMatches(nik, date, sex)).toBe(ok));

  it.each([
    ['1971015507900001', true],
    ['3174092902000002', false],
  ])('%s in province 19: %s', (nik, ok) => expect(isBangkaBelitungNik(nik)).toBe(ok));
});

describe('nikSchema', () => {
  it('strips spaces and dots', () => {
    expect(nikSchema.parse(' 1971 0155 0790 0001 ')).toBe('1971015507900001');
    expect(nikSchema.parse('19.71.01.550790.0001')).toBe('1971015507900001');
  });
  it('reports the catalog key', () => {
    expect(nikSchema.safeParse('1971015507900000').error?.issues[0]?.message).toBe(
      'nik.invalid_serial',
    );
  });
});

describe('maskNik', () => {
  it('keeps only the last 4 digits', () => {
    expect(maskNik('1971011203980001')).toBe('************0001');
    expect(maskNik('123')).toBe('123');
  });
});
