import { isIsoDate } from './calendar';
import type { MessageKey } from './messages';
import { safeString } from './text';

/**
 * NIP (Nomor Induk Pegawai), the 18-digit number of a civil servant (PP 11/2017, Perka BKN):
 * birth date `YYYYMMDD`, the month of appointment (TMT CPNS) `YYYYMM`, sex `1` (laki-laki) or
 * `2` (perempuan), and a 3-digit serial. Printed as `19850312 201001 1 003`.
 */
export const NIP_LENGTH = 18;

/** Why a NIP (digits only) is not well formed, or null when it is. */
export function checkNip(nip: string): MessageKey | null {
  if (!/^\d{18}$/.test(nip)) return 'nip.invalid_length';
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (!/^(19|20)/.test(birth) || !isIsoDate(birth)) return 'nip.invalid_birth_date';
  const appointedYear = Number(nip.slice(8, 12));
  const appointedMonth = Number(nip.slice(12, 14));
  // Nobody is appointed before they are born, nor in a month that does not exist.
  if (appointedMonth < 1 || appointedMonth > 12 || appointedYear < Number(nip.slice(0, 4)))
    return 'nip.invalid_appointment';
  if (nip[14] !== '1' && nip[14] !== '2') return 'nip.invalid_sex';
  if (nip.slice(15) === '000') return 'nip.invalid_serial';
  return null;
}

/** A NIP field: the spaces and dots people type are removed, then the NIP is checked. */
export const nipSchema = safeString()
  .max(40)
  .transform((s) => s.replace(/[\s.]/g, ''))
  .superRefine((nip, ctx) => {
    const error = checkNip(nip);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

/** A NIP in its printed form, `19850312 201001 1 003`; other text is returned as it is. */
export function formatNip(nip: string): string {
  const digits = nip.replace(/[\s.]/g, '');
  return /^\d{18}$/.test(digits)
    ? `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits[14]} ${digits.slice(15)}`
    : nip;
}
