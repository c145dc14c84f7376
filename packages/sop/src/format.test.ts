import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import type { TimeStandard } from './definition';
import {
  escapeXml,
  formatIsoDate,
  formatTimeStandard,
  localize,
  stepTitle,
  stepTitleOf,
} from './format';
import { roleLabel } from './roles';

describe('formatTimeStandard', () => {
  it.each<[TimeStandard | undefined, 'id' | 'en', string]>([
    [{ unit: 'hari_kerja', value: 1 }, 'id', '1 hari kerja'],
    [{ unit: 'hari_kerja', value: 5 }, 'en', '5 working days'],
    [{ unit: 'hari_kerja', value: 1 }, 'en', '1 working day'],
    [{ unit: 'jam_kerja', value: 1.5 }, 'id', '1,5 jam kerja'],
    [{ unit: 'jam_kerja', value: 1.5 }, 'en', '1.5 working hours'],
    [{ unit: 'jadwal' }, 'id', 'Sesuai jadwal pelatihan'],
    [{ unit: 'jadwal' }, 'en', 'Per training schedule'],
    [undefined, 'id', '-'],
  ])('%o in %s → %s', (ts, locale, text) => {
    expect(formatTimeStandard(ts, locale)).toBe(text);
  });
});

describe('formatIsoDate', () => {
  it.each([
    ['2025-08-17', 'id', '17 Agustus 2025'],
    ['2025-08-17', 'en', '17 August 2025'],
    ['2025-13-01', 'id', '2025-13-01'],
    ['nonsense', 'id', 'nonsense'],
  ] as const)('%s in %s → %s', (date, locale, text) => {
    expect(formatIsoDate(date, locale)).toBe(text);
  });
});

it('localize falls back to Indonesian', () => {
  expect(localize({ id: 'Ya' }, 'en')).toBe('Ya');
  expect(localize({ id: 'Ya', en: 'Yes' }, 'en')).toBe('Yes');
  expect(localize({ id: 'Ya', en: 'Yes' })).toBe('Ya');
});

describe('stepTitle', () => {
  it('is the short name, else the description', () => {
    const description = { id: 'Verifikasi berkas', en: 'Document check' };
    expect(stepTitle({ name: { id: 'Verifikasi' }, description }, 'en')).toBe('Verifikasi');
    expect(stepTitle({ description }, 'en')).toBe('Document check');
    expect(stepTitle({ description })).toBe('Verifikasi berkas');
  });

  it('of a key the definition does not know is the key itself', () => {
    const first = DEFAULT_SOP.steps[0];
    expect(first && stepTitleOf(DEFAULT_SOP, first.key)).toBe(first && stepTitle(first));
    expect(stepTitleOf(DEFAULT_SOP, 'no_such_step', 'en')).toBe('no_such_step');
  });
});

it('escapeXml escapes the five XML specials', () => {
  expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
    '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
  );
});

describe('roleLabel', () => {
  it.each([
    ['kepala_seksi', undefined, 'Kepala Seksi'],
    ['pemohon', undefined, 'Pemohon'],
    ['kepala_seksi', { kepala_seksi: 'Kasi Pelatihan' }, 'Kasi Pelatihan'],
    ['penguji_lsp', undefined, 'Penguji Lsp'],
  ])('%s → %s', (key, labels, text) => {
    expect(roleLabel(key, labels)).toBe(text);
  });
});
