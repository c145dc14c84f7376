import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localizeIssues, message, parseInput, ruleIssue } from './i18n';
import { MESSAGES } from './messages';

const schema = z.strictObject({
  name: z.string().trim().min(1).max(5),
  code: z.string().length(3),
  nik: z.string().length(16, 'nik.invalid_length'),
  count: z.int().min(1).max(10),
  ratio: z.number().gt(0).lt(1).multipleOf(0.25),
  tags: z.array(z.string()).min(1).max(2),
  email: z.email(),
  kind: z.enum(['a', 'b']),
  flag: z.boolean(),
  either: z.union([z.string(), z.number()]),
});
const valid = {
  name: 'Ani',
  code: 'ABC',
  nik: '1971015507900001',
  count: 2,
  ratio: 0.5,
  tags: ['x'],
  email: 'a@b.id',
  kind: 'a',
  flag: true,
  either: 1,
};

function issueFor(input: object, lang: 'id' | 'en' = 'id') {
  const result = parseInput(schema, { ...valid, ...input }, lang);
  if (result.ok) throw new Error('expected issues');
  return result.issues[0];
}

describe('parseInput', () => {
  it('returns the parsed data', () => {
    expect(parseInput(schema, { ...valid, name: ' Ani ' })).toEqual({
      ok: true,
      data: { ...valid, name: 'Ani' },
    });
  });

  it.each([
    [{ name: undefined }, 'invalid_type', 'Wajib diisi', 'Required'],
    [{ name: 5 }, 'invalid_type', 'Harus berupa teks', 'Must be text'],
    [{ count: 1.5 }, 'invalid_type', 'Harus berupa bilangan bulat', 'Must be a whole number'],
    [{ either: true }, 'invalid_union', 'Isian tidak valid', 'Invalid input'],
    [{ name: '  ' }, 'too_small', 'Wajib diisi', 'Required'],
    [{ name: 'Abdullah' }, 'too_big', 'Maksimal 5 karakter', 'Must be at most 5 characters'],
    [{ code: 'AB' }, 'too_small', 'Harus tepat 3 karakter', 'Must be exactly 3 characters'],
    [{ nik: '123' }, 'nik.invalid_length', 'NIK harus 16 digit angka', 'NIK must be 16 digits'],
    [{ count: 0 }, 'too_small', 'Minimal 1', 'Must be at least 1'],
    [{ count: 11 }, 'too_big', 'Maksimal 10', 'Must be at most 10'],
    [{ ratio: 0 }, 'too_small', 'Harus lebih dari 0', 'Must be greater than 0'],
    [{ ratio: 1 }, 'too_big', 'Harus kurang dari 1', 'Must be less than 1'],
    [{ ratio: 0.3 }, 'not_multiple_of', 'Harus kelipatan 0.25', 'Must be a multiple of 0.25'],
    [{ tags: [] }, 'too_small', 'Minimal 1 item', 'Must have at least 1 item'],
    [{ tags: ['a', 'b', 'c'] }, 'too_big', 'Maksimal 2 item', 'Must have at most 2 items'],
    [{ email: 'nope' }, 'invalid_format', 'Alamat e-mail tidak valid', 'Invalid e-mail address'],
    [{ kind: 'c' }, 'invalid_value', 'Pilih salah satu: a, b', 'Choose one of: a, b'],
    [{ flag: 'yes' }, 'invalid_type', 'Harus berupa ya/tidak', 'Must be true or false'],
    [{ extra: 1 }, 'unrecognized_keys', 'Kolom tidak dikenal: extra', 'Unknown field(s): extra'],
  ])('%o → %s', (input, code, id, en) => {
    expect(issueFor(input, 'id')).toMatchObject({ code, message: id });
    expect(issueFor(input, 'en')).toMatchObject({ code, message: en });
  });

  it('uses the dotted path and defaults to Indonesian', () => {
    const nested = z.object({ list: z.array(z.object({ at: z.string() })) });
    const result = parseInput(nested, { list: [{ at: 1 }] });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'list.0.at', code: 'invalid_type', message: 'Harus berupa teks' }],
    });
  });
});

describe('localizeIssues', () => {
  it('falls back to the type message when the input was not reported', () => {
    const error = z.object({ a: z.string() }).safeParse({}).error;
    expect(error && localizeIssues(error, 'en')).toEqual([
      { path: 'a', code: 'invalid_type', message: 'Must be text' },
    ]);
  });

  it.each([
    [z.map(z.string(), z.string()), 'invalid_type', 'Jenis isian tidak valid'],
    [z.string().regex(/^x$/), 'invalid_format', 'Format tidak valid'],
    [z.string().refine(() => false), 'custom', 'Isian tidak valid'],
  ])('translates other built-ins (%#)', (s, code, text) => {
    const error = s.safeParse('y').error;
    expect(error && localizeIssues(error)).toEqual([{ path: '', code, message: text }]);
  });

  it('localizes rule issues with params', () => {
    expect(
      localizeIssues(
        [ruleIssue('class.too_few_participants', ['participantsExpected'], { min: 10 })],
        'id',
      ),
    ).toEqual([
      {
        path: 'participantsExpected',
        code: 'class.too_few_participants',
        message: 'Jumlah peserta minimal 10 orang untuk program ini',
      },
    ]);
    expect(ruleIssue('common.required')).toEqual({
      code: 'custom',
      path: [],
      message: 'common.required',
    });
  });
});

describe('message catalog', () => {
  it('leaves unknown placeholders visible', () => {
    expect(message('date.window_too_short', 'en', { available: 3 })).toBe(
      'The date range has only 3 working days; the training needs {required}',
    );
  });

  it.each(Object.entries(MESSAGES))('%s has both languages', (_key, text) => {
    expect(text.id.length).toBeGreaterThan(3);
    expect(text.en.length).toBeGreaterThan(3);
    expect(text.id).not.toBe(text.en);
  });
});
