import { describe, expect, it } from 'vitest';
import { personalDataExportSchema } from './privacy';
import { firstIssue } from './testing/expect-parse';

const reason = 'Permohonan salinan data pribadi, surat 12/PDP/2026';

describe('personalDataExportSchema', () => {
  it.each([
    [{ nik: '1971 0141 0799 0001' }, 'ok'],
    [{ phone: '0812-3456-7890' }, 'ok'],
    [{ email: 'Budi@Desa.id' }, 'ok'],
    [{}, 'nik: privacy.one_identifier'],
    [{ nik: '1971014107990001', phone: '081234567890' }, 'nik: privacy.one_identifier'],
    [{ nik: '123' }, 'nik: nik.invalid_length'],
    [{ phone: '0812', reason }, 'phone: phone.invalid_length'],
    [{ email: 'budi@', reason: 'kurang' }, 'email: email.invalid'],
  ])('%o → %s', (change, expected) =>
    expect(firstIssue(personalDataExportSchema, { reason, ...change })).toBe(expected),
  );

  it('needs a reason', () => {
    expect(firstIssue(personalDataExportSchema, { phone: '081234567890', reason: ' ' })).toBe(
      'reason: too_small',
    );
  });

  it('normalises the identifier', () => {
    expect(personalDataExportSchema.parse({ reason, phone: '0812-3456-7890' }).phone).toBe(
      '+6281234567890',
    );
  });
});
