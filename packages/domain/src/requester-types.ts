import type { Localized } from './i18n';

/** Who asks for a training: village or urban-village government, prison (lapas), probation office (bapas), school, community group, company or other agency. */
export const REQUESTER_TYPES = [
  'desa',
  'kelurahan',
  'lapas',
  'bapas',
  'sekolah',
  'komunitas',
  'perusahaan',
  'instansi',
] as const;
export type RequesterType = (typeof REQUESTER_TYPES)[number];

export const REQUESTER_TYPE_LABELS = {
  desa: { id: 'Pemerintah desa', en: 'Village government' },
  kelurahan: { id: 'Kelurahan', en: 'Urban village office' },
  lapas: { id: 'Lembaga Pemasyarakatan (Lapas)', en: 'Prison (Lapas)' },
  bapas: { id: 'Balai Pemasyarakatan (Bapas)', en: 'Probation office (Bapas)' },
  sekolah: { id: 'Sekolah', en: 'School' },
  komunitas: { id: 'Kelompok masyarakat', en: 'Community group' },
  perusahaan: { id: 'Perusahaan', en: 'Company' },
  instansi: { id: 'Instansi pemerintah lain', en: 'Other government agency' },
} as const satisfies Record<RequesterType, Localized>;

/** Correctional requesters; their programs follow their own rules (e.g. no age limits). */
export const CORRECTIONAL_REQUESTER_TYPES: readonly RequesterType[] = ['lapas', 'bapas'];

/** True for lapas and bapas. */
export function isCorrectional(type: RequesterType): boolean {
  return CORRECTIONAL_REQUESTER_TYPES.includes(type);
}
