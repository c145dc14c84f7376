import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizeIssues } from './i18n';
import { isSafeText, safeString, textProblem } from './text';

describe('textProblem', () => {
  it.each([
    ['Desa Nibung', {}, null],
    ['Kecamatan Pemali — Bangka 🏝', {}, null],
    ['a\u0000b', {}, 'text.control_character'],
    ['a\u0000b', { multiline: true }, 'text.control_character'],
    ['\u0007bell', { multiline: true }, 'text.control_character'],
    ['\u001b[31mred', { multiline: true }, 'text.control_character'],
    ['del\u007f', { multiline: true }, 'text.control_character'],
    ['c1\u0085', { multiline: true }, 'text.control_character'],
    ['c1\u009f', { multiline: true }, 'text.control_character'],
    ['line\nbreak', {}, 'text.single_line'],
    ['tab\there', {}, 'text.single_line'],
    ['cr\r', {}, 'text.single_line'],
    ['line\r\nbreak\tand tab', { multiline: true }, null],
    ['a\udfffb', { multiline: true }, 'text.invalid_unicode'],
    ['a\ud800', {}, 'text.invalid_unicode'],
    ['\udc00\ud800', {}, 'text.invalid_unicode'],
    ['\ud83d\ude00', {}, null],
    ['\u00a0non-breaking space', {}, null],
  ])('%j %o → %s', (value, options, problem) => {
    expect(textProblem(value, options)).toBe(problem);
    expect(isSafeText(value, options)).toBe(problem === null);
  });

  it('accepts any well-formed text without controls, and nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const hasControl = [...value].some((ch) => {
          const c = ch.codePointAt(0) ?? 0;
          return (
            (c < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || (c >= 0x7f && c <= 0x9f)
          );
        });
        return isSafeText(value, { multiline: true }) === !hasControl;
      }),
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
          minLength: 1,
          maxLength: 3,
        }),
        (value) => {
          const wellFormed =
            !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
          return (textProblem(value) === null) === wellFormed;
        },
      ),
    );
  });
});

describe('safeString', () => {
  it('reports the problem as a localised issue', () => {
    const result = safeString().safeParse('Budi\u0000');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(localizeIssues(result.error, 'id')[0]).toMatchObject({
      code: 'text.control_character',
      message: expect.stringContaining('karakter kontrol'),
    });
    expect(localizeIssues(result.error, 'en')[0]?.message).toContain('control characters');
  });
});

describe('every string input goes through safeString', () => {
  // A new `z.string()` in an input schema would skip the check; this keeps it in one place.
  const dir = join(import.meta.dirname, 'inputs');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
  it.each(sources)('%s has no bare z.string()', (_file, source) => {
    expect(source).not.toMatch(/z\s*\.\s*string\s*\(/);
  });
  it.each([['phone.ts'], ['nik.ts'], ['tracking-code.ts'], ['regions.ts']])(
    '%s has no bare z.string()',
    (file) => {
      expect(readFileSync(join(import.meta.dirname, file), 'utf8')).not.toMatch(
        /z\s*\.\s*string\s*\(/,
      );
    },
  );
});
