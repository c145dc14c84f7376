import { addCalendarDays, type IsoDate, isIsoDate } from './calendar';
import type { MessageKey } from './messages';
import { PROVINCE_CODE } from './regions';
import { safeString } from './text';

/**
 * Province codes that can open a NIK (Nomor Induk Kependudukan, the 16-digit national identity
 * number on the KTP). Includes the Papua provinces created in 2022 (93-96).
 */
export const NIK_PROVINCE_CODES: ReadonlySet<string> = new Set(
  '11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 76 81 82 91 92 93 94 95 96'.split(
    ' ',
  ),
);

/** Sex as the NIK encodes it: laki-laki or perempuan. */
export const SEXES = ['L', 'P'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * What a NIK encodes. Region codes are written the Kemendagri way ('19', '19.01', '19.01.01') so
 * they can be looked up in the region list; they are the codes at issue time, which may predate
 * a later split of the region.
 */
export interface NikInfo {
  readonly provinceCode: string;
  readonly regencyCode: string;
  readonly districtCode: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
  /** True when the NIK was issued in Kepulauan Bangka Belitung (province 19). */
  readonly isBangkaBelitung: boolean;
}

export type NikResult =
  | { readonly ok: true; readonly value: NikInfo }
  | { readonly ok: false; readonly error: MessageKey };

/** Day, month and two-digit year of the NIK's birth date; women's day has 40 added. */
function birthParts(nik: string) {
  const rawDay = Number(nik.slice(6, 8));
  const sex: Sex = rawDay > 40 ? 'P' : 'L';
  const day = String(sex === 'P' ? rawDay - 40 : rawDay).padStart(2, '0');
  return { sex, ddmm: `${nik.slice(8, 10)}-${day}`, yy: nik.slice(10, 12) };
}

function checkStructure(nik: string): MessageKey | null {
  if (!/^\d{16}$/.test(nik)) return 'nik.invalid_length';
  if (!NIK_PROVINCE_CODES.has(nik.slice(0, 2))) return 'nik.invalid_province';
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return 'nik.invalid_region';
  if (nik.slice(12) === '0000') return 'nik.invalid_serial';
  return null;
}

/**
 * Validates a NIK without a reference date: the birth date must exist in 19xx or 20xx (29 Feb
 * of year 00 exists only in 2000).
 */
export function checkNik(nik: string): MessageKey | null {
  const structural = checkStructure(nik);
  if (structural) return structural;
  const { ddmm, yy } = birthParts(nik);
  return isIsoDate(`19${yy}-${ddmm}`) || isIsoDate(`20${yy}-${ddmm}`)
    ? null
    : 'nik.invalid_birth_date';
}

/**
 * Decodes a NIK. The two-digit birth year is read as 20xx unless that lies after
 * `referenceDate` (usually today), in which case it is 19xx.
 */
export function parseNik(nik: string, referenceDate: IsoDate): NikResult {
  const structural = checkStructure(nik);
  if (structural) return { ok: false, error: structural };
  const { sex, ddmm, yy } = birthParts(nik);
  const recent = `20${yy}-${ddmm}`;
  const birthDate = recent > referenceDate ? `19${yy}-${ddmm}` : recent;
  if (!isIsoDate(birthDate)) return { ok: false, error: 'nik.invalid_birth_date' };
  const provinceCode = nik.slice(0, 2);
  return {
    ok: true,
    value: {
      provinceCode,
      regencyCode: `${provinceCode}.${nik.slice(2, 4)}`,
      districtCode: `${provinceCode}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
      birthDate,
      sex,
      isBangkaBelitung: provinceCode === PROVINCE_CODE,
    },
  };
}

/** True when the NIK was issued in Kepulauan Bangka Belitung (province 19). */
export function isBangkaBelitungNik(nik: string): boolean {
  return nik.startsWith(PROVINCE_CODE);
}

/**
 * True when the NIK's birth date (day, month, two-digit year) and sex agree with a stated birth
 * date and sex. Whether the stated date is plausible (not in the future) is checked elsewhere.
 */
export function nikMatches(nik: string, birthDate: IsoDate, sex: Sex): boolean {
  // The day after the birth date is a safe reference: the 20xx reading is never in its future.
  const parsed = parseNik(nik, addCalendarDays(birthDate, 1));
  return parsed.ok && parsed.value.birthDate === birthDate && parsed.value.sex === sex;
}

/** A NIK field: spaces and dots that people type are removed, then the NIK is checked. */
export const nikSchema = safeString()
  .max(32)
  .transform((s) => s.replace(/[\s.]/g, ''))
  .superRefine((nik, ctx) => {
    const error = checkNik(nik);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

/** A NIK with all but its last 4 digits hidden (`************1234`), as lists show it. */
export function maskNik(nik: string): string {
  return `${'*'.repeat(Math.max(0, nik.length - 4))}${nik.slice(-4)}`;
}
