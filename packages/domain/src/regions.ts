/** Kemendagri region code of Kepulauan Bangka Belitung. */
export const PROVINCE_CODE = '19';

/** Administrative levels of a Kemendagri region record. */
export const REGION_LEVELS = [
  'provinsi',
  'kabupaten',
  'kota',
  'kecamatan',
  'desa',
  'kelurahan',
] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** The level a dotted Kemendagri code implies, or null when the code is malformed. */
export function regionLevelOf(code: string): RegionLevel | null {
  const parts = code.split('.');
  if (!parts.every((p) => /^\d+$/.test(p))) return null;
  switch (parts.length) {
    case 1:
      return parts[0]?.length === 2 ? 'provinsi' : null;
    case 2:
      if (parts[1]?.length !== 2) return null;
      return Number(parts[1]) >= 71 ? 'kota' : 'kabupaten';
    case 3:
      return parts[2]?.length === 2 ? 'kecamatan' : null;
    case 4:
      if (parts[3]?.length !== 4) return null;
      return parts[3].startsWith('1') ? 'kelurahan' : 'desa';
    default:
      return null;
  }
}
