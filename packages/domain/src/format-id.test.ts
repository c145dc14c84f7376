import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatDate, formatDateTime, formatDecimal, monthNames, parseDecimal } from './format-id';
import { parseInput } from './i18n';
import { decimalInput, optional } from './inputs/fields';

describe('parseDecimal', () => {
  it.each([
    ['72,5', 72.5],
    ['72', 72],
    ['0', 0],
    ['0,25', 0.25],
    [',5', 0.5],
    ['  72,5  ', 72.5],
    ['-3,5', -3.5],
    ['\u22123,5', -3.5],
    ['-0', 0],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['12.345.678,25', 12345678.25],
    ['72.5', 72.5],
    ['0.125', 0.125],
    ['1.2345', 1.2345],
    ['100,00', 100],
    ['007', 7],
  ])('%j → %d', (input, value) => {
    expect(parseDecimal(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'number.required'],
    ['   ', 'number.required'],
    ['abc', 'number.invalid'],
    ['7a', 'number.invalid'],
    ['72,5 kg', 'number.invalid'],
    ['1e3', 'number.invalid'],
    ['Infinity', 'number.invalid'],
    ['0x10', 'number.invalid'],
    ['+5', 'number.invalid'],
    ['--5', 'number.invalid'],
    ['-', 'number.invalid'],
    ['1 234', 'number.invalid'],
    ['9'.repeat(41), 'number.invalid'],
    ['72,5,3', 'number.ambiguous'],
    ['1,234,567', 'number.ambiguous'],
    ['1,234.5', 'number.ambiguous'],
    ['1.23.4', 'number.ambiguous'],
    ['12.34,5', 'number.ambiguous'],
    ['72,', 'number.ambiguous'],
    ['72.', 'number.ambiguous'],
    ['.', 'number.ambiguous'],
    [',', 'number.ambiguous'],
    ['0.125.000', 'number.ambiguous'],
  ])('%j is refused (%s)', (input, error) => {
    expect(parseDecimal(input)).toEqual({ ok: false, error });
  });

  it('reads back what formatDecimal writes, in both languages for Indonesian input', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.nat(99), (int, cents) => {
        const n = int + Math.sign(int || 1) * (cents / 100);
        const parsed = parseDecimal(formatDecimal(n, 'id'));
        expect(parsed).toEqual({ ok: true, value: Number(n.toFixed(2)) || 0 });
      }),
    );
  });

  it('never throws and never yields a non-finite number on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const result = parseDecimal(s);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });
});

describe('decimalInput', () => {
  const score = decimalInput(z.number().min(0).max(100));
  const count = decimalInput(z.int().min(1).max(100));

  it('takes typed text and numbers alike', () => {
    expect(score.parse('72,5')).toBe(72.5);
    expect(score.parse('72.5')).toBe(72.5);
    expect(score.parse(72.5)).toBe(72.5);
    expect(count.parse('25')).toBe(25);
  });

  it('refuses what the parser refuses, with its message, in Indonesian and English', () => {
    const id = parseInput(z.object({ score }), { score: '72,5,3' });
    expect(id).toEqual({
      ok: false,
      issues: [
        { path: 'score', code: 'number.ambiguous', message: expect.stringContaining('koma') },
      ],
    });
    const en = parseInput(z.object({ score }), { score: 'abc' }, 'en');
    expect(en.ok || en.issues[0]?.message).toMatch(/^Not a number/);
  });

  it('keeps the inner rules: range and whole numbers', () => {
    const over = parseInput(z.object({ score }), { score: '100,5' });
    expect(over.ok || over.issues[0]?.message).toBe('Maksimal 100');
    const half = parseInput(z.object({ count }), { count: '2,5' });
    expect(half.ok || half.issues[0]?.message).toBe('Harus berupa bilangan bulat');
  });

  it('treats blank text as missing: required unless wrapped in optional()', () => {
    const required = parseInput(z.object({ score }), { score: '  ' });
    expect(required.ok || required.issues[0]?.message).toBe('Wajib diisi');
    const maybe = z.object({ score: optional(score) });
    expect(maybe.parse({ score: '' })).toEqual({ score: undefined });
    expect(maybe.parse({ score: '7,5' })).toEqual({ score: 7.5 });
  });

  it('refuses other types as zod does', () => {
    expect(score.safeParse(true).success).toBe(false);
    expect(score.safeParse(null).success).toBe(false);
    expect(score.safeParse(Number.NaN).success).toBe(false);
  });
});

describe('formatDate', () => {
  it('writes a day with the month spelled out', () => {
    expect(formatDate('2027-01-11')).toBe('11 Januari 2027');
    expect(formatDate('2027-01-11', 'en')).toBe('11 January 2027');
    expect(formatDate('2026-08-17', 'id')).toBe('17 Agustus 2026');
    expect(formatDate('0001-01-01', 'en')).toBe('1 January 1');
  });

  it('shows an instant as its WIB day', () => {
    // 17:00 UTC on the 10th is already midnight on the 11th in WIB.
    expect(formatDate('2027-01-10T17:00:00.000Z')).toBe('11 Januari 2027');
    expect(formatDate('2027-01-10T16:59:59.999Z')).toBe('10 Januari 2027');
    expect(formatDate(new Date('2026-12-31T20:00:00Z'), 'en')).toBe('1 January 2027');
  });

  it('gives back what is not a date instead of throwing', () => {
    expect(formatDate('2027-02-30')).toBe('2027-02-30');
    expect(formatDate('kemarin')).toBe('kemarin');
    expect(formatDate(new Date(Number.NaN))).toBe('Invalid Date');
  });

  it('has twelve months in each language', () => {
    expect(monthNames('id')).toHaveLength(12);
    expect(monthNames('en')[11]).toBe('December');
  });
});

describe('formatDateTime', () => {
  it('writes the WIB time, with a dot in Indonesian', () => {
    expect(formatDateTime('2027-01-11T01:05:00Z')).toBe('11 Januari 2027, 08.05 WIB');
    expect(formatDateTime('2027-01-11T01:05:00Z', 'en')).toBe('11 January 2027, 08:05 WIB');
    expect(formatDateTime(new Date('2027-01-10T23:30:00Z'))).toBe('11 Januari 2027, 06.30 WIB');
    expect(formatDateTime('nope')).toBe('nope');
  });
});

describe('formatDecimal', () => {
  it.each([
    [72.5, 'id', 2, '72,5'],
    [72.5, 'en', 2, '72.5'],
    [1234.5, 'id', 2, '1.234,5'],
    [1234.5, 'en', 2, '1,234.5'],
    [1234567, 'id', 2, '1.234.567'],
    [0.125, 'id', 2, '0,13'],
    [0.125, 'id', 3, '0,125'],
    [-3.5, 'id', 1, '-3,5'],
    [-0.001, 'id', 2, '0'],
    [100, 'id', 0, '100'],
    [Number.NaN, 'id', 2, 'NaN'],
  ] as const)('%d %s %d → %s', (n, lang, digits, text) => {
    expect(formatDecimal(n, lang, digits)).toBe(text);
  });
});

describe('number bounds in messages', () => {
  it('are written the language’s way', () => {
    const schema = z.object({ weight: decimalInput(z.number().max(2.5)) });
    const id = parseInput(schema, { weight: '3' });
    expect(id.ok || id.issues[0]?.message).toBe('Maksimal 2,5');
    const en = parseInput(schema, { weight: '3' }, 'en');
    expect(en.ok || en.issues[0]?.message).toBe('Must be at most 2.5');
  });
});
